// Checks on what `npm pack` put in the tarball, read from the installed copy of the package:
// nothing that belongs to the repo only, source maps that work without the repo, types, schema,
// `exports`, `sideEffects`, `bin` and `customElements` that point at real files.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { listSome } from './report.mjs';

/** Paths (relative, "/"-separated) of every file under `dir`. */
export function listFiles(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, path) : [path];
  });
}

const REPO_ONLY = /(^|\/)(test|tests|__tests__|fixtures|bench|stories|demo|coverage|\.storybook|storybook-static)\/|\.(test|spec|stories)\.[cm]?[jt]s$/;

/** A glob as `sideEffects` uses it ("*" within a folder, "**" across folders) turned into a RegExp. */
function globToRegExp(glob) {
  const parts = glob.replace(/^\.\//, '').split(/(\*\*\/?|\*)/);
  const body = parts
    .map((part) => {
      if (part === '**/') return '(?:.*/)?';
      if (part === '**') return '.*';
      if (part === '*') return '[^/]*';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${body}$`);
}

/** The file an `exports` value names for a browser/default import and for types. */
function exportTargets(value) {
  if (typeof value === 'string') return { default: value };
  return { types: value.types, default: value.browser ?? value.import ?? value.default };
}

/** Every (subpath, condition, file) an `exports` map can resolve to; "*" patterns expanded against the files. */
function expandExports(exportsMap, files) {
  const rows = [];
  const problems = [];
  for (const [subpath, value] of Object.entries(exportsMap)) {
    const targets = exportTargets(value);
    if (!subpath.includes('*')) {
      for (const [condition, target] of Object.entries(targets)) if (target) rows.push({ subpath, condition, file: target.replace(/^\.\//, '') });
      continue;
    }
    const [before, after] = targets.default.replace(/^\.\//, '').split('*');
    const stars = files.filter((file) => file.startsWith(before) && file.endsWith(after) && file.length >= before.length + after.length);
    if (stars.length === 0) problems.push(`${subpath} → ${targets.default} matches no file`);
    for (const file of stars) {
      const star = file.slice(before.length, file.length - after.length);
      for (const [condition, target] of Object.entries(targets)) {
        if (target) rows.push({ subpath: subpath.replace('*', star), condition, file: target.replace(/^\.\//, '').replace('*', star) });
      }
    }
  }
  return { rows, problems };
}

export async function checkTarball(report, { packageDir, repoDir }) {
  const files = listFiles(packageDir);
  const fileSet = new Set(files);
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

  await report.check('no tests, fixtures, bench, stories or demo build in the tarball', () => {
    const leaked = files.filter((file) => REPO_ONLY.test(file));
    return leaked.length ? `${leaked.length} repo-only file(s): ${listSome(leaked)}` : undefined;
  });

  await report.check('every source map works without the repo (sources shipped or embedded)', () => {
    const broken = new Map();
    for (const file of files.filter((name) => name.endsWith('.map'))) {
      const map = JSON.parse(readFileSync(join(packageDir, file), 'utf8'));
      const base = posix.join(posix.dirname(file), map.sourceRoot ?? '');
      map.sources.forEach((source, index) => {
        const resolved = posix.normalize(posix.join(base, source));
        const shipped = !resolved.startsWith('..') && fileSet.has(resolved);
        if (!shipped && typeof map.sourcesContent?.[index] !== 'string') broken.set(file, source);
      });
    }
    if (broken.size === 0) return undefined;
    const examples = [...broken].map(([map, source]) => `${map} → ${source}`);
    return `${broken.size} map(s) name sources that are neither in the package nor embedded (sourcesContent), e.g. ${listSome(examples, 3)}`;
  });

  await report.check('every sourceMappingURL names a shipped map', () => {
    const missing = [];
    for (const file of files.filter((name) => /\.(js|d\.ts)$/.test(name))) {
      const match = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(packageDir, file), 'utf8'));
      if (match && !match[1].startsWith('data:') && !fileSet.has(posix.join(posix.dirname(file), match[1]))) missing.push(file);
    }
    return missing.length ? `${missing.length} file(s) point at a missing map: ${listSome(missing)}` : undefined;
  });

  await report.check('a .d.ts beside every npm module (dist/, not cdn/ or cli/)', () => {
    const modules = files.filter((file) => file.startsWith('dist/') && file.endsWith('.js') && !/^dist\/(cdn|cli)\//.test(file) && !REPO_ONLY.test(file));
    const untyped = modules.filter((file) => !fileSet.has(file.replace(/\.js$/, '.d.ts')));
    if (modules.length === 0) return 'no npm modules under dist/';
    return untyped.length ? `${untyped.length} module(s) without types: ${listSome(untyped)}` : undefined;
  });

  await report.check('schema/learning-feed.schema.json is shipped (JSON Schema 2020-12)', () => {
    if (!fileSet.has('schema/learning-feed.schema.json')) return 'schema/learning-feed.schema.json is not in the tarball';
    const schema = JSON.parse(readFileSync(join(packageDir, 'schema/learning-feed.schema.json'), 'utf8'));
    return schema.$schema === 'https://json-schema.org/draft/2020-12/schema' ? undefined : `$schema is ${schema.$schema}`;
  });

  await report.check('every `exports` target exists (patterns expanded)', () => {
    const { rows, problems } = expandExports(manifest.exports, files);
    const missing = rows.filter((row) => !fileSet.has(row.file)).map((row) => `${row.subpath} (${row.condition}) → ${row.file}`);
    const all = [...problems, ...missing];
    return all.length ? all.join('\n') : undefined;
  });

  await report.check('every element in src/elements has a define module in the package', () => {
    const tags = readdirSync(join(repoDir, 'src/elements')).filter((name) => name.startsWith('learning-'));
    const missing = tags.filter((tag) => !fileSet.has(`dist/elements/${tag}/define.js`) || !fileSet.has(`dist/cdn/${tag}.js`));
    const where = missing.map((tag) => `${tag} (${['npm', 'cdn'].filter((kind) => !fileSet.has(kind === 'npm' ? `dist/elements/${tag}/define.js` : `dist/cdn/${tag}.js`)).join(' + ')})`);
    return missing.length ? `missing: ${where.join(', ')} — a stale dist/ (npm run build) or an element not yet in the CDN entries` : undefined;
  });

  await report.check('every module that registers a tag is listed in `sideEffects`', () => {
    const patterns = (manifest.sideEffects || []).map(globToRegExp);
    const registering = files.filter(
      (file) => file.startsWith('dist/') && file.endsWith('.js') && !file.startsWith('dist/cdn/') &&
        /^(defineElement|customElements\.define)\(/m.test(readFileSync(join(packageDir, file), 'utf8')),
    );
    const unlisted = registering.filter((file) => !patterns.some((pattern) => pattern.test(file)));
    if (registering.length === 0) return 'found no module that registers a tag';
    return unlisted.length
      ? `bundlers may drop these side-effect imports: ${unlisted.join(', ')} (add them to "sideEffects")`
      : undefined;
  });

  await report.check('`bin` learning-feed is shipped, executable, with a #! line', () => {
    const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.['learning-feed'];
    if (!bin || !fileSet.has(bin.replace(/^\.\//, ''))) return `bin target ${bin} is not in the tarball`;
    const path = join(packageDir, bin);
    if (!readFileSync(path, 'utf8').startsWith('#!/usr/bin/env node')) return `${bin} has no #!/usr/bin/env node line`;
    return statSync(path).mode & 0o111 ? undefined : `${bin} is not executable`;
  });

  await report.check('custom-elements.json is shipped and its module paths are package files', () => {
    if (!manifest.customElements || !fileSet.has(manifest.customElements)) return `customElements names ${manifest.customElements}, not in the tarball`;
    const cem = JSON.parse(readFileSync(join(packageDir, manifest.customElements), 'utf8'));
    const defining = cem.modules.filter((module) => module.exports?.some((entry) => entry.kind === 'custom-element-definition'));
    const missing = defining.map((module) => module.path).filter((path) => !fileSet.has(path));
    return missing.length
      ? `${missing.length} module path(s) name files not in the package (the manifest should name dist/*.js): ${listSome(missing, 3)}`
      : undefined;
  });

  await report.check('a licence file is shipped (package.json says ' + (manifest.license ?? 'nothing') + ')', () =>
    files.some((file) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(file)) ? undefined : 'no LICENSE file in the tarball',
  );

  return { files, manifest, exists: (path) => existsSync(join(packageDir, path)) };
}
