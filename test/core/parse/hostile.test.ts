import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../../src/core/parse/index.js';
import { MAX_TEXT_LENGTH } from '../../../src/core/parse/values.js';
import { baseFeed, parse, problemsAt, withOpportunity } from './helpers.js';

const good = { id: 'good', name: 'Good', location: 'library', startDate: '2026-12-01T18:00' };

describe('parseFeed on hostile input', () => {
  it('reports a non-object root and never throws', () => {
    for (const input of [null, undefined, 42, 'not json', '"a string"', '[1,2]', [], true, '', '   ']) {
      const parsed = parseFeed(input);
      assert.equal(parsed.opportunities.length, 0);
      assert.equal(parsed.problems.length, 1, JSON.stringify(input));
      assert.equal(parsed.problems[0]!.severity, 'error');
      assert.equal(parsed.problems[0]!.pointer, '');
    }
  });

  it('keeps valid items among nulls, numbers, strings and lists', () => {
    const parsed = parse(baseFeed({ opportunities: [null, 7, 'x', [good], good, null] }));
    assert.deepEqual(parsed.opportunities.map((o) => o.id), ['good']);
    assert.deepEqual(parsed.problems.map((p) => p.pointer), ['/opportunities/0', '/opportunities/1', '/opportunities/2', '/opportunities/3', '/opportunities/5']);
  });

  it('reports item lists of the wrong type without reading them', () => {
    const parsed = parse(baseFeed({ opportunities: { good }, places: 'library', organizations: 3 }));
    assert.equal(parsed.opportunities.length, 0);
    for (const pointer of ['/opportunities', '/places', '/organizations']) assert.equal(problemsAt(parsed, pointer)[0]?.severity, 'error', pointer);
  });

  it('reports a wrong type in every field with that field\'s pointer, keeping the item', () => {
    const wrong = {
      type: 5, description: 7, url: 8, image: [], organizer: 9, location: true, startDate: {}, endDate: [], duration: 1,
      timeZone: 4, eventSchedule: 5, occurrenceChanges: 'x', eventStatus: 1, eventAttendanceMode: {}, offers: 'free',
      isAccessibleForFree: 'yes', ageRange: 10, audience: 3, inLanguage: 4, topics: {}, level: 2, registrationUrl: 1,
      maximumAttendeeCapacity: 'many', remainingAttendeeCapacity: [], accessibilitySupport: 7, modified: 5,
    };
    const parsed = parse(withOpportunity(wrong));
    assert.equal(parsed.opportunities.length, 1);
    for (const field of Object.keys(wrong)) {
      const problems = parsed.problems.filter((problem) => problem.pointer.startsWith(`/opportunities/0/${field}`));
      assert.ok(problems.length > 0, `no problem for ${field}`);
    }
  });

  it('reports wrong types in feed metadata and keeps going', () => {
    const parsed = parse({ version: 1, id: {}, name: 3, language: 12, timeZone: [], publisher: 5, license: {}, modified: 3, sources: 'x', next: 4, deleted: 'a', opportunities: [good], places: [{ id: 'library', name: 'L' }] });
    assert.equal(parsed.opportunities.length, 1);
    for (const pointer of ['/version', '/id', '/name', '/language', '/timeZone', '/publisher', '/license', '/modified', '/next']) {
      assert.ok(problemsAt(parsed, pointer).length > 0, pointer);
    }
  });

  it('cuts a 10 MB string to the text limit with a warning', () => {
    const huge = 'a'.repeat(10 * 1024 * 1024);
    const parsed = parse(withOpportunity({ description: huge, url: `https://x.example/${huge}` }));
    const opportunity = parsed.opportunities[0]!;
    assert.equal(opportunity.description!.en!.length, MAX_TEXT_LENGTH);
    assert.equal(problemsAt(parsed, '/opportunities/0/description')[0]?.severity, 'warning');
    assert.equal(opportunity.url, undefined);
    assert.ok(parsed.problems.every((problem) => problem.message.length < 1000), 'messages quote values briefly');
  });

  it('parses a 10 MB document as a string', () => {
    const opportunities = Array.from({ length: 20_000 }, (_, index) => ({ ...good, id: `o${index}`, description: 'x'.repeat(450) }));
    const text = JSON.stringify(baseFeed({ opportunities }));
    assert.ok(text.length > 10_000_000);
    const parsed = parseFeed(text);
    assert.equal(parsed.opportunities.length, 20_000);
    assert.deepEqual(parsed.problems, []);
  });

  it('survives deep nesting where the feed has free-form values', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const text = `{"version":"1.0","id":"x","timeZone":"UTC","extra":${deep},"opportunities":[{"id":"a","name":${deep},"eventAttendanceMode":"online","startDate":"2026-01-01"}]}`;
    const parsed = parseFeed(text);
    assert.equal(parsed.opportunities.length, 0);
    assert.equal(problemsAt(parsed, '/opportunities/0/name').length > 0, true);
  });

  it('treats __proto__ and constructor keys as data, never as prototypes', () => {
    const text = `{"version":"1.0","id":"x","timeZone":"UTC","__proto__":{"polluted":true},"opportunities":[{"id":"constructor","name":{"__proto__":"x","en":"Safe","constructor":"y"},"eventAttendanceMode":"online","startDate":"2026-01-01","topics":["__proto__"],"eventStatus":"constructor","type":"toString"}]}`;
    const parsed = parseFeed(text);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    const opportunity = parsed.opportunities[0]!;
    assert.equal(opportunity.id, 'constructor');
    assert.deepEqual(Object.keys(opportunity.name), ['en']);
    assert.equal(Object.getPrototypeOf(opportunity.name), Object.prototype);
    assert.equal(opportunity.status, 'scheduled');
    assert.equal(opportunity.kind, 'event');
    assert.ok(problemsAt(parsed, '/opportunities/0/name/__proto__').length > 0);
    assert.ok(problemsAt(parsed, '/opportunities/0/eventStatus').length > 0);
  });

  it('escapes pointer tokens (RFC 6901)', () => {
    const parsed = parse(withOpportunity({ name: { 'a/b~c': 'x', en: 'Talk' } }));
    assert.ok(problemsAt(parsed, '/opportunities/0/name/a~1b~0c').length > 0);
  });

  it('reports unsafe URLs anywhere they appear', () => {
    const parsed = parse(baseFeed({
      publisher: { name: 'P', url: 'javascript:alert(1)' },
      organizations: [{ id: 'o', name: 'O', url: 'java\tscript:alert(1)', logo: 'data:image/svg+xml,<svg onload=alert(1)>' }],
      places: [{ id: 'library', name: 'L', url: 'vbscript:msgbox' }],
      opportunities: [{ ...good, registrationUrl: '/relative/path', offers: [{ price: 1, priceCurrency: 'GBP', url: 'javascript:void(0)' }] }],
    }));
    for (const pointer of ['/publisher/url', '/organizations/0/url', '/organizations/0/logo', '/places/0/url', '/opportunities/0/registrationUrl', '/opportunities/0/offers/0/url']) {
      assert.equal(problemsAt(parsed, pointer)[0]?.severity, 'error', pointer);
    }
    assert.equal(JSON.stringify(parsed.opportunities).includes('javascript'), false);
    assert.equal(JSON.stringify(parsed.organizations).includes('script'), false);
  });

  it('reports duplicate opportunity ids, keeping the first', () => {
    const parsed = parse(baseFeed({ opportunities: [good, { ...good, name: 'Second' }] }));
    assert.equal(parsed.opportunities.length, 1);
    assert.deepEqual(parsed.opportunities[0]!.name, { en: 'Good' });
    assert.equal(problemsAt(parsed, '/opportunities/1/id')[0]?.severity, 'error');
  });

  it('lists at most 5000 problems and then says how many more there were', () => {
    const parsed = parse(baseFeed({ opportunities: Array.from({ length: 100_000 }, () => null) }));
    assert.equal(parsed.problems.length, 5001);
    assert.match(parsed.problems.at(-1)!.message, /95000 more problems \(95000 errors\)/);
  });

  it('reports a getter that throws instead of throwing', () => {
    const feed = { version: '1.0', get opportunities(): unknown { throw new Error('boom'); } };
    const parsed = parseFeed(feed);
    assert.match(parsed.problems.at(-1)!.message, /boom/);
  });
});
