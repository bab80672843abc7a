// Builds the import map a build-free page needs to load an npm module of the installed package
// straight from node_modules: walk its static and dynamic imports, and resolve every bare specifier
// the way a browser-targeting tool does (package `exports`, conditions browser > import > default).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const CONDITIONS = ['browser', 'import', 'default'];
const IMPORT_PATTERN = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function pickCondition(value) {
  if (typeof value === 'string' || value === null) return value;
  for (const condition of CONDITIONS) if (condition in value) return pickCondition(value[condition]);
  return null;
}

/** `exports` subpath → file, including "*" patterns; null when the package does not export it. */
function resolveExports(exportsField, subpath) {
  const map = typeof exportsField === 'string' || !Object.keys(exportsField).some((key) => key.startsWith('.'))
    ? { '.': exportsField }
    : exportsField;
  if (subpath in map) return pickCondition(map[subpath]);
  for (const [pattern, value] of Object.entries(map)) {
    const star = pattern.indexOf('*');
    if (star < 0) continue;
    const [before, after] = [pattern.slice(0, star), pattern.slice(star + 1)];
    if (subpath.startsWith(before) && subpath.endsWith(after)) {
      const target = pickCondition(value);
      return target && target.replace('*', subpath.slice(before.length, subpath.length - after.length));
    }
  }
  return null;
}

function splitSpecifier(specifier) {
  const parts = specifier.split('/');
  const length = specifier.startsWith('@') ? 2 : 1;
  return { name: parts.slice(0, length).join('/'), subpath: ['.', ...parts.slice(length)].join('/') };
}

/** Absolute file for a bare specifier, looked up in `nodeModules`. */
export function resolveBare(specifier, nodeModules) {
  const { name, subpath } = splitSpecifier(specifier);
  const packageDir = join(nodeModules, name);
  const manifestPath = join(packageDir, 'package.json');
  if (!existsSync(manifestPath)) throw new Error(`${specifier}: package ${name} is not installed`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  let target;
  if (manifest.exports !== undefined) {
    target = resolveExports(manifest.exports, subpath);
    if (!target) throw new Error(`${specifier}: ${name} does not export "${subpath}"`);
  } else {
    target = subpath === '.' ? (typeof manifest.browser === 'string' ? manifest.browser : manifest.module ?? manifest.main ?? 'index.js') : subpath;
  }
  return join(packageDir, target);
}

/**
 * The import map (URLs relative to the served `rootDir`, as "/…") for `entryFile` and everything it
 * imports. Every module reached is returned too, so a test can say which files a page needed.
 */
export function importMapFor(entryFile, { rootDir, nodeModules }) {
  const imports = {};
  const seen = new Set();
  const queue = [entryFile];
  const toUrl = (file) => `/${relative(rootDir, file).split(sep).join('/')}`;
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(IMPORT_PATTERN)) {
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        queue.push(join(dirname(file), specifier));
        continue;
      }
      const target = resolveBare(specifier, nodeModules);
      imports[specifier] = toUrl(target);
      queue.push(target);
    }
  }
  return { importMap: { imports }, modules: [...seen].map(toUrl) };
}
