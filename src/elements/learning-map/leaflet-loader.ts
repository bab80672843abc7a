/**
 * Loads Leaflet on first use with a dynamic `import()`, so pages without a map never download it and
 * the CDN build puts it in its own chunk. The ES module build is used: it sets no `window.L` and
 * runs no `eval`. It is our vendored copy (src/vendor/leaflet, made by scripts/vendor-leaflet.mjs):
 * Leaflet 1.9 with the innerHTML assignments the map reaches replaced by DOM calls, so the map also
 * runs on pages that enforce Trusted Types, without anyone installing a 'default' policy. Leaflet's CSS comes with engine.ts and is adopted into each map's shadow
 * root (leaflet-styles.ts), never added to the page's <head>.
 */
import type * as Leaflet from 'leaflet';
import type * as Engine from './engine.js';

export type LeafletModule = typeof Leaflet;

/** Leaflet and our side of the drawn map (engine.ts), loaded together. */
export interface MapEngine {
  leaflet: LeafletModule;
  MapView: typeof Engine.MapView;
  adoptLeafletStyles: typeof Engine.adoptLeafletStyles;
}

let loading: Promise<LeafletModule> | undefined;

/** Leaflet's module; the same promise for every map on the page. A failed load is retried on the next call. */
export function loadLeaflet(): Promise<LeafletModule> {
  loading ??= import('../../vendor/leaflet/leaflet-src.esm.js').then(
    (module) => module as unknown as LeafletModule,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

let engine: Promise<MapEngine> | undefined;

/**
 * Leaflet and engine.ts, fetched in parallel (two chunks, no waterfall); the same promise for every
 * map on the page, retried on the next call after a failure.
 */
export function loadMapEngine(): Promise<MapEngine> {
  engine ??= Promise.all([loadLeaflet(), import('./engine.js')]).then(
    ([leaflet, module]) => ({ leaflet, MapView: module.MapView, adoptLeafletStyles: module.adoptLeafletStyles }),
    (error: unknown) => {
      engine = undefined;
      throw error;
    },
  );
  return engine;
}

/**
 * What to tell the webmaster when Leaflet did not load. The vendored Leaflet assigns no HTML string
 * while it loads, so a Trusted Types error here means a patch is missing (a Leaflet upgrade without
 * re-running scripts/vendor-leaflet.mjs): say so, rather than asking the page for a 'default' policy.
 */
export function leafletFailureMessage(error: unknown): string {
  const trustedTypes = error instanceof TypeError && /TrustedHTML|Trusted ?Types/i.test(error.message);
  if (trustedTypes) {
    return (
      '<learning-map>: this page enforces Trusted Types and the map library was refused while loading, so the map ' +
      'cannot start; showing the list of places instead. This is a bug in learning-city-widgets, please report it. ' +
      String(error)
    );
  }
  return `<learning-map>: the map library could not be loaded; showing the list of places instead. ${String(error)}`;
}
