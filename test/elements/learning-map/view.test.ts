import { expect, html, waitUntil } from '@open-wc/testing';
import { CITY_FEED, MapPage, NO_TILES, textOf } from './map-page.js';

type PositionCallback = (position: GeolocationPosition) => void;
type ErrorCallback = (error: GeolocationPositionError) => void;

/** Replaces navigator.geolocation for one test with a fake that answers `answer`. */
function fakeGeolocation(answer: (success: PositionCallback, failure: ErrorCallback) => void): () => void {
  const fake = { getCurrentPosition: answer } as unknown as Geolocation;
  Object.defineProperty(navigator, 'geolocation', { value: fake, configurable: true });
  return () => delete (navigator as unknown as { geolocation?: Geolocation }).geolocation;
}

function cityMap(attributes = { center: '53.44,-2.31', zoom: '13' }): Promise<MapPage> {
  return MapPage.open(html`<learning-map lang="en" src=${CITY_FEED} tiles=${NO_TILES} attribution="Test tiles"
    center=${attributes.center} zoom=${attributes.zoom} walk-radius="" style="width: 800px"></learning-map>`);
}

describe('<learning-map> tiles, view and location', () => {
  it('says so when tiles cannot load and keeps the places on a plain background', async () => {
    const page = await cityMap();
    await waitUntil(() => page.root.querySelector('[part="notice"]'), 'no notice after the tiles failed', { timeout: 5000 });
    expect(textOf(page.root.querySelector('[part="notice"]'))).to.equal(
      'The map background could not be loaded, so places are shown on a plain background.',
    );
    expect(page.markerButtons().length).to.equal(3);
    const background = getComputedStyle(page.root.querySelector('.leaflet-container')!).backgroundColor;
    expect(background).to.equal('rgb(243, 241, 234)');
    await expect(page.element).to.be.accessible();
  });

  it('opens on the given centre and zoom instead of fitting the data', async () => {
    const page = await cityMap({ center: '53.46,-2.33', zoom: '17' });
    expect(page.zoom()).to.equal(17);
    expect(page.markerNames()).to.deep.equal(['Stretford Museum — 1 opportunity']);
  });

  it('draws a 10-minute walk ring around each designated learning lighthouse only, with a legend', async () => {
    const page = await cityMap();
    // Central Library is designated; Town Hall's council is only a candidate.
    expect(page.root.querySelectorAll('path.learning-walk-ring').length).to.equal(1);
    expect(textOf(page.root.querySelector('.legend'))).to.equal('Circles: a 10-minute walk around each learning lighthouse');
  });

  it('speaks Arabic right-to-left around a left-to-right map', async () => {
    const page = await MapPage.open(html`<learning-map lang="ar" src=${CITY_FEED} tiles=${NO_TILES} attribution="Test tiles"
      center="53.46,-2.33" zoom="17"></learning-map>`);
    // The marker shows the digit, so its name carries it too (axe: label-content-name-mismatch).
    expect(page.markerNames()).to.deep.equal(['Stretford Museum — 1 فرصة']);
    expect(page.root.querySelector('.layout')!.getAttribute('dir')).to.equal('rtl');
    expect(page.root.querySelector('.map')!.getAttribute('dir')).to.equal('ltr');
    page.marker('Stretford Museum').click();
    const popup = await page.waitForPopup();
    expect(popup.getAttribute('dir')).to.equal('rtl');
    expect(textOf(popup.querySelector('.show-here'))).to.equal('اعرض ما يجري هنا');
    await expect(page.element).to.be.accessible();
  });

  it('tells the visitor plainly when location access is refused', async () => {
    const restore = fakeGeolocation((_success, failure) =>
      failure({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError),
    );
    try {
      const page = await cityMap();
      page.button('Near me').click();
      await page.settle();
      const message = page.root.querySelector('.message')!;
      expect(message.getAttribute('role')).to.equal('status');
      expect(textOf(message)).to.equal(
        'Location access was refused, so the map cannot centre on you. You can still browse the map or the list.',
      );
      expect(page.root.querySelector('.learning-here')).to.equal(null);
    } finally {
      restore();
    }
  });

  it('"Near me" marks the visitor\'s position and centres the map there', async () => {
    const restore = fakeGeolocation((success) =>
      success({ coords: { latitude: 53.46, longitude: -2.33, accuracy: 20 }, timestamp: Date.now() } as GeolocationPosition),
    );
    try {
      const page = await cityMap();
      page.button('Near me').click();
      await waitUntil(() => page.root.querySelector('.learning-here'), 'no "you are here" marker');
      expect(page.root.querySelector('.learning-here')!.getAttribute('aria-label')).to.equal('You are here');
      await waitUntil(() => page.markerNames().includes('Stretford Museum — 1 opportunity') && page.zoom() >= 15, 'the map did not centre on the visitor', {
        timeout: 5000,
      });
      await expect(page.element).to.be.accessible();
    } finally {
      restore();
    }
  });
});
