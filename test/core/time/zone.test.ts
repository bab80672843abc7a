import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeedDateTime, parseIsoDuration, parseLocalTime } from '../../../src/core/time/datetime.js';
import {
  epochMsToLocal, formatRfc3339, isValidTimeZone, localToEpochMs, offsetMinutesAt,
} from '../../../src/core/time/zone.js';

const at = (local: string, zone: string) => formatRfc3339(localToEpochMs(local, zone), zone);

describe('parseFeedDateTime', () => {
  it('reads dates as all-day and date-times as wall clock, keeping an explicit offset', () => {
    assert.deepEqual(parseFeedDateTime('2026-12-01'), { local: '2026-12-01', allDay: true });
    assert.deepEqual(parseFeedDateTime('2026-12-01T18:00'), { local: '2026-12-01T18:00:00', allDay: false });
    assert.deepEqual(parseFeedDateTime('2026-12-01T18:00:30.250'), { local: '2026-12-01T18:00:30', allDay: false });
    assert.deepEqual(parseFeedDateTime('2026-12-01T18:00:00Z'), { local: '2026-12-01T18:00:00', allDay: false, offsetMinutes: 0 });
    assert.deepEqual(parseFeedDateTime('2026-12-01T18:00:00-07:30'), { local: '2026-12-01T18:00:00', allDay: false, offsetMinutes: -450 });
  });

  it('rejects dates and times that do not exist, and other notations', () => {
    for (const text of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-12-01T24:01', '2026-12-01T24:00', '2026-12-01T12:60',
      '01/12/2026', '2026-12-1', '', 'tomorrow']) {
      assert.equal(parseFeedDateTime(text), undefined, text);
    }
    assert.deepEqual(parseFeedDateTime('2024-02-29'), { local: '2024-02-29', allDay: true });
  });
});

describe('parseIsoDuration and parseLocalTime', () => {
  it('gives durations in seconds', () => {
    assert.equal(parseIsoDuration('P1D'), 86400);
    assert.equal(parseIsoDuration('PT1H30M'), 5400);
    assert.equal(parseIsoDuration('P1W'), 604800);
    assert.equal(parseIsoDuration('P1DT2H'), 93600);
    assert.equal(parseIsoDuration('PT45S'), 45);
    for (const text of ['P', 'PT', '1H', 'P1M', 'PT1H30', 'P-1D']) assert.equal(parseIsoDuration(text), undefined, text);
  });

  it('normalises times of day to HH:MM:SS', () => {
    assert.equal(parseLocalTime('18:00'), '18:00:00');
    assert.equal(parseLocalTime('09:05:30'), '09:05:30');
    for (const text of ['24:00', '9:00', '18:60', '6pm']) assert.equal(parseLocalTime(text), undefined, text);
  });
});

describe('zone arithmetic', () => {
  it('knows IANA zones and refuses made-up ones', () => {
    assert.equal(isValidTimeZone('Europe/London'), true);
    assert.equal(isValidTimeZone('UTC'), true);
    assert.equal(isValidTimeZone('Europe/Atlantis'), false);
    assert.equal(isValidTimeZone(''), false);
  });

  it('formats RFC 3339 with the offset in force, +00:00 for UTC', () => {
    assert.equal(at('2012-10-02T10:00:00', 'America/Los_Angeles'), '2012-10-02T10:00:00-07:00');
    assert.equal(at('2026-01-15T10:00:00', 'Europe/London'), '2026-01-15T10:00:00+00:00');
    assert.equal(at('2026-07-15T10:00:00', 'Europe/London'), '2026-07-15T10:00:00+01:00');
    assert.equal(formatRfc3339(Date.UTC(2026, 0, 1), 'UTC'), '2026-01-01T00:00:00+00:00');
    assert.equal(at('2026-01-15T10:00:00', 'Asia/Kolkata'), '2026-01-15T10:00:00+05:30');
  });

  it('moves a time in the spring-forward gap forward by the gap', () => {
    assert.equal(at('2026-03-29T01:30:00', 'Europe/London'), '2026-03-29T02:30:00+01:00');
    assert.equal(at('2026-03-08T02:30:00', 'America/Los_Angeles'), '2026-03-08T03:30:00-07:00');
    // Lord Howe Island moves its clocks by 30 minutes: 02:00 → 02:30.
    assert.equal(at('2026-10-04T02:15:00', 'Australia/Lord_Howe'), '2026-10-04T02:45:00+11:00');
  });

  it('reads a time repeated in the autumn overlap as the first one', () => {
    assert.equal(at('2026-10-25T01:30:00', 'Europe/London'), '2026-10-25T01:30:00+01:00');
    assert.equal(at('2026-11-01T01:30:00', 'America/Los_Angeles'), '2026-11-01T01:30:00-07:00');
    assert.equal(at('2026-04-05T01:45:00', 'Australia/Lord_Howe'), '2026-04-05T01:45:00+11:00');
  });

  it('round-trips wall clock and instants, and reports offsets in minutes', () => {
    const ms = localToEpochMs('2026-06-01T12:34:56', 'America/New_York');
    assert.equal(ms, Date.UTC(2026, 5, 1, 16, 34, 56));
    assert.equal(epochMsToLocal(ms, 'America/New_York'), '2026-06-01T12:34:56');
    assert.equal(offsetMinutesAt(ms, 'America/New_York'), -240);
    assert.equal(offsetMinutesAt(Date.UTC(2026, 0, 1), 'Australia/Lord_Howe'), 660);
    assert.equal(offsetMinutesAt(Date.UTC(2026, 6, 1), 'Australia/Lord_Howe'), 630);
    assert.equal(localToEpochMs('2026-06-01', 'Europe/London'), Date.UTC(2026, 4, 31, 23));
  });
});
