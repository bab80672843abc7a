import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AGENDA_PAGE_SIZE, agendaPage, nextAgendaLimit } from '../../../src/core/calendar/agenda-pages.js';
import { formatLocalDate, parseLocalDate, type LocalDate } from '../../../src/core/calendar/local-date.js';
import { agendaDays, daysInOrder, segmentsByDay, type CalendarSpan } from '../../../src/core/calendar/spans.js';

const d = (text: string): LocalDate => parseLocalDate(text)!;

interface NamedSpan extends CalendarSpan {
  name: string;
}

/** `perDay` one-hour events on each day from the 1st to the `days`th of March 2026, named "3/2" (day 3, second). */
function month(days: number, perDay: number): NamedSpan[] {
  const spans: NamedSpan[] = [];
  for (let day = 1; day <= days; day++) {
    for (let index = 0; index < perDay; index++) {
      const date = { year: 2026, month: 3, day };
      spans.push({ name: `${day}/${index + 1}`, allDay: false, firstDay: date, lastDay: date, startMinutes: 540 + index * 60, endMinutes: 600 + index * 60 });
    }
  }
  return spans;
}

const names = (days: ReturnType<typeof agendaPage<NamedSpan>>['days']) =>
  days.map((day) => `${formatLocalDate(day.date)}: ${day.segments.map((segment) => segment.span.name).join(' ')}`);

describe('the list a page at a time', () => {
  const days = agendaDays(month(31, 3), d('2026-03-01'), d('2026-03-31'));

  it('shows the first events in date and time order and counts the whole period', () => {
    const page = agendaPage(days, 7);
    assert.deepEqual(names(page.days), ['2026-03-01: 1/1 1/2 1/3', '2026-03-02: 2/1 2/2 2/3', '2026-03-03: 3/1']);
    assert.equal(page.shown, 7);
    assert.equal(page.total, 93);
  });

  it('continues a day cut short on the next page, keeping the events already shown', () => {
    const first = agendaPage(days, 7);
    const second = agendaPage(days, nextAgendaLimit(first.shown, first.total, 7));
    assert.deepEqual(names(second.days).slice(0, 2), names(first.days).slice(0, 2));
    assert.equal(names(second.days)[2], '2026-03-03: 3/1 3/2 3/3');
    assert.equal(second.days.at(-1)!.segments.map((segment) => segment.span.name).join(' '), '5/1 5/2');
    assert.equal(second.shown, 14);
  });

  it('shows everything once the limit passes the total, and never goes past it', () => {
    assert.equal(agendaPage(days, 500).shown, 93);
    assert.equal(nextAgendaLimit(90, 93), 93);
    assert.equal(nextAgendaLimit(0, 93), AGENDA_PAGE_SIZE);
  });

  it('shows at least one event for a nonsense limit, and nothing for an empty period', () => {
    assert.equal(agendaPage(days, 0).shown, 1);
    assert.equal(agendaPage(days, Number.NaN).shown, 1);
    assert.deepEqual(agendaPage([], 50), { days: [], shown: 0, total: 0 });
  });

  it('daysInOrder reads days already grouped, so the list does not group the period a second time', () => {
    const spans = month(5, 2);
    const byDay = segmentsByDay(spans, d('2026-03-02'), d('2026-03-04'));
    assert.deepEqual(daysInOrder(byDay, d('2026-03-02'), d('2026-03-04')), agendaDays(spans, d('2026-03-02'), d('2026-03-04')));
    assert.deepEqual(daysInOrder(byDay, d('2026-03-03'), d('2026-03-03')).map((day) => formatLocalDate(day.date)), ['2026-03-03']);
  });
});

describe('formatLocalDate', () => {
  it('writes the same text for the same date every time, early years and odd values included', () => {
    for (const text of ['2026-03-01', '0099-12-31', '0001-01-01', '9999-12-31', '2024-02-29']) {
      assert.equal(formatLocalDate(d(text)), text);
      assert.equal(formatLocalDate(d(text)), text);
    }
    assert.equal(formatLocalDate({ year: 12026, month: 3, day: 1 }), '12026-03-01');
    assert.equal(formatLocalDate({ year: 2026, month: 3, day: 1 }), '2026-03-01');
  });
});
