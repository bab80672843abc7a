import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { CITY_FEED, FIRST_LOAD_TIMEOUT, MapPage, NO_TILES, press } from './map-page.js';

const CITY_ZOOM = 13;

function cityMap(): Promise<MapPage> {
  // A fixed centre and zoom: Central Library and its annex (50 m apart) cluster, the others stand alone.
  return MapPage.open(html`<learning-map lang="en" src=${CITY_FEED} tiles=${NO_TILES} attribution="Test tiles"
    center="53.44,-2.31" zoom=${CITY_ZOOM} style="width: 800px"></learning-map>`);
}

/** A feed of `count` places on a grid over Greater Manchester, one opportunity each (two for even ones). */
function bigFeedUrl(count: number): string {
  const places = [];
  const opportunities = [];
  for (let index = 0; index < count; index++) {
    const latitude = 53.3 + Math.floor(index / 100) * 0.002;
    const longitude = -2.5 + (index % 100) * 0.004;
    places.push({ id: `p${index}`, name: `Place ${index}`, geo: { latitude, longitude } });
    opportunities.push({ id: `o${index}`, name: `Class ${index}`, location: `p${index}`, startDate: '2030-01-01' });
    if (index % 2 === 0) opportunities.push({ id: `o${index}b`, name: `Club ${index}`, location: `p${index}`, startDate: '2030-01-02' });
  }
  const feed = { version: '1.0', id: 'https://example.org/big.json', language: 'en', timeZone: 'Europe/London', places, opportunities };
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}

