// Prints the min+gzip size of every CDN entry (with the chunks it imports statically) and of every
// npm entry (bundled and minified the way an application bundler would). Run after `npm run build`.
//
// Two limits per entry, both min+gzip of the entry's first view: the entry, the chunks it imports and
// the chunks it loads with import() to show itself (what a page downloads before the element can show
// anything). Chunks loaded only when a visitor needs them (ON_DEMAND below) are listed apart:
//   goal     the budgets of issue #9 (badge 15, finder 30, calendar 30, everything 60 KB);
//   ceiling  what the build may not exceed today (--enforce fails the build above it). A ceiling only ever
//            moves down, towards its goal, when a change makes the bundle smaller.
// The map engine (Leaflet and what only a drawn map needs) is a lazy chunk and is not counted, as the issue says.
import { Buffer } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = new URL('../dist/', import.meta.url);

/** Entry label → { goal, ceiling } in KB (min+gzip, static imports included). */
const limitsKb = {
  'cdn learning-lighthouse': { goal: 15, ceiling: 48 },
  'cdn learning-finder': { goal: 30, ceiling: 71 },
  'cdn learning-calendar': { goal: 30, ceiling: 63.5 },
  'cdn learning-map': { goal: null, ceiling: 59 },
  'cdn learning-feed': { goal: null, ceiling: 36.5 },
  'cdn learning-city-widgets': { goal: 60, ceiling: 100.5 },
};

const gzipBytes = (code) => gzipSync(code, { level: 9 }).length;

/**
 * Lazy chunks a page loads only when a visitor needs them, by source module: they are listed apart and
 * not counted in an entry's first view. Any other import() (say, a parser loaded while the feed loads)
 * is part of the first view and counts.
 */
const ON_DEMAND = [
  { pattern: /vendor\/leaflet\/|learning-map\/engine\.ts$/, why: 'map engine: when a map first draws' },
  { pattern: /shared\/define-detail\.ts$/, why: 'detail: when a visitor opens an opportunity' },
  { pattern: /i18n\/translations\//, why: 'one language\'s words: on a page in that language' },
  { pattern: /core\/search\/search-index\.ts$|_search-index-/, why: 'search engine: built in idle time after the first results' },
  { pattern: /learning-finder\/topic-labels\.ts$|_topic-labels-/, why: 'topic words the search engine indexes (the finder has them anyway)' },
  { pattern: /core\/parse\/parse-feed\.ts$/, why: 'JSON syntax scanner: when a feed\'s text is not JSON' },
  { pattern: /data\/page-cache\.ts$/, why: 'offline copy: stores made with the cache option' },
];
const onDemandReason = (key) => ON_DEMAND.find(({ pattern }) => pattern.test(key))?.why;

/** Chunks some entry loads on demand: manifest key → { chunk, why }. */
const lazyChunks = new Map();

/**
 * CDN: walk Vite's manifest from each entry through its static imports and through the import()s that
 * are not on demand (those load for the first view anyway); on-demand chunks are listed apart.
 */
function cdnSizes() {
  const manifestUrl = new URL('cdn/.vite/manifest.json', dist);
  if (!existsSync(manifestUrl)) throw new Error('dist/cdn/.vite/manifest.json is missing: run `npm run build` first.');
  const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8'));
  const rows = [];
  for (const [id, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry) continue;
    const seen = new Set();
    const onDemand = new Set();
    const visit = (key) => {
      if (seen.has(key)) return;
      seen.add(key);
      for (const next of manifest[key]?.imports ?? []) visit(next);
      for (const next of manifest[key]?.dynamicImports ?? []) {
        if (onDemandReason(next)) onDemand.add(next);
        else visit(next);
      }
    };
    visit(id);
    for (const key of onDemand) if (!seen.has(key)) lazyChunks.set(key, { chunk: manifest[key], why: onDemandReason(key) });
    const files = [...seen].map((key) => manifest[key].file);
    const code = files.map((file) => readFileSync(new URL(`cdn/${file}`, dist)));
    rows.push({
      entry: `cdn ${chunk.name}`,
      files: files.length,
      minBytes: code.reduce((sum, buffer) => sum + buffer.length, 0),
      // Each file travels (and is compressed) on its own, so gzip them one by one.
      gzipBytes: code.reduce((sum, buffer) => sum + gzipBytes(buffer), 0),
      note: onDemand.size ? `+${onDemand.size} chunk(s) on demand` : '',
    });
  }
  return rows;
}

/** npm: bundle each `exports` entry from dist/ with its dependencies, minified, and measure the static graph. */
async function npmSizes() {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const rows = [];
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const file = typeof target === 'string' ? target : target.default ?? target.import;
    if (subpath.includes('*') || typeof file !== 'string' || !file.endsWith('.js')) continue;
    const result = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      publicDir: false,
      build: {
        write: false,
        minify: true,
        target: 'es2021',
        modulePreload: false,
        // Not library mode, which keeps whitespace in ES output: measure what an app bundler ships.
        rolldownOptions: {
          input: fileURLToPath(new URL(file, new URL('../', import.meta.url))),
          preserveEntrySignatures: 'strict',
          output: { format: 'es' },
        },
      },
    });
    const output = (Array.isArray(result) ? result : [result]).flatMap((bundle) => bundle.output);
    const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
    const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
    const seen = new Set();
    const visit = (name) => {
      if (seen.has(name) || !chunks.has(name)) return;
      seen.add(name);
      for (const next of chunks.get(name).imports) visit(next);
    };
    visit(entry.fileName);
    const code = [...seen].map((name) => chunks.get(name).code);
    rows.push({
      entry: `npm ${subpath}`,
      files: code.length,
      minBytes: code.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
      gzipBytes: code.reduce((sum, text) => sum + gzipBytes(text), 0),
      note: 'dependencies included',
    });
  }
  return rows;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const cell = (value) => (value === null || value === undefined ? '—' : String(value)).padStart(7);

