import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { baseFeed, describeProblems, parse, problemsAt, withOpportunity } from './helpers.js';

describe('parseFeed: places and organizations', () => {
  it('reads a place with address, geo and accessibility', () => {
    const parsed = parse(baseFeed({
      places: [{
        id: 'hub', name: 'Hub', address: { streetAddress: '1 Main St', addressLocality: 'Sale', postalCode: 'M33 7ZF', addressCountry: 'GB' },
        geo: { latitude: 53.42, longitude: -2.32 }, accessibilitySupport: ['step-free-access', 'Hearing Loop'],
      }],
      organizations: [],
    }));
    const place = parsed.places[0]!;
    assert.deepEqual(place.geo, { latitude: 53.42, longitude: -2.32 });
    assert.equal(place.address?.postalCode, 'M33 7ZF');
    assert.deepEqual(place.accessibilitySupport, ['step-free-access', 'hearing-loop']);
    assert.deepEqual(parsed.problems.map((problem) => problem.pointer), ['/places/0/accessibilitySupport/1']);
  });

  it('drops coordinates out of range and keeps the place', () => {
    const parsed = parse(baseFeed({ places: [{ id: 'x', name: 'X', geo: { latitude: 95, longitude: -2 } }], organizations: [] }));
    assert.equal(parsed.places.length, 1);
    assert.equal(parsed.places[0]!.geo, undefined);
    assert.match(problemsAt(parsed, '/places/0/geo/latitude')[0]!.message, /between -90 and 90/);
  });

  it('ignores (0, 0) with a warning', () => {
    const parsed = parse(baseFeed({ places: [{ id: 'x', name: 'X', geo: { latitude: 0, longitude: 0 } }], organizations: [] }));
    assert.equal(parsed.places[0]!.geo, undefined);
    assert.equal(problemsAt(parsed, '/places/0/geo')[0]?.severity, 'warning');
  });

  it('reads the learning-lighthouse designation', () => {
    const parsed = parse(baseFeed({
      organizations: [{ id: 'lib', name: 'Library', lighthouse: { status: 'designated', since: '2023-05-01', criteriaUrl: 'https://city.example/lighthouses' } }],
    }));
    assert.deepEqual(parsed.organizations[0]!.lighthouse, { status: 'designated', since: '2023-05-01', criteriaUrl: 'https://city.example/lighthouses' });
  });

  it('drops a lighthouse designation with an unknown status, and a bad since', () => {
    const parsed = parse(baseFeed({
      organizations: [
        { id: 'a', name: 'A', lighthouse: { status: 'shining' } },
        { id: 'b', name: 'B', lighthouse: { status: 'candidate', since: '2023-13-01' } },
      ],
    }));
    assert.equal(parsed.organizations[0]!.lighthouse, undefined);
    assert.deepEqual(parsed.organizations[1]!.lighthouse, { status: 'candidate' });
    assert.equal(problemsAt(parsed, '/organizations/0/lighthouse/status')[0]?.severity, 'error');
    assert.equal(problemsAt(parsed, '/organizations/1/lighthouse/since')[0]?.severity, 'error');
  });

  it('resolves organization places to keys and reports unknown ones', () => {
    const parsed = parse(baseFeed({ organizations: [{ id: 'c', name: 'C', places: ['library', 'nowhere'] }] }));
    assert.deepEqual(parsed.organizations[0]!.placeKeys, ['https://test.example/feed.json#library']);
    assert.match(problemsAt(parsed, '/organizations/0/places/1')[0]!.message, /"nowhere"/);
  });

  it('keeps the first of two places with the same id and reports the second', () => {
    const parsed = parse(baseFeed({ places: [{ id: 'p', name: 'First' }, { id: 'p', name: 'Second' }], organizations: [] }));
    assert.equal(parsed.places.length, 1);
    assert.deepEqual(parsed.places[0]!.name, { en: 'First' });
    assert.equal(problemsAt(parsed, '/places/1/id')[0]?.severity, 'error');
  });
});

