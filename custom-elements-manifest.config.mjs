/**
 * custom-elements.json, generated from the elements' JSDoc headers (`npm run analyze`). npm consumers
 * get it through package.json's `customElements` field (written by hand, hence `packagejson: false`);
 * Storybook reads it for its controls and docs tables.
 */

/**
 * The elements register through the guarded `defineElement('tag', Class)` (see src/elements/shared/define.ts),
 * which the analyzer does not know as it knows `customElements.define`. This plugin reads those calls and gives
 * each class its tag name and each define module its `custom-element-definition` export, so tools (Storybook's
 * `component: 'learning-feed'`, editors) can find an element by tag.
 */
function guardedDefinePlugin() {
  /** @type {{ tag: string, className: string, modulePath: string }[]} */
  const definitions = [];
  return {
    name: 'learning-city-guarded-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tagArgument, classArgument] = node.arguments;
      if (!tagArgument || !classArgument || !ts.isStringLiteral(tagArgument) || !ts.isIdentifier(classArgument)) return;
      definitions.push({ tag: tagArgument.text, className: classArgument.text, modulePath: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      // defineElement's own `customElements.define(tag, constructor)` reads as a definition of a tag named
      // "tag"; a real custom element name always has a hyphen.
      for (const module of customElementsManifest.modules) {
        module.exports = module.exports?.filter((entry) => entry.kind !== 'custom-element-definition' || entry.name.includes('-'));
      }
      for (const { tag, className, modulePath } of definitions) {
        const declaringModule = customElementsManifest.modules.find((module) =>
          module.declarations?.some((declaration) => declaration.kind === 'class' && declaration.name === className),
        );
        if (!declaringModule) {
          console.warn(`custom-elements-manifest: defineElement('${tag}', ${className}) in ${modulePath}: no class ${className} found.`);
          continue;
        }
        const declaration = declaringModule.declarations.find((candidate) => candidate.name === className);
        declaration.tagName = tag;
        declaration.customElement = true;
        const defineModule = customElementsManifest.modules.find((module) => module.path === modulePath);
        if (!defineModule) continue;
        defineModule.exports ??= [];
        if (!defineModule.exports.some((entry) => entry.kind === 'custom-element-definition' && entry.name === tag)) {
          defineModule.exports.push({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: className, module: declaringModule.path },
          });
        }
      }
    },
  };
}

/**
 * Leaves private and protected members out: they are not API, and tools built on the manifest (Storybook's
 * property tables and controls, editor completion) would offer controllers and internal state as settings.
 * Also drops "events" the analyzer infers from a helper's `new CustomEvent(type, …)` (named after the
 * variable, e.g. "type"): every real event of this library is `learning-` prefixed (docs/ARCHITECTURE).
 */
function publicApiOnlyPlugin() {
  return {
    name: 'learning-city-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
            );
          }
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name.startsWith('learning-'));
        }
      }
    },
  };
}

/**
 * The manifest ships in the npm package, where the sources are not: name the built modules
 * (src/elements/x/y.ts → dist/elements/x/y.js) wherever the manifest names a module.
 */
function packagePathsPlugin() {
  const toDist = (path) => (typeof path === 'string' ? path.replace(/^\/?src\/(.*)\.ts$/, 'dist/$1.js') : path);
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.forEach(rewrite);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = toDist(inner);
      else rewrite(inner);
    }
  };
  return {
    name: 'learning-city-package-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.test.ts', 'src/elements/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  dependencies: false,
  plugins: [guardedDefinePlugin(), publicApiOnlyPlugin(), packagePathsPlugin()],
};
