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