const rows = [...cdnSizes(), ...(await npmSizes())];
const width = Math.max(...rows.map((row) => row.entry.length));
console.log(`${'entry (first view)'.padEnd(width)}  files     min KB  min+gz KB     goal  ceiling`);
let overCeiling = 0;
let overGoal = 0;
for (const row of rows) {
  const { goal = null, ceiling = null } = limitsKb[row.entry] ?? {};
  const gz = row.gzipBytes / 1024;
  const flags = [];
  if (ceiling !== null && gz > ceiling) {
    overCeiling++;
    flags.push('OVER CEILING');
  }
  if (goal !== null && gz > goal) {
    overGoal++;
    flags.push(`goal not met (${(gz / goal).toFixed(1)}×)`);
  } else if (goal !== null) flags.push('goal met');
  if (row.note) flags.push(row.note);
  console.log(
    `${row.entry.padEnd(width)}  ${String(row.files).padStart(5)}  ${kb(row.minBytes).padStart(9)}  ${kb(row.gzipBytes).padStart(9)}  ${cell(goal)}  ${cell(ceiling)}  ${flags.join('; ')}`,
  );
}

// What pages load later, on demand: each language's words, the search engine, the detail, the map engine.
console.log(`\n${'chunk loaded on demand'.padEnd(width)}  ${''.padStart(5)}     min KB  min+gz KB  when`);
for (const { chunk, why } of [...lazyChunks.values()].sort((a, b) => a.chunk.file.localeCompare(b.chunk.file))) {
  const code = readFileSync(new URL(`cdn/${chunk.file}`, dist));
  console.log(`${(chunk.name ?? chunk.file).padEnd(width)}  ${''.padStart(5)}  ${kb(code.length).padStart(9)}  ${kb(gzipBytes(code)).padStart(9)}  ${why}`);
}
console.log(`\n${overGoal} entr${overGoal === 1 ? 'y misses its goal' : 'ies miss their goals'}; ${overCeiling} over the ceiling.`);
if (overCeiling > 0 && process.argv.includes('--enforce')) {
  console.error('The bundle grew past a ceiling in scripts/size-report.mjs: find what grew (dist/cdn/bundle-report.html) before raising it.');
  process.exit(1);
}
