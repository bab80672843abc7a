/**
 * Busy feeds stay light: the month draws only the events that fit each cell (all of them only while
 * printing), the list draws a page at a time with "Show more", and long titles never widen the page.
 */
import { expect, html } from '@open-wc/testing';
import { CalendarPage, textOf } from './calendar-page.js';
import { weeklyFeedUrl, weeklyMeetingsIn } from './generated-feeds.js';

const elementsIn = (page: CalendarPage) => page.root.querySelectorAll('*').length;

describe('<learning-calendar> with busy feeds', () => {
  it('month: 700 weekly series draw two chips and "+N more" per day, every event only while printing', async () => {
    const page = await CalendarPage.open(html`<learning-calendar lang="en-GB" src=${weeklyFeedUrl(700)} view="month" date="2026-03-19"
      style="width: 1000px"></learning-calendar>`);
    const cell = page.dayCell('2026-03-19'); // a Thursday: 100 of the series meet
    expect(page.eventButtons(cell).length).to.equal(2);
    expect(textOf(cell.querySelector('.more'))).to.equal('+98 more');
    expect(page.dayName('2026-03-19')).to.match(/^Thursday,? 19 March 2026, 100 events$/);
    expect(page.root.querySelectorAll('button.event').length, 'event buttons in the whole grid').to.equal(42 * 2);
    expect(elementsIn(page), 'elements in the shadow root').to.be.below(1500);

    window.dispatchEvent(new Event('beforeprint'));
    // Drawn before the event returns: the browser lays the page out for paper right after it.
    expect(cell.querySelectorAll('button.event').length).to.equal(100);
    window.dispatchEvent(new Event('afterprint'));
    await page.settle();
    expect(cell.querySelectorAll('button.event').length).to.equal(2);
    await expect(page.element).to.be.accessible();
  });

  it('list: 5,000 weekly series show 50 events, then 50 more per "Show more", with focus on the first one added', async () => {
    const total = weeklyMeetingsIn(5000, 3);
    const page = await CalendarPage.open(html`<learning-calendar lang="en-GB" src=${weeklyFeedUrl(5000)} view="agenda" date="2026-03-01"
      style="width: 380px"></learning-calendar>`);
    const status = () => textOf(page.root.querySelector('[role="status"]'));
    const showMore = () => page.root.querySelector<HTMLButtonElement>('button.show-more');
    expect(page.eventButtons().length).to.equal(50);
    expect(status()).to.equal(`Showing 50 of ${total.toLocaleString('en-GB')} events`);
    expect(textOf(showMore())).to.equal('Show 50 more');
    expect(elementsIn(page), 'elements in the shadow root').to.be.below(1000);
    expect(page.element.getBoundingClientRect().height, 'height of the list in px').to.be.below(8000);

    const fiftiethBefore = textOf(page.eventButtons()[49]);
    showMore()!.focus();
    showMore()!.click();
    await page.settle();
    expect(page.eventButtons().length).to.equal(100);
    expect(textOf(page.eventButtons()[49]), 'events already shown stay in place').to.equal(fiftiethBefore);
    expect(page.root.activeElement, 'focus moves to the first event added').to.equal(page.eventButtons()[50]);
    expect(status()).to.equal(`Showing 100 of ${total.toLocaleString('en-GB')} events`);
    await expect(page.element).to.be.accessible();

    await page.clickNav('next'); // a new month starts again from its first page
    expect(page.eventButtons().length).to.equal(50);
    expect(status()).to.equal(`Showing 50 of ${weeklyMeetingsIn(5000, 4).toLocaleString('en-GB')} events`);
  });

  it('list: the last "Show more" names what is left and goes away once everything is shown', async () => {
    const page = await CalendarPage.open(html`<learning-calendar lang="en-GB" src=${weeklyFeedUrl(14)} view="agenda" date="2026-03-01"></learning-calendar>`);
    const total = weeklyMeetingsIn(14, 3); // 61: two series a day
    expect(page.eventButtons().length).to.equal(50);
    const showMore = page.root.querySelector<HTMLButtonElement>('button.show-more')!;
    expect(textOf(showMore)).to.equal(`Show ${total - 50} more`);
    showMore.click();
    await page.settle();
    expect(page.eventButtons().length).to.equal(total);
    expect(page.root.querySelector('button.show-more')).to.equal(null);
    expect(textOf(page.root.querySelector('[role="status"]'))).to.equal(`Showing ${total} of ${total} events`);
  });

  it('a 200-character title is clipped in a 400 px month and wraps in the list; the page never scrolls sideways', async () => {
    const long = `${'Conversational Spanish for travellers and curious beginners '.repeat(4)}`.slice(0, 200);
    const unbroken = 'Supercalifragilistic'.repeat(10);
    const titles = (index: number) => (index === 0 ? long : index === 1 ? unbroken : `Stop ${index}`);
    const src = weeklyFeedUrl(3, { title: titles });
    const page = await CalendarPage.open(html`<learning-calendar lang="en-GB" src=${src} view="month" date="2026-03-16" style="width: 400px"></learning-calendar>`);
    const fits = (element: Element) => element.scrollWidth <= element.clientWidth + 1;
    const chip = page.eventButton(long, page.dayCell('2026-03-16'));
    expect(chip.getBoundingClientRect().right).to.be.at.most(page.dayCell('2026-03-16').getBoundingClientRect().right + 1);
    expect(fits(page.element), 'calendar').to.equal(true);
    expect(fits(document.documentElement), 'page').to.equal(true);

    page.element.view = 'agenda';
    await page.settle();
    expect(page.eventButton(long).getBoundingClientRect().width).to.be.at.most(400);
    expect(page.eventButton(unbroken).getBoundingClientRect().width).to.be.at.most(400);
    expect(fits(page.element), 'calendar').to.equal(true);
    expect(fits(document.documentElement), 'page').to.equal(true);
  });
});