describe('<learning-map> markers and clusters', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('draws one named marker per place and clusters places that are close together', async () => {
    const page = await cityMap();
    expect(page.markerNames()).to.deep.equal(['Stretford Museum — 1 opportunity', 'Town Hall — 2 opportunities']);
    expect(page.clusterNames()).to.deep.equal(['2 places, 4 opportunities — zoom in']);
    // The visible count on a cluster is its opportunities; the name says the rest.
    const cluster = page.root.querySelector('[part="cluster"]')!;
    expect(cluster.textContent?.trim()).to.equal('4');
    await expect(page.element).to.be.accessible();
  });

  it('fits the initial view to the data when no centre is given', async () => {
    const page = await MapPage.open(html`<learning-map lang="en" src=${CITY_FEED} tiles=${NO_TILES} attribution="Test tiles" style="width: 800px"></learning-map>`);
    const drawn = page.markerButtons().map((button) => button.getAttribute('aria-label'));
    // All four places are in view: the cluster (2) plus two single places.
    expect(drawn.length).to.equal(3);
    const mapBox = page.root.querySelector('.map')!.getBoundingClientRect();
    for (const button of page.markerButtons()) {
      const box = button.getBoundingClientRect();
      expect(box.left).to.be.within(mapBox.left, mapBox.right);
      expect(box.top).to.be.within(mapBox.top, mapBox.bottom);
    }
  });

  it('zooms into a cluster on click until its places stand alone', async () => {
    const page = await cityMap();
    page.root.querySelector<HTMLButtonElement>('[part="cluster"]')!.click();
    await waitUntil(() => page.clusterNames().length === 0 && page.markerNames().includes('Central Library — 3 opportunities'), 'the cluster did not split', {
      timeout: 5000,
    });
    expect(page.zoom()).to.be.greaterThan(CITY_ZOOM);
    expect(page.markerNames()).to.include('Library Annex — 1 opportunity');
  });

  it('zooms into a cluster with Enter, without animation when motion is reduced, and keeps focus on its first part', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const page = await cityMap();
    const cluster = page.root.querySelector<HTMLButtonElement>('[part="cluster"]')!;
    cluster.focus();
    await press('Enter');
    // No fly animation: the new view is there as soon as the key is handled.
    expect(page.zoom()).to.be.greaterThan(CITY_ZOOM);
    expect(page.clusterNames()).to.deep.equal([]);
    const focused = page.focused();
    expect(focused?.getAttribute('part')).to.equal('marker');
    expect(focused?.getAttribute('aria-label')).to.match(/^(Central Library — 3 opportunities|Library Annex — 1 opportunity)$/);
  });

  it('puts markers and clusters in the tab order after the map, as buttons with names', async () => {
    const page = await cityMap();
    page.button('Near me').focus();
    await press('Tab');
    expect(page.focused()?.classList.contains('leaflet-container')).to.equal(true);
    expect(page.focused()?.getAttribute('aria-label')).to.equal('Map of learning places');
    const reached: string[] = [];
    for (let step = 0; step < 3; step++) {
      await press('Tab');
      const focused = page.focused();
      expect(focused?.tagName).to.equal('BUTTON');
      reached.push(focused?.getAttribute('aria-label') ?? '');
    }
    expect(reached.sort()).to.deep.equal(['2 places, 4 opportunities — zoom in', 'Stretford Museum — 1 opportunity', 'Town Hall — 2 opportunities']);
    // Onwards to the zoom controls and out of the map: no trap.
    await press('Tab');
    expect(page.focused()?.getAttribute('aria-label')).to.equal('Zoom in');
  });

  it('keeps the markers that stay in view when the map is dragged, so focus stays on them', async () => {
    const page = await cityMap();
    const townHall = page.marker('Town Hall');
    townHall.focus();
    // 450 px east: Town Hall stays in view; Stretford Museum and the library cluster leave it.
    await page.panBy(450, 0);
    expect(page.marker('Town Hall')).to.equal(townHall);
    expect(page.focused()).to.equal(townHall);
    expect(page.markerNames()).to.deep.equal(['Town Hall — 2 opportunities']);
    expect(page.clusterNames()).to.deep.equal([]);
    await page.panBy(-450, 0);
    expect(page.marker('Town Hall')).to.equal(townHall);
    expect(page.markerNames()).to.deep.equal(['Stretford Museum — 1 opportunity', 'Town Hall — 2 opportunities']);
    expect(page.clusterNames()).to.deep.equal(['2 places, 4 opportunities — zoom in']);
  });

  it('renames the markers already drawn when the language changes', async () => {
    const page = await cityMap();
    const townHall = page.marker('Town Hall');
    page.element.setAttribute('lang', 'de');
    await page.settle();
    expect(page.marker('Town Hall')).to.equal(townHall);
    expect(page.markerNames()).to.deep.equal(['Stretford Museum — 1 Angebot', 'Town Hall — 2 Angebote']);
    expect(page.clusterNames()).to.deep.equal(['2 Orte, 4 Angebote — vergrößern']);
  });

  it('names markers in the page language', async () => {
    const page = await MapPage.open(html`<learning-map lang="fr" src=${CITY_FEED} tiles=${NO_TILES} attribution="Test tiles"
      center="53.44,-2.31" zoom=${CITY_ZOOM}></learning-map>`);
    expect(page.markerNames()).to.deep.equal(['Stretford Museum — 1 activité', 'Town Hall — 2 activités']);
    expect(page.clusterNames()).to.deep.equal(['2 lieux, 4 activités — zoomer']);
    expect(page.root.querySelector('.leaflet-control-zoom-in')!.getAttribute('aria-label')).to.equal('Zoom avant');
  });

  it('keeps 10 000 places to a few hundred DOM markers that still account for every opportunity', async () => {
    const url = bigFeedUrl(10_000);
    try {
      const el = await fixture(html`<learning-map lang="en" src=${url} tiles=${NO_TILES} attribution="Test tiles" style="width: 800px"></learning-map>`);
      const page = new MapPage(el as MapPage['element']);
      await page.ready();
      await waitUntil(() => page.markerButtons().length > 0, 'nothing drawn', { timeout: FIRST_LOAD_TIMEOUT });
      const buttons = page.markerButtons();
      expect(buttons.length).to.be.lessThan(400);
      // English digit grouping: a cluster of thousands reads "1,250".
      const total = buttons.reduce((sum, button) => sum + Number(button.textContent?.replaceAll(',', '')), 0);
      expect(total).to.equal(15_000);
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});
