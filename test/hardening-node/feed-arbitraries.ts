/**
 * fast-check generators for Learning Feed documents: well-formed items (which must survive), and
 * feed-shaped documents whose fields mix plausible values with arbitrary JSON (which must never
 * make the parser throw, and whose problems must point at real places in the document).
 */
import fc from 'fast-check';

export const ZONES = [
  'Australia/Lord_Howe', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Chatham', 'Europe/London', 'America/Los_Angeles',
] as const;

const day = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);

/** Values a feed author might plausibly write, right or slightly wrong. */
const plausibleString = fc.oneof(
  day,
  fc.tuple(day, time).map(([date, clock]) => `${date}T${clock}`),
  time,
  fc.constantFrom(...ZONES, 'Mars/Olympus', 'UTC', 'P1W', 'P1D', 'PT1H30M', 'P0D', 'PT', 'TU', '-1FR', 'https://schema.org/Thursday'),
  fc.constantFrom('FREQ=WEEKLY;BYDAY=TU', 'FREQ=MONTHLY;BYDAY=2MO', 'FREQ=DAILY;COUNT=0', 'FREQ=YEARLY;BYMONTH=13', 'FREQ=SECONDLY'),
  fc.constantFrom('https://example.org/x', 'javascript:alert(1)', 'mailto:a@b.c', '//cdn', ''),
  fc.string({ maxLength: 12 }),
);

/** Anything at all, leaning towards values that get past a reader's first type check. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: plausibleString },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.array(plausibleString, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: -3, max: 40 }) },
);

/** An object whose keys come from `names` (plus the odd stranger) and whose values are `value`. */
function shaped(names: readonly string[], value: fc.Arbitrary<unknown> = anyValue): fc.Arbitrary<Record<string, unknown>> {
  const key = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', '', '~/') });
  return fc.dictionary(key, value, { maxKeys: names.length });
}

const scheduleShape = shaped([
  'repeatFrequency', 'byDay', 'byMonthDay', 'byMonth', 'repeatCount', 'startDate', 'endDate', 'startTime', 'endTime',
  'duration', 'exceptDate', 'scheduleTimezone', 'rrule', 'rdate',
]);
const placeShape = shaped(['id', 'name', 'description', 'address', 'geo', 'url', 'telephone', 'accessibilitySupport']);
const organizationShape = shaped(['id', 'name', 'url', 'email', 'telephone', 'logo', 'places', 'lighthouse']);

const opportunityField = fc.oneof(
  { weight: 4, arbitrary: anyValue },
  { weight: 1, arbitrary: fc.array(fc.oneof(scheduleShape, anyValue), { maxLength: 3 }) },
  { weight: 1, arbitrary: placeShape },
  { weight: 1, arbitrary: fc.array(shaped(['occurrence', 'startDate', 'endDate', 'eventStatus', 'name']), { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.array(shaped(['name', 'price', 'priceCurrency', 'url']), { maxLength: 2 }) },
  { weight: 1, arbitrary: shaped(['minValue', 'maxValue', 'en', 'ar']) },
);

export const opportunityShape = shaped(
  [
    'id', 'type', 'name', 'description', 'url', 'image', 'organizer', 'location', 'startDate', 'endDate', 'duration', 'timeZone',
    'eventSchedule', 'occurrenceChanges', 'eventStatus', 'eventAttendanceMode', 'offers', 'isAccessibleForFree', 'ageRange',
    'audience', 'inLanguage', 'topics', 'level', 'registrationUrl', 'maximumAttendeeCapacity', 'remainingAttendeeCapacity',
    'accessibilitySupport', 'modified',
  ],
  opportunityField,
);

/** A feed-shaped document: the right skeleton, anything inside. */
export const feedShape: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    version: fc.oneof(fc.constant('1.0'), anyValue),
    id: fc.oneof(fc.constant('https://example.org/feed.json'), anyValue),
    language: fc.oneof(fc.constantFrom('en', 'ar', 'ko', 'x-bad!'), anyValue),
    timeZone: fc.oneof(fc.constantFrom(...ZONES), anyValue),
    name: anyValue,
    publisher: fc.oneof(shaped(['name', 'url', 'email']), anyValue),
    sources: fc.oneof(fc.array(shaped(['name', 'url', 'license']), { maxLength: 2 }), anyValue),
    deleted: anyValue,
    next: anyValue,
    places: fc.oneof({ weight: 4, arbitrary: fc.array(fc.oneof(placeShape, anyValue), { maxLength: 3 }) }, { weight: 1, arbitrary: anyValue }),
    organizations: fc.oneof({ weight: 4, arbitrary: fc.array(fc.oneof(organizationShape, anyValue), { maxLength: 3 }) }, { weight: 1, arbitrary: anyValue }),
    opportunities: fc.oneof({ weight: 6, arbitrary: fc.array(fc.oneof({ weight: 4, arbitrary: opportunityShape }, { weight: 1, arbitrary: anyValue }), { maxLength: 5 }) }, { weight: 1, arbitrary: anyValue }),
  },
  { requiredKeys: ['version'] },
);

/** A well-formed opportunity that every reader must keep: id `keep-<index>`, a name, valid timing. */
export function validOpportunity(index: number): fc.Arbitrary<Record<string, unknown>> {
  const timing = fc.oneof(
    fc.tuple(day, time).map(([date, clock]) => ({ startDate: `${date}T${clock}`, duration: 'PT1H' })),
    day.map((date) => ({ startDate: date })),
    fc.tuple(day, time, fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')).map(([date, clock, weekday]) => ({
      eventSchedule: [{ repeatFrequency: 'P1W', byDay: [weekday], startDate: date, startTime: clock, duration: 'PT1H', repeatCount: 10 }],
    })),
  );
  return fc.tuple(fc.string({ minLength: 1, maxLength: 20 }).filter((name) => name.trim() !== '' && name.length === name.trim().length), timing)
    .map(([name, fields]) => ({ id: `keep-${index}`, name, ...fields, eventAttendanceMode: 'online' }));
}
