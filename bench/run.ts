/**
 * `npm run bench`: runs every bench/*.bench.ts (or those whose name contains an argument:
 * `npm run bench -- core`). Benchmarks print figures only; they never pass or fail.
 */
import { readdirSync } from 'node:fs';

interface BenchModule {
  default: () => Promise<void>;
}

const filters = process.argv.slice(2);
const files = readdirSync(new URL('.', import.meta.url))
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();

if (files.length === 0) {
  console.error(`No bench/*.bench.ts matches ${filters.join(', ')}`);
  process.exit(2);
}
for (const file of files) {
  console.log(`# ${file}`);
  const module = (await import(new URL(file, import.meta.url).href)) as BenchModule;
  await module.default();
}
