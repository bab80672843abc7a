// Serves the React and Vue examples as browser bundles for test/frameworks: GET /__examples/react/main.js
// bundles examples/react/main.tsx (React's npm package is CommonJS, which the test server cannot serve as
// ES modules). The examples import `learning-city-widgets/…` as an app would; here that resolves to src/,
// so the tests run today's source, and the bundle holds the one copy of the elements on the page.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PREFIX = '/__examples/';

const packageToSource = {
  name: 'learning-city-widgets-from-source',
  setup(plugin) {
    plugin.onResolve({ filter: /^learning-city-widgets(\/|$)/ }, (args) => {
      const subpath = args.path.slice('learning-city-widgets'.length).replace(/^\//, '');
      const path = subpath ? join(root, 'src/elements', subpath, 'define.ts') : join(root, 'src/index.ts');
      if (!existsSync(path)) return { errors: [{ text: `${args.path}: no ${path}` }] };
      return { path };
    });
  },
};

/** @returns {import('@web/dev-server-core').Plugin} */
export function exampleBundlesPlugin() {
  return {
    name: 'example-bundles',
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const stem = context.path.slice(PREFIX.length).replace(/\.js$/, '');
      const entry = ['.tsx', '.ts'].map((extension) => join(root, 'examples', stem + extension)).find((path) => existsSync(path));
      if (!entry || !entry.startsWith(join(root, 'examples'))) return { status: 404, body: `No example ${stem}`, type: 'text/plain' };
      let result;
      try {
        result = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2021',
        jsx: 'automatic',
        sourcemap: 'inline',
        tsconfig: join(root, 'examples/tsconfig.json'),
        plugins: [packageToSource],
        define: {
          'process.env.NODE_ENV': '"development"',
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
        logLevel: 'silent',
        });
      } catch (error) {
        const message = `Could not bundle ${entry}:\n${error.errors?.map((problem) => `${problem.location?.file}:${problem.location?.line} ${problem.text}`).join('\n') ?? error}`;
        console.error(message);
        return { status: 500, body: message, type: 'text/plain' };
      }
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}
