import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatLocalDate, parseLocalDate, type LocalDate } from '../../../src/core/calendar/local-date.js';
import { agendaDays, segmentsByDay, type CalendarSpan } from '../../../src/core/calendar/spans.js';

const d = (text: string): LocalDate => parseLocalDate(text)!;

interface NamedSpan extends CalendarSpan {
  name: string;
}

function timed(name: string, first: string, start: string, last: string, end: string): NamedSpan {
  const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
  return { name, allDay: false, firstDay: d(first), lastDay: d(last), startMinutes: minutes(start), endMinutes: minutes(end) };
}

function allDay(name: string, first: string, last: string): NamedSpan {
  return { name, allDay: true, firstDay: d(first), lastDay: d(last), startMinutes: 0, endMinutes: 1440 };
}

const byName = (a: NamedSpan, b: NamedSpan) => a.name.localeCompare(b.name);

describe('grouping by local day', () => {
  const spans = [
    timed('evening class', '2026-03-10', '18:00', '2026-03-10', '20:00'),
    timed('night shift reading', '2026-03-10', '22:00', '2026-03-11', '02:00'),
    allDay('book festival', '2026-03-09', '2026-03-11'),
    timed('breakfast talk', '2026-03-10', '08:00', '2026-03-10', '09:00'),
  ];

  it('puts a multi-day event on every day it covers, all-day first then by time', () => {
    const days = segmentsByDay(spans, d('2026-03-09'), d('2026-03-12'), byName);
    assert.deepEqual([...days.keys()].sort(), ['2026-03-09', '2026-03-10', '2026-03-11']);
    assert.deepEqual(days.get('2026-03-10')!.map((segment) => segment.span.name),
      ['book festival', 'breakfast talk', 'evening class', 'night shift reading']);
    assert.deepEqual(days.get('2026-03-11')!.map((segment) => segment.span.name), ['book festival', 'night shift reading']);
  });

  it('clips an event crossing midnight to each day and marks the open edges', () => {
    const days = segmentsByDay(spans, d('2026-03-10'), d('2026-03-11'));
    const lateEvening = days.get('2026-03-10')!.find((segment) => segment.span.name === 'night shift reading')!;
    const smallHours = days.get('2026-03-11')!.find((segment) => segment.span.name === 'night shift reading')!;
    assert.deepEqual([lateEvening.startMinutes, lateEvening.endMinutes, lateEvening.continuesAfter], [1320, 1440, true]);
    assert.deepEqual([smallHours.startMinutes, smallHours.endMinutes, smallHours.continuesBefore], [0, 120, true]);
  });

  it('only covers the asked range', () => {
    const days = segmentsByDay(spans, d('2026-03-11'), d('2026-03-11'));
    assert.deepEqual([...days.keys()], ['2026-03-11']);
    assert.equal(segmentsByDay(spans, d('2026-03-12'), d('2026-03-20')).size, 0);
  });

  it('the agenda lists only days with something on, in order', () => {
    const agenda = agendaDays([spans[0]!, allDay('open day', '2026-03-14', '2026-03-14')], d('2026-03-01'), d('2026-03-31'));
    assert.deepEqual(agenda.map((day) => formatLocalDate(day.date)), ['2026-03-10', '2026-03-14']);
  });
});
