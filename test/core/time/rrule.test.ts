import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RRuleError, parseRRule } from '../../../src/core/time/rrule.js';

function refusal(text: string): string {
  try {
    parseRRule(text);
  } catch (error) {
    assert.ok(error instanceof RRuleError, `expected RRuleError for ${text}`);
    return error.message;
  }
  assert.fail(`"${text}" was accepted`);
}

describe('parseRRule', () => {
  it('reads every RFC 5545 rule part', () => {
    const rule = parseRRule(
      'FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYSECOND=0;BYMINUTE=15,45;BYHOUR=9;BYDAY=2MO,-1FR,TU;BYMONTHDAY=1,-1;BYMONTH=3,1;BYSETPOS=-1;WKST=SU',
    );
    assert.equal(rule.freq, 'MONTHLY');
    assert.equal(rule.interval, 2);
    assert.equal(rule.count, 10);
    assert.deepEqual(rule.byMinute, [15, 45]);
    assert.deepEqual(rule.byDay, [{ weekday: 0, ordinal: 2 }, { weekday: 4, ordinal: -1 }, { weekday: 1, ordinal: 0 }]);
    assert.deepEqual(rule.byMonthDay, [-1, 1]);
    assert.deepEqual(rule.byMonth, [1, 3]);
    assert.deepEqual(rule.bySetPos, [-1]);
    assert.equal(rule.wkst, 6);
  });

  it('reads UNTIL as a date, a floating date-time or a UTC date-time', () => {
    assert.deepEqual(parseRRule('FREQ=DAILY;UNTIL=20261231').until, { value: '2026-12-31', dateOnly: true, utc: false });
    assert.deepEqual(parseRRule('FREQ=DAILY;UNTIL=20261231T235959').until, { value: '2026-12-31T23:59:59', dateOnly: false, utc: false });
    assert.deepEqual(parseRRule('FREQ=DAILY;UNTIL=20261231T235959Z').until, { value: '2026-12-31T23:59:59', dateOnly: false, utc: true });
  });

  it('tolerates an RRULE: prefix, a trailing semicolon, lower case and X- parts', () => {
    const rule = parseRRule('RRULE:freq=weekly;byday=mo, fr;X-GOOGLE-THING=1;');
    assert.equal(rule.freq, 'WEEKLY');
    assert.deepEqual(rule.byDay.map((day) => day.weekday), [0, 4]);
  });

  it('refuses broken rules with a message naming the part', () => {
    assert.match(refusal(''), /empty/);
    assert.match(refusal('INTERVAL=2'), /no FREQ/);
    assert.match(refusal('FREQ=FORTNIGHTLY'), /FREQ "FORTNIGHTLY" is not a frequency/);
    assert.match(refusal('FREQ=DAILY;COUNT=3;UNTIL=20260101'), /both COUNT and UNTIL/);
    assert.match(refusal('FREQ=DAILY;INTERVAL=0'), /INTERVAL value "0"/);
    assert.match(refusal('FREQ=WEEKLY;BYDAY=TUS'), /BYDAY value "TUS"/);
    assert.match(refusal('FREQ=MONTHLY;BYMONTHDAY=32'), /BYMONTHDAY value 32 is out of range/);
    assert.match(refusal('FREQ=DAILY;BYHOUR=-1'), /BYHOUR value -1 is out of range/);
    assert.match(refusal('FREQ=DAILY;UNTIL=20260230'), /not a real date/);
    assert.match(refusal('FREQ=DAILY;FREQ=WEEKLY'), /appears twice/);
    assert.match(refusal('FREQ=DAILY;BYFOO=1'), /"BYFOO" is not an RRULE part/);
  });

  it('refuses the combinations RFC 5545 rules out', () => {
    assert.match(refusal('FREQ=MONTHLY;BYWEEKNO=20'), /BYWEEKNO only works with FREQ=YEARLY/);
    assert.match(refusal('FREQ=WEEKLY;BYMONTHDAY=1'), /BYMONTHDAY cannot be used with FREQ=WEEKLY/);
    assert.match(refusal('FREQ=MONTHLY;BYYEARDAY=1'), /BYYEARDAY cannot be used with FREQ=MONTHLY/);
    assert.match(refusal('FREQ=WEEKLY;BYDAY=2MO'), /BYDAY=2MO .* needs FREQ=MONTHLY or FREQ=YEARLY/);
    assert.match(refusal('FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO'), /cannot be combined with BYWEEKNO/);
    assert.match(refusal('FREQ=MONTHLY;BYDAY=6MO'), /a month has no 6th MO/);
    assert.match(refusal('FREQ=DAILY;BYSETPOS=1'), /BYSETPOS needs another BYxxx part/);
  });
});