describe('parseFeed: opportunities', () => {
  it('maps feed spellings onto model values', () => {
    const parsed = parse(baseFeed({
      opportunities: [
        { id: 'a', name: 'A', type: 'sessionSeries', eventStatus: 'movedOnline', eventAttendanceMode: 'online', startDate: '2026-12-01' },
        { id: 'b', name: 'B', type: 'dropIn', eventStatus: 'https://schema.org/EventCancelled', eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode', location: 'library', startDate: '2026-12-01' },
        { id: 'c', name: 'C', type: 'Course', eventStatus: 'EventPostponed', location: 'library', startDate: '2026-12-01' },
      ],
    }));
    assert.equal(parsed.problems.length, 0, describeProblems(parsed));
    assert.deepEqual(parsed.opportunities.map((o) => [o.kind, o.status, o.attendanceMode]), [
      ['session-series', 'moved-online', 'online'],
      ['drop-in', 'cancelled', 'mixed'],
      ['course', 'postponed', 'offline'],
    ]);
  });

  it('accepts other spellings of a known value with a warning, and refuses unknown values', () => {
    const parsed = parse(baseFeed({ opportunities: [
      { id: 'a', name: 'A', type: 'drop-in', eventStatus: 'Cancelled', location: 'library', startDate: '2026-12-01' },
      { id: 'b', name: 'B', type: 'party', eventStatus: 'maybe', location: 'library', startDate: '2026-12-01' },
    ] }));
    assert.equal(parsed.opportunities[0]!.kind, 'drop-in');
    assert.equal(parsed.opportunities[0]!.status, 'cancelled');
    assert.equal(problemsAt(parsed, '/opportunities/0/type')[0]?.severity, 'warning');
    assert.equal(parsed.opportunities[1]!.kind, 'event');
    assert.equal(parsed.opportunities[1]!.status, 'scheduled');
    assert.equal(problemsAt(parsed, '/opportunities/1/eventStatus')[0]?.severity, 'error');
  });

  it('drops an opportunity without an id or a name, with an error at the missing field', () => {
    const parsed = parse(baseFeed({ opportunities: [{ name: 'No id' }, { id: 'no-name' }, { id: 'ok', name: 'OK', location: 'library', startDate: '2026-12-01' }] }));
    assert.deepEqual(parsed.opportunities.map((o) => o.id), ['ok']);
    assert.equal(problemsAt(parsed, '/opportunities/0/id')[0]?.severity, 'error');
    assert.equal(problemsAt(parsed, '/opportunities/1/name')[0]?.severity, 'error');
  });

  it('resolves organizer and location references, and reports unknown ones', () => {
    const parsed = parse(withOpportunity({ organizer: 'council', location: 'library' }));
    assert.equal(parsed.opportunities[0]!.organizerKey, 'https://test.example/feed.json#council');
    assert.equal(parsed.opportunities[0]!.placeKey, 'https://test.example/feed.json#library');
    const unknown = parse(withOpportunity({ organizer: 'ghost', location: 'nowhere' }));
    assert.equal(unknown.opportunities[0]!.organizerKey, undefined);
    assert.equal(problemsAt(unknown, '/opportunities/0/organizer')[0]?.severity, 'error');
    assert.equal(problemsAt(unknown, '/opportunities/0/location')[0]?.severity, 'error');
  });

  it('turns an inline location into a place of the feed', () => {
    const parsed = parse(withOpportunity({ location: { name: 'Park bandstand', geo: { latitude: 53.4, longitude: -2.2 } } }));
    const place = parsed.places.find((candidate) => candidate.key === parsed.opportunities[0]!.placeKey);
    assert.deepEqual(place?.name, { en: 'Park bandstand' });
    assert.equal(parsed.problems.length, 0, describeProblems(parsed));
  });

  it('reads offers, cost, age range, capacity, languages, topics and audience', () => {
    const parsed = parse(withOpportunity({
      offers: [{ name: 'Adult', price: 5, priceCurrency: 'GBP' }, { name: 'Child', price: 0, priceCurrency: 'GBP' }],
      ageRange: { minValue: 8, maxValue: 12 },
      maximumAttendeeCapacity: 20, remainingAttendeeCapacity: 4,
      inLanguage: ['en', 'UR'], topics: ['coding', 'beekeeping'], audience: ['families'], level: 'beginner',
      registrationUrl: 'mailto:book@test.example',
    }));
    const opportunity = parsed.opportunities[0]!;
    assert.equal(parsed.problems.length, 0, describeProblems(parsed));
    assert.equal(opportunity.isFree, false);
    assert.deepEqual(opportunity.ageRange, { min: 8, max: 12 });
    assert.deepEqual(opportunity.capacity, { maximum: 20, remaining: 4 });
    assert.deepEqual(opportunity.languages, ['en', 'ur']);
    assert.deepEqual(opportunity.topics, ['coding', 'beekeeping']);
    assert.equal(opportunity.registrationUrl, 'mailto:book@test.example');
  });

  it('decides isFree from isAccessibleForFree, else from prices', () => {
    assert.equal(parse(withOpportunity({ isAccessibleForFree: true })).opportunities[0]!.isFree, true);
    assert.equal(parse(withOpportunity({ offers: [{ price: 0 }] })).opportunities[0]!.isFree, true);
    assert.equal(parse(withOpportunity({})).opportunities[0]!.isFree, undefined);
    const contradiction = parse(withOpportunity({ isAccessibleForFree: true, offers: [{ price: 3, priceCurrency: 'GBP' }] }));
    assert.equal(problemsAt(contradiction, '/opportunities/0/isAccessibleForFree')[0]?.severity, 'warning');
  });

  it('drops bad optional fields and keeps the opportunity', () => {
    const parsed = parse(withOpportunity({
      url: 'javascript:alert(1)', image: 'data:image/png;base64,AAAA', ageRange: { minValue: 12, maxValue: 8 },
      maximumAttendeeCapacity: -1, inLanguage: ['english'], offers: [{ price: -5 }],
    }));
    const opportunity = parsed.opportunities[0]!;
    assert.equal(opportunity.url, undefined);
    assert.equal(opportunity.image, undefined);
    assert.equal(opportunity.ageRange, undefined);
    assert.equal(opportunity.capacity, undefined);
    assert.deepEqual(opportunity.languages, []);
    for (const pointer of ['/opportunities/0/url', '/opportunities/0/image', '/opportunities/0/ageRange', '/opportunities/0/maximumAttendeeCapacity', '/opportunities/0/inLanguage/0', '/opportunities/0/offers/0/price']) {
      assert.equal(problemsAt(parsed, pointer)[0]?.severity, 'error', pointer);
    }
  });

  it('warns about an in-person opportunity without a location', () => {
    const parsed = parse(withOpportunity({ location: undefined }));
    assert.equal(problemsAt(parsed, '/opportunities/0')[0]?.severity, 'warning');
  });
});
