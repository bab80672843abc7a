import { expect, html, waitUntil } from '@open-wc/testing';
import { CITY_FEED, MapPage } from './map-page.js';

/** One small tile for every {z}/{x}/{y}: loaded tiles are visible, so what shows past the map box can be checked. */
const PLAIN_TILE = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#cde"/></svg>')}`;

describe('<learning-map> box', () => {
  it('shows nothing of its tiles outside the map box, though tiles reach past it', async () => {
    const page = await MapPage.open(html`<learning-map lang="en" src=${CITY_FEED} tiles=${PLAIN_TILE} attribution="Plain tiles"
      style="display: block; width: 300px; margin: 150px; --learning-map-height: 200px"></learning-map>`);
    await waitUntil(() => page.root.querySelectorAll('img.leaflet-tile-loaded').length > 0, 'no tile loaded', { timeout: 5000 });
    // Tiles let clicks through to the map; made hittable here, hit testing tells what is painted where.
    const hittable = new CSSStyleSheet();
    hittable.replaceSync('.leaflet-tile-container, .leaflet-tile { pointer-events: auto !important; }');
    page.root.adoptedStyleSheets = [...page.root.adoptedStyleSheets, hittable];
    const mapBox = page.root.querySelector('.map')!.getBoundingClientRect();
    const tiles = [...page.root.querySelectorAll<HTMLImageElement>('img.leaflet-tile-loaded')];
    const outside: Array<[number, number]> = [];
    for (const tile of tiles) {
      const box = tile.getBoundingClientRect();
      if (box.right > mapBox.right + 10) outside.push([mapBox.right + 10, Math.max(box.top, mapBox.top) + 10]);
      if (box.bottom > mapBox.bottom + 10) outside.push([Math.max(box.left, mapBox.left) + 10, mapBox.bottom + 10]);
      if (box.left < mapBox.left - 10) outside.push([mapBox.left - 10, Math.max(box.top, mapBox.top) + 10]);
      if (box.top < mapBox.top - 10) outside.push([Math.max(box.left, mapBox.left) + 10, mapBox.top - 10]);
    }
    expect(outside.length, 'no tile reaches past the map box, so this test checks nothing').to.be.greaterThan(0);
    const shownAt = (x: number, y: number) => (page.root.elementFromPoint(x, y)?.closest('.map') ? 'the map' : 'the page');
    expect(shownAt(mapBox.left + mapBox.width / 2, mapBox.top + mapBox.height / 2)).to.equal('the map');
    for (const [x, y] of outside) expect(shownAt(x, y), `at ${x},${y}, outside the map box`).to.equal('the page');
  });
});
