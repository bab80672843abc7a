/**
 * Builds the demo feeds in demo/feeds/ from the real open data in ../shared/data:
 *   greater-manchester.json  GM libraries + Trafford schools, colleges and children's centres
 *   mobile-libraries.json    5,482 mobile-library stops as recurring drop-ins (via the CSV importer)
 *   barnet-events.json       Barnet's real library event titles as a programme after the reference date
 *
 *   node --import tsx scripts/build-demo-feeds.ts [--reference-date 2026-11-01] [--shared ../shared] [--out demo/feeds]
 *
 * Deterministic: the only date it uses is the reference date passed in (never the clock), so the
 * same inputs always give byte-identical files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { importCsv, type CsvMapping } from '../src/core/formats/csv.js';
import type { DocumentOpportunity, DocumentOrganization, DocumentPlace, LearningFeedDocument } from '../src/core/formats/document.js';
import { IdAllocator, slugify } from '../src/core/formats/ids.js';

export const DEFAULT_REFERENCE_DATE = '2026-11-01';
const OGL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
const TRAFFORD_DATA_LAB = 'https://github.com/traffordDataLab/open_data';

type Row = Record<string, string>;

function readCsv(path: string): Row[] {
  const text = readFileSync(path, 'utf8');
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
}

const present = (value: string | undefined) => (value && value.trim() !== '' && value.trim() !== 'NA' ? value.trim() : undefined);
const webUrl = (value: string | undefined) => {
  const text = present(value);
  if (!text || text.includes('@') || /\s/.test(text)) return undefined;
  return /^https?:\/\//i.test(text) ? text : `https://${text}`;
};

/**
 * Illustrative learning-lighthouse designations (not real ones): places that already combine a
 * library or early-years service with other community learning, which is what the designation is for.
 */
const LIGHTHOUSES: Record<string, string> = {
  'Partington Library and Wellbeing Centre': 'a library inside a wellbeing centre, open to every age',
  'Old Trafford Library at Limelight': 'a library in a health and community hub with learning for adults and families',
  'Trafford Local Studies Centre': 'local history and family-history learning for the whole borough',
  'Sale Library': 'a library in the Waterside arts centre, with reading, digital and creative programmes',
  "Stretford Children's Centre": 'early-years learning and family support at the start of the learning journey',
};

function organizationWithPlace(
  name: string, description: string, row: Row, places: DocumentPlace[], organizations: DocumentOrganization[], ids: IdAllocator, extra: Partial<DocumentOrganization> = {},
): void {
  const id = ids.allocate(slugify(name));
  const place: DocumentPlace = { id: `${id}-building`, name };
  const address = present(row.address);
  place.address = { ...(address ? { streetAddress: address } : {}), ...(present(row.postcode) ? { postalCode: row.postcode!.trim() } : {}), addressCountry: 'GB' };
  const latitude = Number(row.lat);
  const longitude = Number(row.lon);
  if (present(row.lat) && present(row.lon) && Number.isFinite(latitude) && Number.isFinite(longitude)) place.geo = { latitude, longitude };
  if (present(row.telephone)) place.telephone = row.telephone!.trim();
  places.push(place);
  const organization: DocumentOrganization = { id, name, description, places: [place.id], ...extra };
  const reason = LIGHTHOUSES[name];
  if (reason) {
    organization.lighthouse = { status: 'designated', since: '2024' };
    organization.description = `${description} Learning lighthouse (demo designation): ${reason}.`;
  }
  organizations.push(organization);
}

