// <learning-calendar> against FullCalendar 7 (dayGridMonth, classic theme): a month holding 2,000
// occurrences, and paging months ("next") through a feed of recurring series. Each timed render is in
// a fresh tab; ours and theirs alternate so that machine noise falls on both.
import { call, goal, repeat, round, summary, table } from './driver.mjs';

/** The month view of March 2026 (Monday-first) runs 23 February – 5 April: every occurrence drawn is in it. */
const MONTH = { date: '2026-03-01', from: '2026-02-23', to: '2026-04-05' };
/** Paging: from January through the year; FullCalendar gets that whole year of occurrences up front. */
const PAGING = { date: '2026-01-01', from: '2025-12-29', to: '2026-12-31', steps: 6 };

async function renderMonth(browser, baseUrl, feed, side) {
  const page = await browser.open(baseUrl, 'calendar.html');
  await call(page, 'loadFeed', feed.name);
  const result = side === 'ours' ? await call(page, 'renderOurs', MONTH.date) : await call(page, 'renderFullCalendar', MONTH.from, MONTH.to, MONTH.date);
  await page.close();
  return result;
}

async function pageMonths(browser, baseUrl, feed, side) {
  const page = await browser.open(baseUrl, 'calendar.html');
  await call(page, 'loadFeed', feed.name);
  const first = side === 'ours' ? await call(page, 'renderOurs', PAGING.date) : await call(page, 'fullCalendarYear', PAGING.from, PAGING.to, PAGING.date);
  const steps = [];
  for (let step = 0; step < PAGING.steps; step++) steps.push(await call(page, side === 'ours' ? 'nextOurs' : 'nextFullCalendar'));
  await page.close();
  return { first, steps };
}

export async function calendarBench({ browser, baseUrl, feeds, runs }) {
  const ours = [];
  const theirs = [];
  await repeat(runs, async (run) => {
    const mine = await renderMonth(browser, baseUrl, feeds.calendarMonth, 'ours');
    const other = await renderMonth(browser, baseUrl, feeds.calendarMonth, 'fullcalendar');
    if (run >= 0) {
      ours.push(mine);
      theirs.push(other);
    }
  });
  const oursMs = summary(ours.map((result) => result.ms));
  const theirsMs = summary(theirs.map((result) => result.ms));
  const speedup = round(theirsMs.median / oursMs.median, 2);
  table('Calendar: month with 2,000 occurrences, data in memory → painted, ms', [
    { calendar: '<learning-calendar> (expands the month itself)', ...oursMs, 'DOM nodes': ours[0].nodes, 'event buttons': ours[0].events },
    { calendar: 'FullCalendar 7 dayGridMonth (events given)', ...theirsMs, 'DOM nodes': theirs[0].nodes, 'event buttons': '' },
  ]);
  const convert = summary(theirs.map((result) => result.convertMs));
  console.log(`  (FullCalendar's ${theirs[0].events} events were made from our occurrences beforehand in ${convert.median} ms median, not counted)`);
  console.log(`  ours is ${speedup}× faster (median)   ${goal(speedup >= 3, 'goal: ours ≥ 3× faster')}`);

  const oursPaging = [];
  const theirsPaging = [];
  const perMonth = [];
  await repeat(Math.max(2, Math.ceil(runs / 2)), async (run) => {
    const mine = await pageMonths(browser, baseUrl, feeds.calendarRecurring, 'ours');
    const other = await pageMonths(browser, baseUrl, feeds.calendarRecurring, 'fullcalendar');
    if (run < 0) return;
    oursPaging.push(...mine.steps.map((step) => step.ms));
    theirsPaging.push(...other.steps.map((step) => step.ms));
    if (perMonth.length === 0) perMonth.push(...mine.steps.map((step) => step.events));
  });
  const pagingOurs = summary(oursPaging);
  const pagingTheirs = summary(theirsPaging);
  table(`Calendar: "next month" → painted, ${feeds.calendarRecurring.opportunities} recurring series (event buttons per month: ${perMonth.join(', ')}), ms`, [
    { calendar: '<learning-calendar> (expands each month on demand)', ...pagingOurs },
    { calendar: 'FullCalendar 7 (a year of occurrences given up front)', ...pagingTheirs },
  ]);
  console.log(`  ratio FullCalendar/ours (median): ${round(pagingTheirs.median / pagingOurs.median, 2)}`);
  return {
    month2000: { ours: oursMs, fullCalendar: theirsMs, speedup, met: speedup >= 3, oursNodes: ours[0].nodes, fullCalendarNodes: theirs[0].nodes, oursEventButtons: ours[0].events, fullCalendarConvertMs: convert },
    paging: { ours: pagingOurs, fullCalendar: pagingTheirs, eventButtonsPerMonth: perMonth },
  };
}
