// Leaflet is loaded lazily and stays inside the shadow root. Each Web Test Runner file runs in its
// own page, so the first test here sees a page where no map has connected yet.
import { expect, fixture, html } from '@open-wc/testing';
import { CITY_FEED, MapPage, NO_TILES } from './map-page.js';

function leafletRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/leaflet/'));
}

function documentStyles(): Element[] {
  return [...document.querySelectorAll('style, link[rel="stylesheet"]')];
}

describe('<learning-map> loading and isolation', () => {
  it('downloads Leaflet only when a map connects, and adds nothing to the page head', async () => {
    const headBefore = [...document.head.children];
    const stylesBefore = documentStyles();
    const adoptedBefore = document.adoptedStyleSheets.length;
    // The define module is imported (by map-page.ts) but no map is on the page yet.
    expect(customElements.get('learning-map')).to.not.equal(undefined);
    expect(leafletRequests()).to.deep.equal([]);

    const page = await MapPage.open(html`<learning-map lang="en" src=${CITY_FEED} tiles=${NO_TILES} attribution="Test tiles"></learning-map>`);

    expect(leafletRequests().some((name) => name.includes('leaflet-src.esm.js'))).to.equal(true);
    expect([...document.head.children]).to.deep.equal(headBefore);
    expect(documentStyles()).to.deep.equal(stylesBefore);
    expect(document.adoptedStyleSheets.length).to.equal(adoptedBefore);
    expect((window as unknown as { L?: unknown }).L).to.equal(undefined);
    await expect(page.element).to.be.accessible();
  });

  it('carries Leaflet\'s stylesheet in its shadow root, so panes and markers are laid out', async () => {
    const page = await MapPage.open(html`<learning-map lang="en" src=${CITY_FEED} tiles=${NO_TILES} attribution="Test tiles"></learning-map>`);
    const rules = page.root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    expect(rules.some((rule) => rule.startsWith('.leaflet-pane'))).to.equal(true);
    // Leaflet's CSS positions panes absolutely; without it they would stack in the page flow.
    const pane = page.root.querySelector('.leaflet-marker-pane')!;
    expect(getComputedStyle(pane).position).to.equal('absolute');
    const marker = page.markerButtons()[0]!;
    const box = marker.getBoundingClientRect();
    const mapBox = page.root.querySelector('.map')!.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(20);
    expect(box.left).to.be.within(mapBox.left, mapBox.right);
    expect(box.top).to.be.within(mapBox.top, mapBox.bottom);
  });

  it('shows the tile attribution and labelled zoom controls inside the map', async () => {
    const page = await MapPage.open(
      html`<learning-map lang="en" src=${CITY_FEED} tiles=${NO_TILES} attribution='© <a href="https://example.org/tiles">Example tiles</a><img src="x" onerror="alert(1)">'></learning-map>`,
    );
    const attribution = page.root.querySelector('.leaflet-control-attribution')!;
    expect(attribution.textContent).to.contain('Example tiles');
    expect(attribution.querySelector('a[href="https://example.org/tiles"]')).to.not.equal(null);
    expect(attribution.querySelector('img')).to.equal(null);
    const zoomIn = page.root.querySelector('.leaflet-control-zoom-in')!;
    const zoomOut = page.root.querySelector('.leaflet-control-zoom-out')!;
    expect(zoomIn.getAttribute('aria-label')).to.equal('Zoom in');
    expect(zoomOut.getAttribute('aria-label')).to.equal('Zoom out');
  });

  it('credits OpenStreetMap when no tiles are set (no tile is requested: the map has no size yet)', async () => {
    // 0 px wide: Leaflet asks for no tiles, so this test stays offline while checking the default.
    const el = await fixture(html`<learning-map lang="en" src=${CITY_FEED} style="--learning-map-height: 0px; width: 0"></learning-map>`);
    await (el as HTMLElement & { mapReady(): Promise<void> }).mapReady();
    const attribution = el.shadowRoot!.querySelector('.leaflet-control-attribution')!;
    expect(attribution.querySelector('a[href="https://www.openstreetmap.org/copyright"]')?.textContent).to.equal('OpenStreetMap');
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('tile.openstreetmap.org'))).to.equal(false);
  });

  it('runs under a strict Content Security Policy without violations', async () => {
    const violations: string[] = [];
    const record = (event: SecurityPolicyViolationEvent) => violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    document.addEventListener('securitypolicyviolation', record);
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    // data: images are Leaflet's way of cancelling tile downloads when the view moves (documented for webmasters).
    meta.content = "script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'";
    document.head.append(meta);
    try {
      const page = await MapPage.open(html`<learning-map lang="en" src=${CITY_FEED} tiles=${NO_TILES} attribution="Test tiles"></learning-map>`);
      await page.marker('Town Hall').click();
      await page.waitForPopup();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(violations).to.deep.equal([]);
    } finally {
      document.removeEventListener('securitypolicyviolation', record);
    }
  });
});
