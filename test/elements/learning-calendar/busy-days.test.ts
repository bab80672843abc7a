/**
 * A day with more events than anyone can scan: its dialog lists them a page at a time with "Show more"
 * (focus moves to the first event added), and the week view draws a couple of dozen per day with
 * "+N more", which opens the day's list. What is drawn stays bounded however busy the day is.
 */
import { expect, html } from '@open-wc/testing';
import { WEEK_DAY_MAX_EVENTS } from '../../../src/elements/learning-calendar/week-view.js';
import { CalendarPage, textOf } from './calendar-page.js';
import { oneDayFeedUrl, weeklyFeedUrl } from './generated-feeds.js';

const elementsIn = (page: CalendarPage) => page.root.querySelectorAll('*').length;

describe('<learning-calendar> on very busy days', () => {
  it('a day\'s dialog shows 50 of its 100 events, then the rest on "Show more", focus on the first added', async () => {
    const page = await CalendarPage.open(html`<learning-calendar lang="en-GB" src=${weeklyFeedUrl(700)} view="month" date="2026-03-19"
      style="width: 1000px"></learning-calendar>`);
    page.dayCell('2026-03-19').querySelector<HTMLButtonElement>('.day-number')!.click();
    await page.settle();
    const dialog = page.dialog();
    const status = () => textOf(dialog.querySelector('[role="status"]'));
    expect(dialog.open).to.equal(true);
    expect(page.eventButtons(dialog).length).to.equal(50);
    expect(status()).to.equal('Showing 50 of 100 events');
    const showMore = dialog.querySelector<HTMLButtonElement>('button.show-more')!;
    expect(textOf(showMore)).to.equal('Show 50 more');
    await expect(page.element).to.be.accessible();

    showMore.focus();
    showMore.click();
    await page.settle();
    expect(page.eventButtons(dialog).length).to.equal(100);
    expect(page.root.activeElement, 'focus moves to the first event added').to.equal(page.eventButtons(dialog)[50]);
    expect(dialog.querySelector('button.show-more')).to.equal(null);
    expect(status()).to.equal('Showing 100 of 100 events');
  });

  it('a day of 5,000 sessions: the dialog and the week stay small, and "+N more" in the week opens the day', async () => {
    const page = await CalendarPage.open(html`<learning-calendar lang="en-GB" src=${oneDayFeedUrl(5000, '2026-03-19')} view="week" date="2026-03-19"
      style="width: 1000px"></learning-calendar>`);
    const column = page.root.querySelector(`.day-column[data-date="2026-03-19"]`)!;
    const more = page.root.querySelector<HTMLButtonElement>('.week-day[data-date="2026-03-19"] .more')!;
    expect(page.eventButtons(column).length).to.equal(WEEK_DAY_MAX_EVENTS);
    expect(textOf(more)).to.equal(`+${(5000 - WEEK_DAY_MAX_EVENTS).toLocaleString('en-GB')} more`);
    expect(elementsIn(page), 'elements in the shadow root, week').to.be.below(600);
    await expect(page.element).to.be.accessible();

    more.click();
    await page.settle();
    const dialog = page.dialog();
    expect(dialog.open).to.equal(true);
    expect(textOf(dialog.querySelector('h2'))).to.match(/^Thursday,? 19 March 2026$/);
    expect(page.eventButtons(dialog).length).to.equal(50);
    expect(textOf(dialog.querySelector('[role="status"]'))).to.equal('Showing 50 of 5,000 events');
    expect(elementsIn(page), 'elements in the shadow root, week and dialog').to.be.below(1200);
    console.log(`a day of 5,000 sessions: ${elementsIn(page)} elements with the week and its dialog open`);
  });
});
