/**
 * The vendored Leaflet (src/vendor/leaflet) is exactly what scripts/vendor-leaflet.mjs makes from the
 * installed leaflet package, and the only HTML-string sinks left in it are the ones listed, with the
 * reason <learning-map> never runs them. test/hardening/csp.test.ts proves it in a browser that
 * enforces Trusted Types.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPLACEMENTS, UNREACHED_SINKS, VENDOR_DIR, installedLeaflet, patchLeaflet } from '../../scripts/vendor-leaflet.mjs';

const vendored = (name: string) => readFileSync(join(VENDOR_DIR, name), 'utf8');

/** Lines that hand a string to the browser's HTML parser (innerHTML and friends are Trusted Types sinks). */
const HTML_SINK = /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|parseFromString|createContextualFragment|\.srcdoc\s*=/;

describe('vendored Leaflet', () => {
  const leaflet = installedLeaflet();

  it('is the output of scripts/vendor-leaflet.mjs for the installed Leaflet (run the script after upgrading Leaflet)', () => {
    assert.equal(vendored('leaflet-src.esm.js'), patchLeaflet(leaflet.source, leaflet.version));
    assert.equal(vendored('LICENSE'), leaflet.license);
  });

  it('says in its header which Leaflet it came from, its licence and how to regenerate it', () => {
    const header = vendored('leaflet-src.esm.js').slice(0, 600);
    assert.match(header, new RegExp(`leaflet@${leaflet.version.replace(/\./g, '\\.')}`));
    assert.match(header, /BSD-2-Clause/);
    assert.match(header, /node scripts\/vendor-leaflet\.mjs/);
    assert.match(vendored('LICENSE'), /^BSD 2-Clause License/);
  });

  it('keeps only the listed HTML-string sinks, each once', () => {
    const sinks = vendored('leaflet-src.esm.js').split('\n').filter((line) => HTML_SINK.test(line));
    const listed = (line: string) => UNREACHED_SINKS.find((sink) => (sink.prefixOnly ? line.startsWith(sink.line) : line === sink.line));
    assert.deepEqual(sinks.filter((line) => !listed(line)), [], 'an HTML-string sink that is neither patched nor listed with its reason');
    for (const sink of UNREACHED_SINKS) {
      assert.equal(sinks.filter((line) => listed(line) === sink).length, 1, `${sink.why}: expected once in the vendored file`);
    }
  });

  it('replaces the sinks the map reaches: the load-time SVG probe, zoom buttons, scale, popup close button, layer names', () => {
    const original = leaflet.source.split('\n').filter((line) => HTML_SINK.test(line)).length;
    const left = vendored('leaflet-src.esm.js').split('\n').filter((line) => HTML_SINK.test(line)).length;
    assert.equal(original - left, 6);
    const text = vendored('leaflet-src.esm.js');
    assert.ok(!text.includes("innerHTML = '<svg/>'"), 'the inline SVG probe runs while the module loads');
    assert.ok(text.includes("symbol.setAttribute('aria-hidden', 'true');\n\t\tsymbol.textContent = html;"), 'zoom symbols stay hidden from screen readers');
    assert.ok(!text.includes('sourceMappingURL'), 'the source map is not vendored');
  });

  it('fails loudly, naming the replacement, when a Leaflet upgrade changed the text it patches', () => {
    const first = REPLACEMENTS[0]!;
    assert.throws(() => patchLeaflet(leaflet.source.replace(first.find, ''), leaflet.version), (error: Error) => {
      assert.match(error.message, new RegExp(`"${first.name.replace(/[()]/g, '\\$&')}" matched 0 times`));
      return true;
    });
    const doubled = leaflet.source + '\n' + REPLACEMENTS[4]!.find;
    assert.throws(() => patchLeaflet(doubled, leaflet.version), /scale control: text" matched 2 times/);
  });

  it('the map never turns on the attribution control left unpatched: it draws its own credit', () => {
    const mapView = readFileSync(new URL('../../src/elements/learning-map/map-view.ts', import.meta.url), 'utf8');
    assert.match(mapView, /attributionControl: false/);
    assert.doesNotMatch(mapView, /control\.attribution\(/);
  });
});
