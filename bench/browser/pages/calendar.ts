/**
 * Calendar benchmark page: a month with 2,000 occurrences drawn by <learning-calendar> and by
 * FullCalendar 7's dayGridMonth from the same occurrences, and paging months of recurring series.
 *
 * Both start from data already in memory: our store's model (the element still expands the month
 * itself) and, for FullCalendar, our occurrences converted to plain events beforehand.
 */
import '../../../src/elements/learning-feed/define.js';
import '../../../src/elements/learning-calendar/define.js';
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import classicThemePlugin from 'fullcalendar/themes/classic';
import { calendarEntries, parseLocalDate } from '../../../src/core/calendar/index.js';
import type { FeedModel } from '../../../src/core/model.js';
import { resolveText } from '../../../src/core/text.js';
import type { LearningFeed } from '../../../src/elements/learning-feed/learning-feed.js';
import type { LearningCalendar } from '../../../src/elements/learning-calendar/learning-calendar.js';
import { afterNextPaint, countNodes, expose, whenFound } from './paint.js';

interface PlainEvent {
  id: string;
  title: string;
  start: Date | string;
  end: Date | string;
  allDay: boolean;
}

const ZONE = 'Europe/London';
let feed: LearningFeed | undefined;
let ours: LearningCalendar | undefined;
let theirs: Calendar | undefined;
let box: HTMLElement | undefined;

/** Loads `src` into a <learning-feed> with nothing inside yet; resolves when the model is ready. */
async function loadFeed(src: string): Promise<{ opportunities: number }> {
  feed = document.createElement('learning-feed');
  const loaded = new Promise((resolve) => feed!.addEventListener('learning-feed-load', resolve, { once: true }));
  feed.src = src;
  document.body.append(feed);
  await loaded;
  return { opportunities: model().opportunities.length };
}

function model(): FeedModel {
  const current = feed?.store?.model;
  if (!current) throw new Error('The feed has not loaded');
  return current;
}

/** Our occurrences between two local dates as FullCalendar events (all-day ones as dates). */
function eventsBetween(from: string, to: string): PlainEvent[] {
  const range = { from: parseLocalDate(from)!, to: parseLocalDate(to)! };
  return calendarEntries(model().opportunities, range, ZONE).map((entry) => ({
    id: entry.id,
    title: resolveText(entry.occurrence.name ?? entry.opportunity.name, ['en']),
    start: entry.allDay ? entry.occurrence.start : new Date(entry.occurrence.startMs),
    end: entry.allDay ? entry.occurrence.end : new Date(entry.occurrence.endMs),
    allDay: entry.allDay,
  }));
}

/** Model in memory → our month painted. */
async function renderOurs(date: string): Promise<{ ms: number; nodes: number; events: number }> {
  const started = performance.now();
  const calendar = document.createElement('learning-calendar') as LearningCalendar;
  ours = calendar;
  calendar.view = 'month';
  calendar.date = date;
  feed!.append(calendar);
  const shadow = calendar.shadowRoot!;
  await whenFound([shadow], () => shadow.querySelector('button.event'));
  await calendar.updateComplete;
  const painted = await afterNextPaint();
  return { ms: painted - started, nodes: countNodes(calendar), events: shadow.querySelectorAll('button.event').length };
}

/** Converts the month's occurrences (timed separately), then events in memory → FullCalendar's month painted. */
async function renderFullCalendar(from: string, to: string, date: string): Promise<{ ms: number; convertMs: number; nodes: number; events: number }> {
  const convertStarted = performance.now();
  const events = eventsBetween(from, to);
  const convertMs = performance.now() - convertStarted;
  const started = performance.now();
  box = document.createElement('div');
  document.body.append(box);
  theirs = new Calendar(box, {
    plugins: [dayGridPlugin, classicThemePlugin],
    initialView: 'dayGridMonth',
    initialDate: date,
    timeZone: 'local', // the page runs in Europe/London, the feed's zone
    dayMaxEvents: 3, // as <learning-calendar>'s default day-max-events
    events,
  });
  theirs.render();
  // Drawn once an event's title is in the grid (FullCalendar may render after render() returns).
  const title = events[0]?.title ?? '';
  await whenFound([box], () => (box!.textContent?.includes(title) ? box : null));
  const painted = await afterNextPaint();
  return { ms: painted - started, convertMs, nodes: countNodes(box), events: events.length };
}

/** Whether FullCalendar's render() draws synchronously (checked once, to know what the timing covers). */
function fullCalendarRendersSynchronously(): boolean {
  const probe = document.createElement('div');
  document.body.append(probe);
  const calendar = new Calendar(probe, { plugins: [dayGridPlugin, classicThemePlugin], initialView: 'dayGridMonth', initialDate: '2026-03-01' });
  calendar.render();
  const drawn = probe.querySelectorAll('*').length;
  calendar.destroy();
  probe.remove();
  return drawn > 50;
}

/** Our "next month" button → the new month painted. */
async function nextOurs(): Promise<{ ms: number; events: number }> {
  const shadow = ours!.shadowRoot!;
  const heading = shadow.querySelector('h2')!.textContent;
  const started = performance.now();
  shadow.querySelectorAll<HTMLButtonElement>('.nav button.arrow')[1]!.click();
  await ours!.updateComplete;
  const painted = await afterNextPaint();
  if (shadow.querySelector('h2')!.textContent === heading) throw new Error('The month did not change');
  return { ms: painted - started, events: shadow.querySelectorAll('button.event').length };
}

/** FullCalendar's next() → the new month painted. */
async function nextFullCalendar(): Promise<{ ms: number }> {
  const before = box!.textContent;
  const started = performance.now();
  theirs!.next();
  await whenFound([box!], () => (box!.textContent !== before ? box : null));
  const painted = await afterNextPaint();
  return { ms: painted - started };
}

/** FullCalendar with a year of our occurrences, for paging months (conversion not timed). */
async function fullCalendarYear(from: string, to: string, date: string): Promise<{ ms: number; events: number }> {
  const result = await renderFullCalendar(from, to, date);
  return { ms: result.ms, events: result.events };
}

expose({ fullCalendarRendersSynchronously, loadFeed, renderOurs, renderFullCalendar, nextOurs, nextFullCalendar, fullCalendarYear });
