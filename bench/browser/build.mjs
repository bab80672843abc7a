// Bundles the benchmark pages (bench/browser/pages/*.ts, importing the library from src/) with esbuild
// into a temporary folder, minified as a production page would be, and writes their HTML, the
// comparison libraries' CSS and a tiny SVG map tile next to them.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const pagesDir = fileURLToPath(new URL('./pages/', import.meta.url));
const ENTRIES = ['finder', 'calendar', 'map'];

/** Stylesheets each page links (copied from node_modules), beyond what the elements bring themselves. */
const STYLESHEETS = {
  calendar: ['fullcalendar/skeleton.css', 'fullcalendar/themes/classic/theme.css', 'fullcalendar/themes/classic/palette.css'],
  map: ['leaflet/dist/leaflet.css', 'leaflet.markercluster/dist/MarkerCluster.css', 'leaflet.markercluster/dist/MarkerCluster.Default.css'],
};

const TILE_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#eef0e6"/><path d="M0 128H256M128 0V256" stroke="#d8dccb"/></svg>';

const PAGE_STYLE = 'body { margin: 0; font: 16px system-ui, sans-serif; } .bench-pin { background: #1d6fb8; border-radius: 50%; }';

/** Builds everything into `outDir`; resolves to each page's own bundle size in bytes (shared and lazy chunks not counted). */
export async function buildPages(outDir, { minify = true } = {}) {
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: Object.fromEntries(ENTRIES.map((name) => [name, `${pagesDir}${name}.ts`])),
    absWorkingDir: repoRoot,
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2021',
    minify,
    metafile: true,
    logLevel: 'warning',
    // Our source (experimentalDecorators) and tsconfig.json are read as the library's own build reads them.
    tsconfig: `${repoRoot}tsconfig.json`,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  for (const name of ENTRIES) {
    const links = (STYLESHEETS[name] ?? []).map((path) => {
      const file = path.replaceAll('/', '__');
      copyFileSync(`${repoRoot}node_modules/${path}`, `${outDir}/${file}`);
      return `<link rel="stylesheet" href="${file}">`;
    });
    writeFileSync(
      `${outDir}/${name}.html`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name} benchmark</title><link rel="icon" href="data:,">${links.join('')}` +
        `<style>${PAGE_STYLE}</style></head><body><script type="module" src="${name}.js"></script></body></html>\n`,
    );
  }
  writeFileSync(`${outDir}/tile.svg`, TILE_SVG);
  const sizes = {};
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const name = file.split('/').pop().replace(/\.js$/, '');
    if (ENTRIES.includes(name)) sizes[name] = output.bytes;
  }
  return sizes;
}
