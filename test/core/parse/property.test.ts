import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFeed } from '../../../src/core/parse/index.js';

const feedLike = fc.record({
  version: fc.oneof(fc.constant('1.0'), fc.jsonValue()),
  timeZone: fc.oneof(fc.constant('Europe/London'), fc.jsonValue()),
  places: fc.array(fc.oneof(fc.jsonValue(), fc.record({ id: fc.oneof(fc.string(), fc.jsonValue()), name: fc.jsonValue(), geo: fc.jsonValue() }, { requiredKeys: [] }))),
  opportunities: fc.array(
    fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          id: fc.oneof(fc.string(), fc.integer(), fc.jsonValue()),
          name: fc.oneof(fc.string(), fc.dictionary(fc.string(), fc.jsonValue())),
          startDate: fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), fc.jsonValue()),
          endDate: fc.jsonValue(),
          location: fc.jsonValue(),
          eventSchedule: fc.oneof(fc.jsonValue(), fc.array(fc.dictionary(fc.constantFrom('repeatFrequency', 'byDay', 'startDate', 'startTime', 'rrule', 'exceptDate', 'repeatCount'), fc.jsonValue()))),
          offers: fc.jsonValue(),
          url: fc.oneof(fc.webUrl(), fc.string()),
        },
        { requiredKeys: [] },
      ),
    ),
  ),
}, { requiredKeys: [] });

describe('parseFeed properties', () => {
  it('never throws on arbitrary JSON values, and every problem has a pointer and a message', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseFeed(value);
        const fromText = parseFeed(JSON.stringify(value) ?? '');
        for (const problem of [...parsed.problems, ...fromText.problems]) {
          assert.equal(typeof problem.pointer, 'string');
          assert.ok(problem.message.length > 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on feed-shaped values, and keeps only items with an id and a name', () => {
    fc.assert(
      fc.property(feedLike, (value) => {
        const parsed = parseFeed(JSON.stringify(value));
        for (const opportunity of parsed.opportunities) {
          assert.ok(opportunity.id.length > 0);
          assert.ok(Object.keys(opportunity.name).length > 0);
          assert.equal(opportunity.key, `${parsed.info.key}#${opportunity.id}`);
        }
        for (const problem of parsed.problems) assert.match(problem.pointer, /^(\/[^/]*)*$/);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      parseFeed(text);
    }), { numRuns: 300 });
  });
});
