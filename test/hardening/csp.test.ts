/**
 * Every element under `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:
 * https:; require-trusted-types-for 'script'`, in a frame whose document is served with that header
 * (test/fixtures/hostile/hardening-middleware.mjs, page: test/hardening/csp/csp-page.ts).
 *
 * With Trusted Types enforced, no HTML string may reach innerHTML or DOMParser. <learning-map> loads a
 * vendored Leaflet (src/vendor/leaflet, scripts/vendor-leaflet.mjs) whose reachable sinks are DOM calls,
 * and builds its credit line from nodes, so the whole map runs with zero violations and no 'default' policy.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CspReport } from './csp/csp-page.js';

async function visit(path: string): Promise<CspReport> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 2400px; border: 0';
  frame.src = path;
  document.body.append(frame);
  try {
    const read = () => (frame.contentWindow as unknown as { __cspReport?: CspReport } | null)?.__cspReport;
    await waitUntil(read, `${path} did not finish`, { timeout: 60_000, interval: 50 });
    const report = read()!;
    console.log(`${path}: ${report.violations.length} violations, ${report.errors.length} errors; ${JSON.stringify(report.steps)}`);
    for (const line of [...report.violations, ...report.errors]) console.log(`  ${line.slice(0, 300)}`);
    return report;
  } finally {
    frame.remove();
  }
}

function expectWidgetsWorked(report: CspReport): void {
  expect(report.steps.finderResults, 'finder search results').to.be.greaterThan(0);
  expect(report.steps.finderDetail, 'finder detail opened').to.equal(true);
  expect(report.steps.calendarMonths).to.match(/March 2030 → April 2030/);
  expect(report.steps.calendarEvents, 'calendar events shown').to.be.greaterThan(0);
  expect(report.steps.badge).to.equal('verified');
}

function expectMapWorked(report: CspReport): void {
  expect(report.steps.leafletLoaded, 'Leaflet loaded').to.equal(true);
  expect(report.steps.mapMarkers, 'markers drawn').to.be.greaterThan(0);
  expect(report.steps.mapPopup, 'a marker opened its popup').to.equal(true);
  expect(report.steps.mapZoomControl, 'zoom control shown').to.equal(true);
  expect(report.steps.mapZoomSymbols, 'zoom buttons show + and −').to.equal('+ −');
  expect(report.steps.mapZoomedIn, 'pressing zoom in zoomed in').to.equal(true);
  expect(report.steps.mapAttribution).to.equal('Leaflet | Test tiles © Example');
  expect(report.steps.mapAttributionLink, 'the credit keeps its link').to.equal('https://example.org/');
}

describe('strict Content-Security-Policy', () => {
  it("style-src 'self' and script-src 'self': every element, the whole map included, with zero violations", async () => {
    const report = await visit('/__hardening/csp.html?trusted-types=off');
    expect(report.trustedTypesEnforced, 'this run has no Trusted Types').to.equal(false);
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expectWidgetsWorked(report);
    expectMapWorked(report);
  });

  it("require-trusted-types-for 'script': the same, the whole map included, with zero violations and no 'default' policy", async () => {
    const report = await visit('/__hardening/csp.html');
    expect(report.trustedTypesEnforced, 'the policy must really be in force').to.equal(true);
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.steps.defaultPolicy, "nobody installed a 'default' Trusted Types policy").to.equal(false);
    expectWidgetsWorked(report);
    expectMapWorked(report);
  });
});
