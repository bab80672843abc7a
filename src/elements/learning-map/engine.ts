/**
 * Everything only a drawn map needs, loaded with Leaflet behind the same lazy boundary
 * (leaflet-loader.ts, loadMapEngine): the Leaflet side of the element (map-view.ts, cluster-layer.ts),
 * clustering (supercluster), the credit line's parser and Leaflet's CSS. The list alternative, the
 * notices, filters and keyboard behaviour work without it.
 */
import { supportsAdoptingStyleSheets, type CSSResult } from 'lit';
import { leafletStyles } from './leaflet-styles.js';

export { MapView } from './map-view.js';

/**
 * Puts Leaflet's stylesheet into a map's shadow root, before the element's own sheets (which
 * restyle Leaflet's controls), ahead of the first tile. Adopted, so no inline <style> needs
 * 'unsafe-inline'; where adoptedStyleSheets is missing, a <style> as Lit itself would add (with its nonce).
 */
export function adoptLeafletStyles(root: ShadowRoot): void {
  const sheet = (leafletStyles as CSSResult).styleSheet;
  if (supportsAdoptingStyleSheets && sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
    return;
  }
  if (root.querySelector('style[data-leaflet]')) return;
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce !== undefined) style.setAttribute('nonce', nonce);
  style.dataset.leaflet = '';
  style.textContent = leafletStyles.cssText;
  root.prepend(style);
}
