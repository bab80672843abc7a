/**
 * Connecting and disconnecting: a removed calendar leaves no listener on window or on the print media
 * query behind, and a calendar moved to another place on the page keeps resizing, printing and paging.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { CITY_FEED, CalendarPage } from './calendar-page.js';
import '../../../src/elements/learning-calendar/define.js';
import type { LearningCalendar } from '../../../src/elements/learning-calendar/learning-calendar.js';

type Registration = { target: EventTarget; type: string; listener: unknown };

/** Records the listeners added to, and not yet removed from, window and media queries until `stop()`. */
function recordListeners(): { live(): string[]; stop(): void } {
  const registrations: Registration[] = [];
  const originals = [Window.prototype, MediaQueryList.prototype].map((proto) => ({ proto, add: proto.addEventListener, remove: proto.removeEventListener }));
  for (const { proto, add, remove } of originals) {
    proto.addEventListener = function (this: EventTarget, type: string, listener: unknown, ...rest: unknown[]) {
      registrations.push({ target: this, type, listener });
      return (add as (...args: unknown[]) => void).call(this, type, listener, ...rest);
    } as typeof proto.addEventListener;
    proto.removeEventListener = function (this: EventTarget, type: string, listener: unknown, ...rest: unknown[]) {
      const index = registrations.findIndex((entry) => entry.target === this && entry.type === type && entry.listener === listener);
      if (index >= 0) registrations.splice(index, 1);
      return (remove as (...args: unknown[]) => void).call(this, type, listener, ...rest);
    } as typeof proto.removeEventListener;
  }
  return {
    live: () => registrations.map((entry) => `${entry.target instanceof Window ? 'window' : 'media query'} ${entry.type}`).sort(),
    stop: () => {
      for (const { proto, add, remove } of originals) Object.assign(proto, { addEventListener: add, removeEventListener: remove });
    },
  };
}

describe('<learning-calendar> connecting and disconnecting', () => {
  it('listens for printing while on the page and removes every listener when removed', async () => {
    const recorder = recordListeners();
    try {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const calendar = Object.assign(document.createElement('learning-calendar') as LearningCalendar, { src: CITY_FEED, date: '2026-03-19' });
      host.append(calendar);
      await new CalendarPage(calendar).ready();
      expect(recorder.live()).to.deep.equal(['media query change', 'window afterprint', 'window beforeprint']);
      calendar.remove();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(recorder.live()).to.deep.equal([]);
    } finally {
      recorder.stop();
    }
  });

  it('a calendar moved to another container still switches to the list when narrow, prints every event and pages', async () => {
    const area = await fixture<HTMLElement>(html`<div><section id="wide" style="width: 1000px"></section><aside id="narrow" style="width: 420px"></aside></div>`);
    const calendar = document.createElement('learning-calendar') as LearningCalendar;
    Object.assign(calendar, { src: CITY_FEED, date: '2026-03-19', lang: 'en-GB' });
    area.querySelector('#wide')!.append(calendar);
    const page = new CalendarPage(calendar);
    await page.ready();
    expect(page.currentView()).to.equal('month');

    area.querySelector('#narrow')!.append(calendar); // a move: disconnected and connected in one task
    await new Promise((resolve) => setTimeout(resolve, 100));
    await page.settle();
    expect(page.currentView(), 'the moved calendar still measures itself').to.equal('agenda');

    area.querySelector('#wide')!.append(calendar);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await page.settle();
    expect(page.currentView()).to.equal('month');
    window.dispatchEvent(new Event('beforeprint'));
    expect(page.dayCell('2026-03-19').querySelectorAll('button.event').length, 'printing lists every event').to.equal(5);
    window.dispatchEvent(new Event('afterprint'));
    await page.clickNav('next');
    expect(page.heading()).to.equal('April 2026');
  });
});