export function buildGreaterManchester(shared: string): LearningFeedDocument {
  const data = join(shared, 'data/greater-manchester');
  const places: DocumentPlace[] = [];
  const organizations: DocumentOrganization[] = [];
  const ids = new IdAllocator();
  for (const row of readCsv(join(data, 'gm_libraries.csv'))) {
    const email = [row.email, row.type].map(present).find((value) => value?.includes('@'));
    const url = webUrl(row.website) ?? webUrl(row.type);
    organizationWithPlace(row.name!.trim(), `Public library in ${row.area_name}.`, row, places, organizations, ids, { ...(email ? { email } : {}), ...(url ? { url } : {}) });
  }
  for (const row of readCsv(join(data, 'trafford_schools_and_colleges.csv'))) {
    const ages = present(row.highest_admission_age) === '99' ? `from age ${row.lowest_admission_age}` : `ages ${row.lowest_admission_age}–${row.highest_admission_age}`;
    const url = webUrl(row.website);
    organizationWithPlace(row.name!.trim(), `${row.type} in Trafford, ${ages}.`, row, places, organizations, ids, url ? { url } : {});
  }
  for (const row of readCsv(join(data, 'trafford_childrens_centres.csv'))) {
    organizationWithPlace(row.name!.trim(), "Children's centre in Trafford: early learning and support for families.", row, places, organizations, ids, present(row.telephone) ? { telephone: row.telephone!.trim() } : {});
  }
  return {
    version: '1.0',
    id: 'https://learning-city-widgets.example/demo/greater-manchester.json',
    name: 'Greater Manchester learning places (demo)',
    description: `Libraries across Greater Manchester and Trafford's schools, colleges and children's centres, from open data. The ${Object.keys(LIGHTHOUSES).length} learning-lighthouse designations are illustrative, not real: each says why in its description.`,
    publisher: { name: 'learning-city-widgets demo' },
    license: OGL,
    language: 'en',
    timeZone: 'Europe/London',
    sources: [
      { name: 'Trafford Data Lab open data: Greater Manchester libraries', url: `${TRAFFORD_DATA_LAB}/tree/master/libraries`, license: OGL },
      { name: 'Trafford Data Lab open data: Trafford schools and colleges', url: `${TRAFFORD_DATA_LAB}/tree/master/schools_and_colleges`, license: OGL },
      { name: "Trafford Data Lab open data: Trafford children's centres", url: `${TRAFFORD_DATA_LAB}/tree/master/childrens_centres`, license: OGL },
    ],
    organizations,
    places,
    opportunities: [],
  };
}

export function buildMobileLibraries(shared: string, mappingPath: string): LearningFeedDocument {
  const mapping = JSON.parse(readFileSync(mappingPath, 'utf8')) as CsvMapping;
  const directory = join(shared, 'data/mobile-libraries');
  const merged: LearningFeedDocument = { version: '1.0' };
  const organizations: DocumentOrganization[] = [];
  const places: DocumentPlace[] = [];
  const opportunities: DocumentOpportunity[] = [];
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.csv')).sort()) {
    const { feed } = importCsv(readFileSync(join(directory, file), 'utf8'), mapping, { source: file });
    Object.assign(merged, { ...feed, organizations: undefined, places: undefined, opportunities: undefined });
    organizations.push(...(feed.organizations ?? []));
    places.push(...(feed.places ?? []));
    opportunities.push(...(feed.opportunities ?? []));
  }
  return { ...merged, id: 'https://learning-city-widgets.example/demo/mobile-libraries.json', organizations, places, opportunities };
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

/** Topic and audience guessed from the real titles, so the finder's facets have something to show. */
function classify(title: string): { topics?: string[]; audience?: string[] } {
  const text = title.toLowerCase();
  if (/rhyme|toddler|baby|early years|bookstart/.test(text)) return { topics: ['early-years', 'reading-books'], audience: ['families'] };
  if (/reading|book|summer reading/.test(text)) return { topics: ['reading-books'] };
  if (/\bit\b|computer|digital|code|coding/.test(text)) return { topics: ['digital-skills'], audience: ['adults'] };
  if (/language|conversation|esol|english/.test(text)) return { topics: ['languages'], audience: ['adults', 'newcomers'] };
  if (/lego|craft|art/.test(text)) return { topics: /lego/.test(text) ? ['games-play'] : ['arts-crafts'], audience: ['children'] };
  if (/homework/.test(text)) return { topics: ['homework-help'], audience: ['children'] };
  return {};
}

