// Storybook's Vite settings (the repository's vite.config.ts is the demo site's). Storybook adds its own
// root, base and plugins; the TypeScript sources (Lit's legacy decorators, useDefineForClassFields: false)
// compile with the settings in the root tsconfig.json.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * package.json's `sideEffects` lists only the built define modules (dist/…), so a production build that
 * bundles the sources drops `import '../src/elements/<tag>/define.js'` (and the stories' own helper
 * elements) as side-effect free, and no element gets registered. The project's own source modules do
 * have effects that matter here (they register custom elements), so keep them all.
 */
function keepSourceSideEffects(): Plugin {
  return {
    name: 'learning-city:keep-source-side-effects',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !(source.startsWith('.') || source.startsWith('/'))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const id = resolved.id.split('?')[0] ?? '';
      const ownSource = id.startsWith(repositoryRoot) && !id.includes('/node_modules/') && /\.(ts|js)$/.test(id);
      return ownSource ? { ...resolved, moduleSideEffects: true } : resolved;
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [keepSourceSideEffects()],
});
