// `node scripts/vendor-leaflet.mjs`: writes src/vendor/leaflet/leaflet-src.esm.js (and Leaflet's LICENSE)
// from the installed leaflet package, with the HTML-string sinks <learning-map> reaches replaced by DOM
// calls, so the map runs on pages that enforce Trusted Types (`require-trusted-types-for 'script'`)
// without any policy. Each replacement must match exactly once, or the script stops and names it:
// a Leaflet upgrade then means re-reading the patch list, never silently shipping an unpatched sink.
// test/core/vendor-leaflet.test.ts checks the committed file is this script's output (no drift).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
export const VENDOR_DIR = join(root, 'src/vendor/leaflet');

/** The installed Leaflet: its version, ES module source (LF line endings) and licence text. */
export function installedLeaflet() {
  const packageDir = dirname(require.resolve('leaflet/package.json'));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const source = readFileSync(join(packageDir, 'dist/leaflet-src.esm.js'), 'utf8').replace(/\r\n/g, '\n');
  const license = readFileSync(join(packageDir, 'LICENSE'), 'utf8').replace(/\r\n/g, '\n');
  return { version, source, license };
}

/** What is replaced, and why. `find` must occur exactly once in Leaflet's source. */
export const REPLACEMENTS = [
  {
    name: 'inline SVG probe (Browser.inlineSvg, runs while the module is evaluated)',
    find: "\tvar div = document.createElement('div');\n\tdiv.innerHTML = '<svg/>';\n\treturn (div.firstChild && div.firstChild.namespaceURI) === 'http://www.w3.org/2000/svg';",
    replace: "\t// Patched: a feature test instead of parsing '<svg/>' through innerHTML.\n\treturn typeof SVGSVGElement === 'function' && svgCreate('svg') instanceof SVGSVGElement;",
  },
  {
    name: 'zoom control: zoom-in symbol is text',
    find: "\t\t// @option zoomInText: String = '<span aria-hidden=\"true\">+</span>'\n\t\t// The text set on the 'zoom in' button.\n\t\tzoomInText: '<span aria-hidden=\"true\">+</span>',",
    replace: "\t\t// @option zoomInText: String = '+'\n\t\t// The text (patched: not HTML) shown, hidden from screen readers, on the 'zoom in' button.\n\t\tzoomInText: '+',",
  },
  {
    name: 'zoom control: zoom-out symbol is text',
    find: "\t\t// @option zoomOutText: String = '<span aria-hidden=\"true\">&#x2212;</span>'\n\t\t// The text set on the 'zoom out' button.\n\t\tzoomOutText: '<span aria-hidden=\"true\">&#x2212;</span>',",
    replace: "\t\t// @option zoomOutText: String = '\\u2212'\n\t\t// The text (patched: not HTML) shown, hidden from screen readers, on the 'zoom out' button.\n\t\tzoomOutText: '\\u2212',",
  },
  {
    name: 'zoom control: button content built as an aria-hidden <span>',
    find: "\t\tvar link = create$1('a', className, container);\n\t\tlink.innerHTML = html;",
    replace: "\t\tvar link = create$1('a', className, container);\n\t\tvar symbol = create$1('span', '', link);\n\t\tsymbol.setAttribute('aria-hidden', 'true');\n\t\tsymbol.textContent = html;",
  },
  {
    name: 'scale control: text',
    find: '\t\tscale.innerHTML = text;',
    replace: '\t\tscale.textContent = text;',
  },
  {
    name: 'popup close button: × in an aria-hidden <span>',
    find: "\t\t\tcloseButton.innerHTML = '<span aria-hidden=\"true\">&#215;</span>';",
    replace: "\t\t\tvar closeSymbol = create$1('span', '', closeButton);\n\t\t\tcloseSymbol.setAttribute('aria-hidden', 'true');\n\t\t\tcloseSymbol.textContent = '\\u00d7';",
  },
  {
    name: 'layers control: radio button created as an element',
    find:
      "\t\tvar radioHtml = '<input type=\"radio\" class=\"leaflet-control-layers-selector\" name=\"' +\n" +
      "\t\t\t\tname + '\"' + (checked ? ' checked=\"checked\"' : '') + '/>';\n\n" +
      "\t\tvar radioFragment = document.createElement('div');\n\t\tradioFragment.innerHTML = radioHtml;\n\n\t\treturn radioFragment.firstChild;",
    replace:
      "\t\tvar radio = document.createElement('input');\n\t\tradio.type = 'radio';\n\t\tradio.className = 'leaflet-control-layers-selector';\n" +
      "\t\tradio.name = name;\n\t\tradio.defaultChecked = checked;\n\n\t\treturn radio;",
  },
  {
    name: 'layers control: layer names are text',
    find: "\t\tname.innerHTML = ' ' + obj.name;",
    replace: "\t\tname.textContent = ' ' + obj.name;",
  },
  {
    name: 'source map comment (the map file is not vendored, and would not match the patched text)',
    find: '\n//# sourceMappingURL=leaflet-src.esm.js.map',
    replace: '',
  },
];