export function buildBarnetEvents(shared: string, referenceDate: string): LearningFeedDocument {
  const rows = readCsv(join(shared, 'data/barnet/events_barnet.csv'));
  const last = rows.map((row) => row['Event date']!).sort().at(-1)!;
  const windowStart = addDays(last, -364);
  const recent = rows.filter((row) => row['Event date']! >= windowStart && present(row['Library name']) && present(row.Name));
  // Move whole weeks (weekdays stay true) so the year of events starts the week after the reference date.
  const first = recent.map((row) => row['Event date']!).sort()[0]!;
  const weeks = Math.ceil((Date.parse(addDays(referenceDate, 1)) - Date.parse(first)) / (7 * DAY_MS));
  const shiftDays = weeks * 7;
  const places = new Map<string, DocumentPlace>();
  const groups = new Map<string, { library: string; title: string; dates: Set<string> }>();
  for (const row of recent) {
    const library = row['Library name']!.trim();
    const title = row.Name!.trim();
    if (!places.has(library)) {
      const outreach = /outreach/i.test(library);
      places.set(library, { id: slugify(library), name: outreach ? 'Barnet Libraries outreach location' : `${library} Library`, address: { addressLocality: 'London Borough of Barnet', addressCountry: 'GB' } });
    }
    const key = `${library}\u0000${title}`;
    const group = groups.get(key) ?? { library, title, dates: new Set<string>() };
    group.dates.add(addDays(row['Event date']!, shiftDays));
    groups.set(key, group);
  }
  const ids = new IdAllocator();
  const opportunities: DocumentOpportunity[] = [...groups.values()].map(({ library, title, dates }) => {
    const sorted = [...dates].sort();
    const opportunity: DocumentOpportunity = {
      id: ids.allocate(`${slugify(library)}-${slugify(title)}`),
      type: 'event',
      name: title,
      description: `${title} at ${places.get(library)!.name} (a real Barnet library event title; dates moved to the coming months).`,
      organizer: 'barnet-libraries',
      location: places.get(library)!.id,
      isAccessibleForFree: true,
      ...classify(title),
    };
    if (sorted.length === 1) opportunity.startDate = sorted[0]!;
    else opportunity.eventSchedule = [{ rdate: sorted }];
    return opportunity;
  });
  return {
    version: '1.0',
    id: 'https://learning-city-widgets.example/demo/barnet-events.json',
    name: 'Barnet library events (demo programme)',
    description: `The real titles of ${recent.length} events held in Barnet's libraries from ${windowStart} to ${last}, as a programme: every date is moved forward by ${weeks} weeks (weekdays kept) so the year starts after ${referenceDate}. Times were not published, so events are all-day.`,
    publisher: { name: 'learning-city-widgets demo' },
    language: 'en',
    timeZone: 'Europe/London',
    // The upstream gives no licence beyond "published as open data", so none is claimed here.
    sources: [{ name: 'Libraries Hacked: Barnet library events, published as open data (London Borough of Barnet)', url: 'https://github.com/LibrariesHacked/schema-librarydata' }],
    organizations: [{ id: 'barnet-libraries', name: 'Barnet Libraries', url: 'https://www.barnet.gov.uk/libraries', places: [...places.values()].map((place) => place.id) }],
    places: [...places.values()],
    opportunities,
  };
}

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const referenceDate = argument('--reference-date', DEFAULT_REFERENCE_DATE);
  const shared = resolve(argument('--shared', '../shared'));
  const out = resolve(argument('--out', 'demo/feeds'));
  const feeds: Record<string, LearningFeedDocument> = {
    'greater-manchester.json': buildGreaterManchester(shared),
    'mobile-libraries.json': buildMobileLibraries(shared, join(out, 'mappings/mobile-libraries.json')),
    'barnet-events.json': buildBarnetEvents(shared, referenceDate),
  };
  for (const [name, feed] of Object.entries(feeds)) {
    const text = `${JSON.stringify(feed)}\n`;
    writeFileSync(join(out, name), text);
    console.log(`${name}: ${feed.opportunities?.length ?? 0} opportunities, ${feed.places?.length ?? 0} places, ${feed.organizations?.length ?? 0} organizations, ${(text.length / 1e6).toFixed(2)} MB`);
  }
}
