/**
 * Loads Leaflet on first use with a dynamic `import()`, so pages without a map never download it and
 * the CDN build puts it in its own chunk. The ES module build is used: it sets no `window.L` and
 * runs no `eval`. Leaflet's CSS is not loaded here: it is adopted into each map's shadow root
 * (leaflet-styles.ts), never added to the page's <head>.
 */
import type * as Leaflet from 'leaflet';

export type LeafletModule = typeof Leaflet;

let loading: Promise<LeafletModule> | undefined;

/** Leaflet's module; the same promise for every map on the page. A failed load is retried on the next call. */
export function loadLeaflet(): Promise<LeafletModule> {
  loading ??= import('leaflet/dist/leaflet-src.esm.js').then(
    (module) => module as unknown as LeafletModule,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * What to tell the webmaster when Leaflet did not load. Under an enforced Trusted Types policy
 * (`require-trusted-types-for 'script'`), Leaflet 1.9 fails while its module is evaluated: it probes
 * for inline SVG with `div.innerHTML = '<svg/>'`. A library must not install a page-wide 'default'
 * policy to get past that, so the page owner has to decide; say so plainly.
 */
export function leafletFailureMessage(error: unknown): string {
  const trustedTypes = error instanceof TypeError && /TrustedHTML|Trusted ?Types/i.test(error.message);
  if (trustedTypes) {
    return (
      '<learning-map>: this page enforces Trusted Types (require-trusted-types-for \'script\'), and the map library ' +
      '(Leaflet 1.9) assigns an HTML string to innerHTML while it loads, so it cannot start; showing the list of places instead. ' +
      'To show the map, the page needs its own Trusted Types "default" policy that lets Leaflet\'s markup through.'
    );
  }
  return `<learning-map>: the map library could not be loaded; showing the list of places instead. ${String(error)}`;
}