/**
 * innerHTML assignments deliberately left as they are, each with the reason <learning-map> never runs it.
 * Trusted Types only refuses an assignment when it runs; test/hardening/csp.test.ts drives the map under
 * an enforced policy and expects no violation at all.
 */
export const UNREACHED_SINKS = [
  { line: "\t\tdiv.innerHTML = '<v:shape adj=\"1\"/>';", why: 'VML probe: only runs when the browser has no SVG' },
  {
    line: "\t\tthis._container.innerHTML = prefixAndAttribs.join(' <span aria-hidden=\"true\">|</span> ');",
    why: "attribution control: the map is created with attributionControl: false and draws its own credit from DOM nodes (map-view.ts)",
  },
  { line: '\t\t\tnode.innerHTML = content;', why: 'popup content as a string: map-view.ts always passes an HTMLElement' },
  {
    line: "\t\t\tdiv.innerHTML = options.html !== false ? options.html : '';",
    why: 'divIcon html as a string: map-view.ts and cluster-layer.ts always pass an Element',
  },
  { line: " * svgElement.innerHTML = '<rect", why: 'a documentation comment, not code', prefixOnly: true },
];

function header(version) {
  // "/*! @license" first: minifiers keep such a comment, so the notice the licence asks for stays in
  // the CDN bundle's Leaflet chunk.
  return `/*! @license Leaflet ${version} (c) 2010-2023 Vladimir Agafonkin, (c) 2010-2011 CloudMade. BSD-2-Clause. */
/* Vendored by learning-city-widgets from leaflet@${version} (dist/leaflet-src.esm.js), BSD-2-Clause: see LICENSE beside this file.
 * Patched so that <learning-map> runs on pages enforcing Trusted Types (require-trusted-types-for 'script')
 * without a page-wide 'default' policy: the innerHTML assignments the map reaches are DOM calls instead.
 * Do not edit: regenerate with \`node scripts/vendor-leaflet.mjs\` (the patch list and the sinks left alone,
 * with reasons, are in that script; test/core/vendor-leaflet.test.ts fails when this file drifts from it).
 */
`;
}

function occurrences(text, find) {
  let count = 0;
  for (let at = text.indexOf(find); at !== -1; at = text.indexOf(find, at + find.length)) count++;
  return count;
}

/** The patched module text for Leaflet `source` (LF line endings); throws naming any replacement that does not match once. */
export function patchLeaflet(source, version) {
  let patched = source;
  for (const { name, find, replace } of REPLACEMENTS) {
    const count = occurrences(patched, find);
    if (count !== 1) {
      throw new Error(`vendor-leaflet: replacement "${name}" matched ${count} times in leaflet@${version} (expected exactly 1); re-read the patch list for this Leaflet version.`);
    }
    patched = patched.replace(find, () => replace);
  }
  return header(version) + patched;
}

/** Writes src/vendor/leaflet/{leaflet-src.esm.js,LICENSE}. */
export function writeVendoredLeaflet() {
  const { version, source, license } = installedLeaflet();
  mkdirSync(VENDOR_DIR, { recursive: true });
  writeFileSync(join(VENDOR_DIR, 'leaflet-src.esm.js'), patchLeaflet(source, version));
  writeFileSync(join(VENDOR_DIR, 'LICENSE'), license);
  return version;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const version = writeVendoredLeaflet();
    console.log(`src/vendor/leaflet/leaflet-src.esm.js written from leaflet@${version} with ${REPLACEMENTS.length} replacements.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
