import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { CITY_FEED, CalendarPage, textOf } from './calendar-page.js';

const times = (page: CalendarPage, title: string) =>
  page.eventButtons().filter((button) => textOf(button.querySelector('.title')) === title).map((button) => textOf(button.querySelector('.time')));

describe('<learning-calendar> views, zones and selection', () => {
  it('week view: the times of a weekly 18:00 London class stay 18:00 across the March and October changes', async () => {
    const page = await CalendarPage.open(html`<learning-calendar lang="en-GB" src=${CITY_FEED} view="week" date="2026-03-24" style="width: 1000px"></learning-calendar>`);
    expect(times(page, 'Code club')).to.deep.equal(['18:00–19:30']); // the week ending with the change on Sunday 29th
    await page.clickNav('next'); // the first week of summer time
    expect(times(page, 'Code club')).to.deep.equal(['18:00–19:30']);
    page.element.date = '2026-10-27'; // the week after the change back on 25 October
    await page.settle();
    expect(times(page, 'Code club')).to.deep.equal(['18:00–19:30']);
    // 18:00 is 75% down the day column; set through the CSSOM so a strict CSP allows it.
    expect(page.root.querySelector<HTMLElement>('.day-column[data-date="2026-10-27"] .timed')!.style.top).to.equal('75%');
    await expect(page.element).to.be.accessible();
  });

  it('timezone="America/Los_Angeles" shows the class at 11:00 while only the US has changed clocks, else 10:00', async () => {
    const page = await CalendarPage.open(html`<learning-calendar lang="en-GB" src=${CITY_FEED} view="agenda" date="2026-03-01"
      timezone="America/Los_Angeles" style="width: 1000px"></learning-calendar>`);
    expect(times(page, 'Code club')).to.deep.equal(['10:00–11:30', '11:00–12:30', '11:00–12:30', '11:00–12:30', '10:00–11:30']);
    page.element.date = '2026-10-01';
    await page.settle();
    expect(times(page, 'Code club')).to.deep.equal(['10:00–11:30', '10:00–11:30', '10:00–11:30', '11:00–12:30']);
    await expect(page.element).to.be.accessible();
  });

  it('uses a 12-hour clock for en-US', async () => {
    const page = await CalendarPage.open(html`<learning-calendar lang="en-US" src=${CITY_FEED} view="agenda" date="2026-03-01"></learning-calendar>`);
    expect(times(page, 'Arabic for beginners')[0]).to.match(/^5:00\s?–\s?6:00\sPM$/);
  });

  it('agenda groups by day, puts a three-day festival on each day, and strikes through the cancelled class with its status', async () => {
    const page = await CalendarPage.open(html`<learning-calendar lang="en-GB" src=${CITY_FEED} view="agenda" date="2026-03-01"></learning-calendar>`);
    const days = [...page.root.querySelectorAll<HTMLElement>('.agenda-day')].map((day) => day.dataset.date);
    expect(days).to.include.members(['2026-03-12', '2026-03-13', '2026-03-14']);
    for (const date of ['2026-03-12', '2026-03-13', '2026-03-14']) {
      expect(page.eventNames(page.root.querySelector(`.agenda-day[data-date="${date}"]`)!)[0]).to.contain('Book festival');
    }
    const cancelled = page.eventButtons(page.root.querySelector('.agenda-day[data-date="2026-03-10"]')!)[0]!;
    expect(textOf(cancelled)).to.equal('18:00–19:30, Code club, Sale Library, Cancelled');
    expect(getComputedStyle(cancelled.querySelector('.title')!).textDecorationLine).to.equal('line-through');
    expect(getComputedStyle(cancelled.querySelector('.status')!).textDecorationLine).to.equal('none');
    await expect(page.element).to.be.accessible();
  });

  it('month: a day with more events than fit shows "+N more", which opens the full list', async () => {
    const page = await CalendarPage.open(html`<learning-calendar lang="en-GB" src=${CITY_FEED} view="month" date="2026-03-19" style="width: 1000px"></learning-calendar>`);
    const cell = page.dayCell('2026-03-19');
    expect(page.eventButtons(cell).length).to.equal(2);
    const more = cell.querySelector<HTMLButtonElement>('.more')!;
    expect(textOf(more)).to.equal('+3 more');
    more.click();
    await page.settle();
    expect(page.dialog().open).to.equal(true);
    expect(page.eventButtons(page.dialog()).length).to.equal(5);
    await expect(page.element).to.be.accessible();
  });

  it('week: overlapping events sit side by side in columns', async () => {
    const page = await CalendarPage.open(html`<learning-calendar lang="en-GB" src=${CITY_FEED} view="week" date="2026-03-19" style="width: 1000px"></learning-calendar>`);
    const box = (title: string) => page.eventButton(title).getBoundingClientRect();
    const [poetry, knit, chess, tour] = ['Poetry morning', 'Knit and natter', 'Chess club', 'Library tour'].map(box);
    expect(knit!.left).to.be.greaterThan(poetry!.left + poetry!.width / 2);
    expect(Math.round(chess!.left)).to.equal(Math.round(poetry!.left)); // chess reuses poetry's column after 11:00
    expect(Math.round(knit!.width)).to.equal(Math.round(poetry!.width));
    expect(tour!.width).to.be.greaterThan(poetry!.width * 1.8);
    expect(knit!.top).to.be.greaterThan(poetry!.top);
  });

  it('switches views with the switcher and follows prev/next/today', async () => {
    const page = await CalendarPage.open(html`<learning-calendar lang="en-GB" src=${CITY_FEED} date="2026-03-19" style="width: 1000px"></learning-calendar>`);
    expect(page.currentView()).to.equal('month');
    expect(page.heading()).to.equal('March 2026');
    await page.clickNav('next');
    expect(page.heading()).to.equal('April 2026');
    await page.switchView('week');
    expect(page.currentView()).to.equal('week');
    expect(page.heading()).to.match(/^13\s?–\s?19 April 2026$/);
    await page.clickNav('previous');
    expect(page.heading()).to.match(/^6\s?–\s?12 April 2026$/);
    await page.switchView('agenda');
    await page.clickNav('today');
    expect(page.heading()).to.equal(new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date()));
    await expect(page.element).to.be.accessible();
  });

  it('switches to the list below 600 px of its own width, unless a view is pinned', async () => {
    const page = await CalendarPage.open(html`<learning-calendar lang="en-GB" src=${CITY_FEED} date="2026-03-19" style="width: 1000px"></learning-calendar>`);
    page.element.style.width = '420px';
    await new Promise((resolve) => setTimeout(resolve, 100));
    await page.settle();
    expect(page.currentView()).to.equal('agenda');
    page.element.style.width = '800px';
    await new Promise((resolve) => setTimeout(resolve, 100));
    await page.settle();
    expect(page.currentView()).to.equal('month');
    const pinned = await CalendarPage.open(html`<learning-calendar lang="en-GB" src=${CITY_FEED} view="week" date="2026-03-19" style="width: 420px"></learning-calendar>`);
    expect(pinned.currentView()).to.equal('week');
  });

  it('selecting an event fires learning-select and opens its details; cancelling the event keeps them closed', async () => {
    const page = await CalendarPage.open(html`<learning-calendar lang="en-GB" src=${CITY_FEED} view="agenda" date="2026-03-01"></learning-calendar>`);
    const heard = oneEvent(document, 'learning-select');
    page.eventButton('Arabic for beginners').click();
    const event = (await heard) as CustomEvent;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.opportunity.id).to.equal('arabic');
    expect(event.detail.occurrence.start).to.equal('2026-03-16T17:00:00+00:00');
    await page.settle();
    expect(page.dialog().open).to.equal(true);
    expect(page.dialog().getAttribute('aria-label')).to.equal('Arabic for beginners');
    expect(textOf(page.dialog().querySelector('.selected-occurrence'))).to.match(/^When Monday,? 16 March 2026, 17:00\s?–\s?18:00$/);
    const detail = page.dialog().querySelector('learning-opportunity-detail') as HTMLElement & { updateComplete: Promise<unknown> };
    await detail.updateComplete;
    expect(textOf(detail.shadowRoot!.querySelector('[part~="title"]'))).to.equal('Arabic for beginners');
    await expect(page.element).to.be.accessible();
    page.dialog().close();
    await page.settle();
    page.element.addEventListener('learning-select', (selected) => selected.preventDefault(), { once: true });
    page.eventButton('Film night').click();
    await page.settle();
    expect(page.dialog().open).to.equal(false);
  });

  it('right-to-left in Arabic: the grid mirrors and ArrowLeft moves forward in time', async () => {
    const page = await CalendarPage.open(html`<learning-calendar lang="ar-EG" src=${CITY_FEED} view="month" date="2026-03-19" style="width: 1000px"></learning-calendar>`);
    const calendar = page.root.querySelector('.calendar')!;
    expect(calendar.getAttribute('dir')).to.equal('rtl');
    const first = page.root.querySelector('tbody tr')!.children;
    expect(first[0]!.getBoundingClientRect().left).to.be.greaterThan(first[1]!.getBoundingClientRect().left);
    await page.focusDay('2026-03-19');
    await page.press('ArrowLeft');
    expect(page.focusedDate()).to.equal('2026-03-20');
    expect(page.eventButtons(page.dayCell('2026-03-16')).map((button) => textOf(button.querySelector('.title')))).to.deep.equal(['العربية للمبتدئين']);
    await expect(page.element).to.be.accessible();
  });

  it('applies the store\'s filters and the topics/organization presets', async () => {
    const page = await CalendarPage.open(html`<learning-calendar lang="en-GB" src=${CITY_FEED} view="agenda" date="2026-03-01" organization="stretford-museum"></learning-calendar>`);
    const titles = () => [...new Set(page.eventButtons().map((button) => textOf(button.querySelector('.title'))))].sort();
    expect(titles()).to.deep.equal(['Arabic for beginners', 'Book festival', 'Film night', 'Late-night reading']);
    page.element.topics = 'reading';
    await page.settle();
    expect(titles()).to.deep.equal(['Book festival', 'Late-night reading']);
    await expect(page.element).to.be.accessible();
  });

  it('print: the month shows every event of a day and no navigation', async () => {
    await setViewport({ width: 1100, height: 900 });
    const page = await CalendarPage.open(html`<learning-calendar lang="en-GB" src=${CITY_FEED} view="month" date="2026-03-19"></learning-calendar>`);
    await emulateMedia({ media: 'print' });
    try {
      // The print media query's change event (a frame or two later) re-renders with every event of each day.
      await waitUntil(() => page.eventButtons(page.dayCell('2026-03-19')).length === 5, 'the printed day does not list its 5 events');
      expect(page.root.querySelector('.nav')!.getClientRects().length).to.equal(0);
      expect(page.dayCell('2026-03-19').querySelector('.more')!.getClientRects().length).to.equal(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
