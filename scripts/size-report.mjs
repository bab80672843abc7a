// Prints the min+gzip size of every CDN entry (with the chunks it imports statically) and of every
// npm entry (bundled and minified the way an application bundler would). Run after `npm run build`.
//
// `budgetsKb` is where size limits go; until they are set this only reports. With --enforce, an entry
// over its budget fails the script (exit 1), so CI can turn the check on with one flag.
import { Buffer } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = new URL('../dist/', import.meta.url);

/** Entry label → budget in KB (min+gzip, static imports included); null means "report only". */
const budgetsKb = {
  'cdn learning-city-widgets': null,
  'cdn learning-feed': null,
  'npm .': null,
  'npm ./core': null,
  'npm ./learning-feed': null,
};

const gzipBytes = (code) => gzipSync(code, { level: 9 }).length;

/** CDN: walk Vite's manifest from each entry through its static imports; lazy chunks are listed apart. */
function cdnSizes() {
  const manifestUrl = new URL('cdn/.vite/manifest.json', dist);
  if (!existsSync(manifestUrl)) throw new Error('dist/cdn/.vite/manifest.json is missing: run `npm run build` first.');
  const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8'));
  const rows = [];
  for (const [id, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry) continue;
    const seen = new Set();
    const visit = (key) => {
      if (seen.has(key)) return;
      seen.add(key);
      for (const next of manifest[key]?.imports ?? []) visit(next);
    };
    visit(id);
    const files = [...seen].map((key) => manifest[key].file);
    const code = files.map((file) => readFileSync(new URL(`cdn/${file}`, dist)));
    const lazy = [...seen].flatMap((key) => manifest[key].dynamicImports ?? []).filter((key) => !seen.has(key));
    rows.push({
      entry: `cdn ${chunk.name}`,
      files: files.length,
      minBytes: code.reduce((sum, buffer) => sum + buffer.length, 0),
      // Each file travels (and is compressed) on its own, so gzip them one by one.
      gzipBytes: code.reduce((sum, buffer) => sum + gzipBytes(buffer), 0),
      note: lazy.length ? `+${lazy.length} lazy chunk(s)` : '',
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

const rows = [...cdnSizes(), ...(await npmSizes())];
const width = Math.max(...rows.map((row) => row.entry.length));
console.log(`${'entry'.padEnd(width)}  files     min KB  min+gz KB  budget KB`);
let over = 0;
for (const row of rows) {
  const budget = budgetsKb[row.entry] ?? null;
  const exceeded = budget !== null && row.gzipBytes / 1024 > budget;
  if (exceeded) over++;
  console.log(
    `${row.entry.padEnd(width)}  ${String(row.files).padStart(5)}  ${kb(row.minBytes).padStart(9)}  ${kb(row.gzipBytes).padStart(9)}  ${(budget === null ? '—' : String(budget)).padStart(9)}${exceeded ? '  OVER BUDGET' : ''}${row.note ? `  ${row.note}` : ''}`,
  );
}
if (over > 0 && process.argv.includes('--enforce')) {
  console.error(`${over} entr${over === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}
