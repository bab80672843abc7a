/**
 * Turns the TZIDs of an iCalendar file into IANA zones the feed can name.
 *
 * Order of trust: a TZID that is an IANA name (or ends in one, like Mozilla's
 * "/mozilla.org/20050126_1/America/New_York") and agrees with its VTIMEZONE; a zone whose rules
 * match the VTIMEZONE over the years the file uses (Outlook's "W. Europe Standard Time" or
 * "(UTC+01:00) Amsterdam, Berlin, …", custom names); failing all, the file's own rules convert
 * each time to an instant, written in a fallback zone with a warning.
 */
import { childrenNamed, property, type IcsComponent } from './components.js';
import { readVTimezone, type VTimezoneRules } from './vtimezone.js';
import { preferredZones, windowsZones } from './windows-zones.js';
import { ianaOffsets, knownZone, zoneOffsetMs, type OffsetAt } from '../zone-clock.js';

export interface ResolvedZone {
  /** IANA zone to write in the feed. */
  zone: string;
  /** How the file's wall times in this TZID become instants. */
  offsetAt: OffsetAt;
  /** True when wall times carry over unchanged into `zone`; false when they must be converted. */
  sameWallClock: boolean;
}

export interface ZoneNote {
  message: string;
  hint?: string;
  line: number;
  severity: 'error' | 'warning';
}

function namedCandidates(tzid: string, rules: VTimezoneRules | undefined, block: IcsComponent | undefined): string[] {
  const names: string[] = [];
  const add = (name: string | undefined) => {
    const zone = name ? knownZone(name) : undefined;
    if (zone && !names.includes(zone)) names.push(zone);
  };
  add(tzid);
  add(/([A-Za-z]+\/[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)?)$/.exec(tzid)?.[1]);
  if (block) add(property(block, 'X-LIC-LOCATION')?.value.trim());
  add(windowsZones[tzid]);
  // Outlook writes "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna": try the cities.
  const words = new Set(tzid.toLowerCase().split(/[^a-z]+/).filter((word) => word.length > 2));
  if (rules && words.size > 0) {
    for (const zone of allZones()) {
      const city = zone.split('/').pop()!.toLowerCase().replace(/_/g, ' ');
      if (words.has(city) || words.has(city.replace(/ /g, ''))) add(zone);
    }
  }
  return names;
}

let zoneList: string[] | undefined;
function allZones(): string[] {
  zoneList ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [...preferredZones];
  return zoneList;
}

/** Instants at which two zones must agree: noon on the 1st and 15th of each month, and ±1 min around each transition. */
function sampleInstants(rules: VTimezoneRules, years: number[]): number[] {
  const samples: number[] = [];
  for (const year of years) {
    for (let month = 0; month < 12; month++) samples.push(Date.UTC(year, month, 1, 12), Date.UTC(year, month, 15, 12));
    const yearStart = Date.UTC(year, 0, 1);
    const yearEnd = Date.UTC(year + 1, 0, 1);
    for (const transition of rules.transitions) {
      if (transition.atMs >= yearStart && transition.atMs < yearEnd) samples.push(transition.atMs - 60_000, transition.atMs + 60_000);
    }
  }
  // Before its first onset a VTIMEZONE defines nothing (a block may cover only 2018–2020 while the
  // events are from 2016), so only compare where it speaks; failing that, at its own transitions.
  const defined = samples.filter((instant) => instant >= rules.transitions[0]!.atMs);
  return defined.length > 0 ? defined : rules.transitions.flatMap((transition) => [transition.atMs - 60_000, transition.atMs + 60_000]);
}

function agrees(zone: string, rules: VTimezoneRules, samples: number[]): boolean {
  return samples.every((instant) => zoneOffsetMs(zone, instant) === rules.offsetAt(instant));
}

export class ZoneResolver {
  private readonly blocks = new Map<string, IcsComponent>();
  private readonly resolved = new Map<string, ResolvedZone>();

  /**
   * @param calendar the VCALENDAR whose VTIMEZONEs define the TZIDs
   * @param fallbackZone the zone unknown TZIDs fall back to (the feed's default zone)
   * @param years the years the file's events use, where a VTIMEZONE must agree with a tz zone
   */
  constructor(
    calendar: IcsComponent,
    private readonly fallbackZone: string,
    private readonly years: number[],
    private readonly notes: ZoneNote[],
  ) {
    for (const block of childrenNamed(calendar, 'VTIMEZONE')) {
      const tzid = property(block, 'TZID')?.value.trim();
      if (tzid) this.blocks.set(tzid, block);
      else notes.push({ severity: 'warning', line: block.line, message: 'VTIMEZONE has no TZID and was ignored' });
    }
  }

  resolve(tzid: string, line: number): ResolvedZone {
    const key = tzid.trim();
    let result = this.resolved.get(key);
    if (!result) {
      result = this.resolveUncached(key, line);
      this.resolved.set(key, result);
    }
    return result;
  }

  private resolveUncached(tzid: string, line: number): ResolvedZone {
    const block = this.blocks.get(tzid);
    const lastYear = Math.max(...this.years, 1970) + 1;
    const rules = block ? readVTimezone(block, lastYear) : undefined;
    for (const problem of rules?.unsupported ?? []) this.notes.push({ severity: 'warning', line: block!.line, message: problem });
    const named = namedCandidates(tzid, rules, block);
    if (!rules) {
      const zone = named[0];
      if (zone) return { zone, offsetAt: ianaOffsets(zone), sameWallClock: true };
      this.notes.push({
        severity: 'warning',
        line,
        message: `TZID "${tzid}" is not a known time zone and the file has no VTIMEZONE for it; its times were read as ${this.fallbackZone}`,
        hint: 'Use an IANA zone name such as Europe/London, or include the VTIMEZONE block.',
      });
      return { zone: this.fallbackZone, offsetAt: ianaOffsets(this.fallbackZone), sameWallClock: true };
    }
    const samples = sampleInstants(rules, this.years.length ? this.years : [new Date(rules.transitions[0]!.atMs).getUTCFullYear()]);
    const match = [...named, ...preferredZones, ...allZones()].find((zone) => knownZone(zone) && agrees(zone, rules, samples));
    if (match) {
      if (named.length > 0 && !named.includes(match)) {
        this.notes.push({
          severity: 'warning',
          line: block!.line,
          message: `The VTIMEZONE for "${tzid}" does not match the tz database's ${named[0]} in the years used; its rules match ${match}, which was used`,
        });
      }
      return { zone: match, offsetAt: ianaOffsets(match), sameWallClock: true };
    }
    const zone = named[0] ?? this.fallbackZone;
    this.notes.push({
      severity: 'warning',
      line: block!.line,
      message: `VTIMEZONE "${tzid}" matches no known time zone; its times were converted with the file's own rules and written in ${zone}`,
      hint: 'Recurring events keep their wall-clock time in that zone, which may differ across daylight-saving changes. Use an IANA zone name.',
    });
    return { zone, offsetAt: rules.offsetAt, sameWallClock: false };
  }
}
