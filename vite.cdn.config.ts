/**
 * The CDN build: one self-contained, minified ES module per entry under dist/cdn/, with shared code
 * (Lit, core) split into chunks a browser caches once. Webmasters load it with
 * <script type="module" src="…/learning-city-widgets.js">; nothing is external.
 *
 * Each element can also be loaded alone (dist/cdn/<tag>.js) so a page with only a badge does not
 * pay for the map. Add a line to `cdnEntries` when an element gets a define module.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { visualizer } from 'rollup-plugin-visualizer';

/** Output name → source module. The first is the everything-bundle webmasters paste. */
export const cdnEntries: Record<string, string> = {
  'learning-city-widgets': 'src/learning-city-widgets.ts',
  'learning-feed': 'src/elements/learning-feed/define.ts',
  'learning-finder': 'src/elements/learning-finder/define.ts',
  'learning-calendar': 'src/elements/learning-calendar/define.ts',
  'learning-map': 'src/elements/learning-map/define.ts',
  'learning-lighthouse': 'src/elements/learning-lighthouse/define.ts',
};

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2021',
    minify: true,
    sourcemap: true,
    // scripts/size-report.mjs reads the chunk graph from here.
    manifest: true,
    // Not library mode: that keeps whitespace in ES output for the sake of downstream bundlers, but
    // these files go straight to browsers. JS entries with their exports kept do the same job.
    modulePreload: false,
    rolldownOptions: {
      input: Object.fromEntries(Object.entries(cdnEntries).map(([name, path]) => [name, `${root}${path}`])),
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        // Chunks are imported relative to the entry, so the bundle works from any CDN path.
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Keep the licence headers (/*! … */, @license, @preserve) of Lit, Leaflet and the rest in the
        // minified files: their licences ask for the notice to travel with the code.
        comments: { legal: true },
      },
    },
  },
  plugins: [
    visualizer({ filename: 'dist/cdn/bundle-report.html', template: 'treemap', gzipSize: true, title: 'learning-city-widgets CDN bundle' }),
  ],
});
