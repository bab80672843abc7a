/**
 * The parser reads an opportunity's optional fields only when they are given (their pointers are not
 * built otherwise). Given as null, each must still be read, at its own pointer: one "is null" warning,
 * and otherwise the same opportunity as when the field is left out.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse, withOpportunity } from './helpers.js';

const OPTIONAL_FIELDS = [
  'type', 'eventStatus', 'eventAttendanceMode', 'offers', 'audience', 'inLanguage', 'topics', 'accessibilitySupport',
  'description', 'url', 'image', 'organizer', 'isAccessibleForFree', 'ageRange', 'level', 'registrationUrl',
  'maximumAttendeeCapacity', 'remainingAttendeeCapacity', 'modified', 'endDate', 'duration', 'eventSchedule', 'occurrenceChanges',
];

describe('parseFeed: optional opportunity fields', () => {
  for (const name of OPTIONAL_FIELDS) {
    it(`reads "${name}": null as left out, with one warning at its pointer`, () => {
      const leftOut = parse(withOpportunity({}));
      const nulled = parse(withOpportunity({ [name]: null }));
      assert.deepEqual(leftOut.problems, []);
      assert.deepEqual(nulled.problems.map(({ severity, pointer, message }) => ({ severity, pointer, message })), [
        { severity: 'warning', pointer: `/opportunities/0/${name}`, message: `${name} is null.` },
      ]);
      assert.deepEqual(nulled.opportunities, leftOut.opportunities);
    });
  }

  it('reads each given field at its own pointer, in the order the fields are read', () => {
    const parsed = parse(withOpportunity({ url: 5, description: 5, level: 'expert', eventStatus: 7, modified: 'soon', timeZone: null }));
    assert.deepEqual(parsed.problems.map((problem) => problem.pointer), [
      '/opportunities/0/eventStatus', '/opportunities/0/timeZone', '/opportunities/0/description', '/opportunities/0/url',
      '/opportunities/0/level', '/opportunities/0/modified',
    ]);
  });
});
