import { expect, html } from '@open-wc/testing';
import { CITY_FEED, CalendarPage, pressKey, textOf } from './calendar-page.js';

async function month(date: string, extra: { firstDay?: string } = {}): Promise<CalendarPage> {
  return CalendarPage.open(html`<learning-calendar lang="en-GB" src=${CITY_FEED} view="month" date=${date} first-day=${extra.firstDay ?? ''}
    style="width: 900px"></learning-calendar>`);
}

describe('<learning-calendar> month grid keyboard (APG date grid)', () => {
  it('is an accessible grid with exactly one day in the tab order', async () => {
    const page = await month('2026-03-19');
    const grid = page.root.querySelector('table')!;
    expect(grid.getAttribute('role')).to.equal('grid');
    expect(page.tabbableDays()).to.deep.equal(['2026-03-19']);
    expect(page.root.querySelectorAll('td[data-date]').length).to.equal(42);
    await expect(page.element).to.be.accessible();
  });

  it('names each day by its full date and how many events it has', async () => {
    const page = await month('2026-03-19');
    // Chromium's ICU writes "Thursday, 19 March 2026" for en-GB, Node's "Thursday 19 March 2026": either is right.
    expect(page.dayName('2026-03-19')).to.match(/^Thursday,? 19 March 2026, 5 events$/);
    expect(page.dayName('2026-03-13')).to.match(/^Friday,? 13 March 2026, 1 event$/);
    expect(page.dayName('2026-03-11')).to.match(/^Wednesday,? 11 March 2026, no events$/);
  });

  it('moves by day and week with the arrows, and Home/End to the edges of a Monday-first week', async () => {
    const page = await month('2026-03-19');
    await page.focusDay('2026-03-19');
    const visited: Array<string | undefined> = [];
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowUp', 'Home', 'End']) {
      await page.press(key);
      visited.push(page.focusedDate());
    }
    expect(visited).to.deep.equal(['2026-03-20', '2026-03-27', '2026-03-26', '2026-03-19', '2026-03-12', '2026-03-09', '2026-03-15']);
    expect(page.tabbableDays()).to.deep.equal(['2026-03-15']);
  });

  it('crosses into the next month with the arrows and announces the new month', async () => {
    const page = await month('2026-03-31');
    await page.focusDay('2026-03-31');
    await page.press('ArrowDown');
    expect(page.focusedDate()).to.equal('2026-04-07');
    expect(page.heading()).to.equal('April 2026');
    expect(page.root.querySelector('h2')!.getAttribute('aria-live')).to.equal('polite');
    expect(page.dayCell('2026-04-07').classList.contains('outside')).to.equal(false);
  });

  it('PageUp from 31 January goes to 31 Dec, 30 Nov, then back to 31 Oct', async () => {
    const page = await month('2026-01-31');
    await page.focusDay('2026-01-31');
    const visited: Array<string | undefined> = [];
    for (let step = 0; step < 3; step++) {
      await page.press('PageUp');
      visited.push(page.focusedDate());
    }
    expect(visited).to.deep.equal(['2025-12-31', '2025-11-30', '2025-10-31']);
    expect(page.heading()).to.equal('October 2025');
  });

  it('Shift+PageUp moves by a year and comes back to 29 February in a leap year', async () => {
    const page = await month('2024-02-29');
    await page.focusDay('2024-02-29');
    const visited: Array<string | undefined> = [];
    for (let step = 0; step < 4; step++) {
      await page.press('Shift+PageUp');
      visited.push(page.focusedDate());
    }
    expect(visited).to.deep.equal(['2023-02-28', '2022-02-28', '2021-02-28', '2020-02-29']);
    await page.press('Shift+PageDown');
    expect(page.focusedDate()).to.equal('2021-02-28');
  });

  it('PageDown keeps the remembered day through a short month', async () => {
    const page = await month('2026-01-31');
    await page.focusDay('2026-01-31');
    await page.press('PageDown');
    expect(page.focusedDate()).to.equal('2026-02-28');
    await page.press('PageDown');
    expect(page.focusedDate()).to.equal('2026-03-31');
  });

  it('first-day="sun" starts weeks on Sunday: Home goes to Sunday', async () => {
    const page = await month('2026-03-19', { firstDay: 'sun' });
    expect(textOf(page.root.querySelector('thead th'))).to.contain('Sunday');
    await page.focusDay('2026-03-19');
    await page.press('Home');
    expect(page.focusedDate()).to.equal('2026-03-15');
  });

  it('Enter opens the day\'s full list in a dialog, Escape closes it and focus returns to the day', async () => {
    const page = await month('2026-03-19');
    await page.focusDay('2026-03-19');
    await page.press('Enter');
    const dialog = page.dialog();
    expect(dialog.open).to.equal(true);
    expect(textOf(dialog.querySelector('h2'))).to.match(/^Thursday,? 19 March 2026$/);
    expect(page.eventButtons(dialog).map((button) => textOf(button.querySelector('.title')))).to.deep.equal([
      'Poetry morning', 'Knit and natter', 'Chess club', 'Library tour', 'Film night',
    ]);
    await expect(page.element).to.be.accessible();
    await page.press('Escape');
    expect(dialog.open).to.equal(false);
    expect(page.focusedDate()).to.equal('2026-03-19');
  });

  it('Tab leaves the grid: no keyboard trap', async () => {
    const page = await month('2026-03-19');
    const after = document.createElement('button');
    after.textContent = 'after';
    page.element.after(after);
    await page.focusDay('2026-03-19');
    await pressKey('Tab');
    expect(document.activeElement).to.equal(after);
    await pressKey('Shift+Tab');
    await page.settle();
    expect(page.focusedDate()).to.equal('2026-03-19');
    after.remove();
  });
});
