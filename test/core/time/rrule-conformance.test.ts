/**
 * libical's recurrence regression cases (../shared/conformance/rrule/icalrecur_test.txt), one test
 * each: our expansion from DTSTART must equal INSTANCES, and an expansion that starts later (the
 * skip-ahead path, libical's START-AT) must give the same tail.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readConformanceCases, expandCase, type ConformanceCase } from './conformance-cases.js';

/**
 * Cases where libical does not give an answer and we do. Each entry is asserted below: if libical
 * starts answering, or our answer changes, the test fails and this table must be revisited.
 */
const EXPECTED_DIFFERENCES = new Map<string, { reason: string; instances: string[] }>([
  [
    '30.12 in WEEK 1 with expansion on BYMONTH, BYMONTHDAY, BYWEEKNO',
    {
      reason:
        'libical reports UNIMPLEMENTED for BYWEEKNO combined with BYMONTH and BYMONTHDAY. RFC 5545 defines it ' +
        '(the days in both sets): 30 December falls in week 1 of the next year when 1 January is a Wednesday ' +
        'or Thursday, i.e. 2024, 2025, 2030 and 2031 before UNTIL.',
      instances: ['20241230', '20251230', '20301230', '20311230'],
    },
  ],
]);

const cases = readConformanceCases();

function tailFrom(instances: string[], startAt: string): string[] {
  return instances.filter((instance) => instance.replace(/Z$/, '') >= startAt);
}

function caseTitle(testCase: ConformanceCase, index: number): string {
  return `#${index + 1} ${testCase.name}`;
}

describe('RFC 5545 recurrence conformance (libical icalrecur_test.txt)', () => {
  it('reads all 146 cases from the shared file', () => {
    assert.equal(cases.length, 146);
  });

  cases.forEach((testCase, index) => {
    it(caseTitle(testCase, index), () => {
      const difference = EXPECTED_DIFFERENCES.get(testCase.name);
      if (difference) {
        assert.ok(testCase.error, 'libical now expands this case: remove it from EXPECTED_DIFFERENCES');
        assert.deepEqual(expandCase(testCase), difference.instances, difference.reason);
        return;
      }
      assert.equal(testCase.error, undefined, `unexpected error case: ${testCase.error}`);
      assert.deepEqual(expandCase(testCase), testCase.instances);
      if (testCase.startAt) {
        assert.deepEqual(
          tailFrom(expandCase(testCase, testCase.startAt), testCase.startAt),
          tailFrom(testCase.instances, testCase.startAt),
          'starting at START-AT gives the same instances from there on',
        );
      }
    });
  });

  it('lists only differences that exist in the file', () => {
    const names = new Set(cases.map((testCase) => testCase.name));
    for (const name of EXPECTED_DIFFERENCES.keys()) assert.ok(names.has(name), name);
  });
});
