// The demo site.
//   `npm start`           vite dev server over demo/, the library imported from src/ (no build step);
//                         demo/feeds/ is served as plain static files under feeds/.
//   `npm run build:demo`  a static multi-page build into dist/demo/ with relative URLs (base './'), so it
//                         works from any web server and any path; demo/feeds/ is copied to dist/demo/feeds/.
import { cpSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const demoRoot = fileURLToPath(new URL('./demo/', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/demo/', import.meta.url));

/** Every page of the demo; each is a separate entry of the build. */
export const demoPages = ['index', 'city', 'library', 'school', 'embed'] as const;

/** Data the pages fetch at run time, so the bundler never sees it: copied as it is. */
const staticFolders = ['feeds', 'samples'];

/**
 * Copies demo/feeds/ and demo/samples/ next to the pages. Not `publicDir`: that would serve them from
 * the site root, while the pages (and the snippets the embed builder writes) address them as `feeds/<name>.json`.
 */
function copyFeeds(): Plugin {
  return {
    name: 'learning-demo-copy-feeds',
    apply: 'build',
    writeBundle() {
      for (const folder of staticFolders) {
        if (existsSync(`${demoRoot}${folder}`)) cpSync(`${demoRoot}${folder}`, `${outDir}${folder}`, { recursive: true });
      }
    },
  };
}

/**
 * package.json's `sideEffects` lists only the built files (dist/elements/*\/define.js, the CDN bundle), and
 * the demo and src/ sit inside that package: the bundler would take the demo's own modules and the source
 * define modules as side-effect free and drop `import './elements.js'`, registering no element. Modules of
 * the demo, and source modules that register a tag, do have side effects; say so where the resolver decides.
 */
function keepRegistrations(): Plugin {
  const hasSideEffects = (id: string) =>
    id.startsWith(demoRoot) || /[\\/]src[\\/]elements[\\/](?:[^\\/]+[\\/]define|shared[\\/]define-parts)\.ts$/.test(id);
  return {
    name: 'learning-demo-keep-registrations',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // Only the demo's imports and define modules can matter; leave every other lookup to the resolver.
      if (!importer?.startsWith(demoRoot) && !source.includes('define')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved && !resolved.external && hasSideEffects(resolved.id)) return { ...resolved, moduleSideEffects: true };
      return resolved;
    },
  };
}

export default defineConfig({
  root: demoRoot,
  base: './',
  publicDir: false,
  server: {
    strictPort: false,
    open: false,
  },
  preview: {
    strictPort: false,
  },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2021',
    rollupOptions: {
      input: Object.fromEntries(demoPages.map((page) => [page, `${demoRoot}${page}.html`])),
    },
  },
  plugins: [keepRegistrations(), copyFeeds()],
});
