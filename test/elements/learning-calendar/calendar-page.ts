/**
 * Page object for <learning-calendar>: what a visitor sees and does, so the tests read as steps
 * ("press PageUp, the 31st of December has focus") rather than shadow-DOM plumbing.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/elements/learning-calendar/define.js';
import type { LearningCalendar } from '../../../src/elements/learning-calendar/learning-calendar.js';

export const CITY_FEED = '/test/fixtures/calendar/city.json';

/** Text as a screen reader would get it from content: hidden helper text included, whitespace collapsed. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** sendKeys' `press` takes one key in Chromium's launcher; modifiers are held down around it. */
export async function pressKey(key: string): Promise<void> {
  const parts = key.split('+');
  const main = parts.pop()!;
  for (const modifier of parts) await sendKeys({ down: modifier });
  await sendKeys({ press: main });
  for (const modifier of parts.reverse()) await sendKeys({ up: modifier });
}

export class CalendarPage {
  constructor(readonly element: LearningCalendar) {}

  static async open(template: TemplateResult): Promise<CalendarPage> {
    const page = new CalendarPage(await fixture<LearningCalendar>(template));
    await page.ready();
    return page;
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** Waits for the feed to load (or fail) and the calendar to draw it. */
  async ready(): Promise<void> {
    await waitUntil(() => ['ready', 'stale', 'error'].includes(this.element.feedStatus), 'the feed did not load', { timeout: 8000 });
    await this.settle();
  }

  async settle(): Promise<void> {
    await this.element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await this.element.updateComplete;
    // An event's dialog shows the shared detail, which loads on first use: wait for it as a visitor would.
    if (this.root.querySelector('dialog learning-opportunity-detail')) await customElements.whenDefined('learning-opportunity-detail');
  }

  heading(): string {
    return textOf(this.root.querySelector('h2#calendar-heading'));
  }

  /** The date (YYYY-MM-DD) of the day that has keyboard focus in the month grid, if any. */
  focusedDate(): string | undefined {
    const active = this.root.activeElement;
    return active?.closest<HTMLElement>('td[data-date]')?.dataset.date;
  }

  /** Days whose focus target is in the tab order (a roving tabindex keeps exactly one). */
  tabbableDays(): string[] {
    return [...this.root.querySelectorAll<HTMLElement>('td[data-date] [tabindex="0"]')].map(
      (target) => target.closest<HTMLElement>('td')!.dataset.date!,
    );
  }

  /** The grid cell of a day. */
  dayCell(date: string): HTMLElement {
    const cell = this.root.querySelector<HTMLElement>(`td[data-date="${date}"]`);
    if (!cell) throw new Error(`No day cell for ${date} in the grid on screen (${this.heading()})`);
    return cell;
  }

  /** The accessible name of a day: what a screen reader says when the day gets focus. */
  dayName(date: string): string | null {
    return this.dayCell(date).querySelector('.day-number')!.getAttribute('aria-label');
  }

  /** A real key press (through the browser's input pipeline), e.g. "PageUp", "Shift+PageDown", "Enter". */
  async press(key: string): Promise<void> {
    await pressKey(key);
    await this.settle();
  }

  /** Clicks an empty part of the day's cell: the day becomes the grid's tab stop and takes focus. */
  async focusDay(date: string): Promise<void> {
    this.dayCell(date).click();
    await this.settle();
  }

  /** Event buttons a sighted visitor can see, within `scope` (default: the calendar body, not dialogs). */
  eventButtons(scope?: ParentNode): HTMLButtonElement[] {
    const buttons = [...(scope ?? this.root).querySelectorAll<HTMLButtonElement>('button[part~="event"]')];
    return buttons.filter((button) => (scope || !button.closest('dialog')) && button.getClientRects().length > 0);
  }

  eventNames(scope?: ParentNode): string[] {
    return this.eventButtons(scope).map((button) => textOf(button));
  }

  eventButton(title: string, scope?: ParentNode): HTMLButtonElement {
    const button = this.eventButtons(scope).find((candidate) => textOf(candidate.querySelector('.title')) === title);
    if (!button) throw new Error(`No visible event "${title}"; visible: ${this.eventNames(scope).join(' | ')}`);
    return button;
  }

  viewButtons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="view-switcher"] button')];
  }

  currentView(): string | undefined {
    return this.viewButtons().find((button) => button.getAttribute('aria-pressed') === 'true')?.dataset.view;
  }

  async switchView(view: 'month' | 'week' | 'agenda'): Promise<void> {
    const button = this.viewButtons().find((candidate) => candidate.dataset.view === view);
    if (!button) throw new Error(`No view button for ${view}`);
    button.click();
    await this.settle();
  }

  async clickNav(which: 'previous' | 'next' | 'today'): Promise<void> {
    const buttons = [...this.root.querySelectorAll<HTMLButtonElement>('.nav button')];
    buttons[{ previous: 0, today: 1, next: 2 }[which]]!.click();
    await this.settle();
  }

  dialog(): HTMLDialogElement {
    return this.root.querySelector('dialog')!;
  }
}
