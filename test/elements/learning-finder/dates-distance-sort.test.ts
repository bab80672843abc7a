import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FinderPage, freezeClock, freshFeed, textOf } from './finder-page.js';

/** Sale town centre, a few hundred metres from Sale Waterside. */
const IN_SALE = { latitude: 53.425, longitude: -2.32 };

type Outcome = { position: typeof IN_SALE } | { errorCode: number };

/** Replaces navigator.geolocation for one test; the returned function puts the real one back. */
function stubGeolocation(outcome: Outcome): () => void {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
  const fake = {
    getCurrentPosition(success: PositionCallback, failure?: PositionErrorCallback | null) {
      setTimeout(() => {
        if ('position' in outcome) success({ coords: { ...outcome.position, accuracy: 30 }, timestamp: Date.now() } as unknown as GeolocationPosition);
        else failure?.({ code: outcome.errorCode, message: 'User denied Geolocation' } as GeolocationPositionError);
      }, 10);
    },
  };
  Object.defineProperty(navigator, 'geolocation', { value: fake, configurable: true });
  return () => {
    delete (navigator as unknown as Record<string, unknown>).geolocation;
    if (original && !('geolocation' in navigator)) Object.defineProperty(Navigator.prototype, 'geolocation', original);
  };
}

describe('<learning-finder> dates, distance and sort', () => {
  let restoreClock: () => void;
  let restoreGeo: (() => void) | undefined;
  beforeEach(() => {
    restoreClock = freezeClock();
  });
  afterEach(() => {
    restoreClock();
    restoreGeo?.();
    restoreGeo = undefined;
  });

  async function open(): Promise<FinderPage> {
    return FinderPage.open(html`<learning-finder lang="en-GB" src=${freshFeed()} style="width: 1000px"></learning-finder>`);
  }

  it('date presets count from "now" in the feed\'s zone (Wednesday 2 December 2026, 10:00 London)', async () => {
    const page = await open();
    await page.pickDates('Today');
    expect(page.titles()).to.deep.equal(['École des parents']);
    await page.pickDates('This weekend');
    expect(page.titles()).to.deep.equal(['English conversation for beginners', 'Local history walk']);
    await page.pickDates('Next 7 days');
    expect(page.titles()).to.deep.equal(['École des parents', 'English conversation for beginners', 'Local history walk', '어린이 코딩 교실', 'Code Club']);
    await page.pickDates('This month');
    expect(page.titles()).to.have.length(7);
    await page.pickDates('Any time');
    expect(page.titles()).to.have.length(9);
    await expect(page.element).to.be.accessible();
  });

  it('a custom date range keeps what happens within those days, repeating sessions included', async () => {
    const page = await open();
    await page.pickDates('Choose dates');
    await page.setCustomDates('2027-01-01', '2027-01-31');
    expect(page.titles()).to.deep.equal(['Code Club', 'Family pottery']);
    await expect(page.element).to.be.accessible();
  });

  it('"Near me" uses the position the browser shares, sorts by distance and shows it on the cards', async () => {
    restoreGeo = stubGeolocation({ position: IN_SALE });
    const page = await open();
    await page.press('Near me');
    await waitUntil(() => textOf(page.fieldset('distance')).includes('Near your location'), 'the position was not used');
    await page.settle();
    expect(page.titles()).to.deep.equal([
      'Author talk', 'Code Club', 'English conversation for beginners', 'Local history walk', '어린이 코딩 교실', 'École des parents', 'Family pottery',
    ]);
    expect(page.sortValue()).to.equal('distance');
    expect(page.cardText('Code Club')).to.match(/\d+ m away · \d+ min walk/);
    const radius = page.fieldset('distance')!.querySelector('select')!;
    radius.value = '2';
    radius.dispatchEvent(new Event('change', { bubbles: true }));
    await page.settle();
    expect(page.titles()).to.deep.equal(['Author talk', 'Code Club']);
    await expect(page.element).to.be.accessible();
  });

  it('says plainly when the visitor does not share their location', async () => {
    restoreGeo = stubGeolocation({ errorCode: 1 });
    const page = await open();
    await page.press('Near me');
    await waitUntil(() => page.fieldset('distance')!.querySelector('[role="alert"]'), 'no message was shown');
    expect(textOf(page.fieldset('distance')!.querySelector('[role="alert"]'))).to.equal(
      'Your browser did not share your location. You can choose a place instead.',
    );
    expect(page.titles()).to.have.length(9);
    await expect(page.element).to.be.accessible();
  });

  it('near a place typed by name, then back to any distance', async () => {
    const page = await open();
    const input = page.fieldset('distance')!.querySelector<HTMLInputElement>('input[type="text"]')!;
    input.focus();
    await sendKeys({ type: 'altrincham' });
    await sendKeys({ press: 'Enter' });
    await page.settle();
    expect(textOf(page.fieldset('distance')!.querySelector('.near-summary span'))).to.equal('Near Altrincham Library and Health Hub');
    expect(page.titles()).to.deep.equal(['École des parents', 'Family pottery', 'Author talk', 'Code Club']);
    await page.press('Any distance');
    expect(page.titles()).to.have.length(9);
  });

  it('sorts by name, by next date and, with a query, by best match; distance needs a centre', async () => {
    const page = await open();
    const options = [...page.root.querySelectorAll<HTMLOptionElement>('.sort option')];
    expect(options.filter((option) => option.disabled).map((option) => option.value)).to.deep.equal(['relevance', 'distance']);
    await page.sortBy('name');
    expect(page.titles()).to.deep.equal([
      'Author talk', 'British Sign Language taster', 'Code Club', 'École des parents', 'English conversation for beginners',
      'Family pottery', 'Local history walk', 'Spreadsheets for work', '어린이 코딩 교실',
    ]);
    await page.sortBy('next-date');
    expect(page.titles()[0]).to.equal('École des parents');
    expect(page.titles().at(-1)).to.equal('Author talk');
    await page.search('coding');
    await page.sortBy('relevance');
    expect(page.titles()).to.deep.equal(['어린이 코딩 교실', 'Code Club']);
  });
});
