/**
 * The page served at /__hardening/csp.html under a strict Content-Security-Policy with Trusted Types
 * enforced (test/fixtures/hostile/hardening-middleware.mjs). It uses every element the way a visitor
 * would — search, open a result, switch months and views, open a map popup, zoom — then publishes what
 * it saw on `window.__cspReport` for test/hardening/csp.test.ts.
 */
import { errors, violations } from './violation-recorder.js';
import '../../../src/elements/learning-calendar/define.js';
import '../../../src/elements/learning-feed/define.js';
import '../../../src/elements/learning-finder/define.js';
import '../../../src/elements/learning-lighthouse/define.js';
import '../../../src/elements/learning-map/define.js';

export interface CspReport {
  violations: string[];
  errors: string[];
  /** What the page did, so the test knows the widgets really worked under the policy. */
  steps: Record<string, string | number | boolean>;
  /** True when assigning a string to innerHTML was refused: the policy really was in force. */
  trustedTypesEnforced: boolean;
}

type Widget = HTMLElement & { updateComplete: Promise<unknown>; feedStatus?: string };

const FEED = '/test/fixtures/map/city.json';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(check: () => T | undefined | null | false, what: string, timeoutMs = 20_000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await pause(20);
  }
}

function element<T extends HTMLElement>(tag: string, attributes: Record<string, string>): T {
  const created = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  return created;
}

async function run(steps: CspReport['steps']): Promise<void> {
  const feed = element('learning-feed', { src: FEED });
  const finder = element<Widget>('learning-finder', { 'page-size': '5' });
  const calendar = element<Widget>('learning-calendar', { date: '2030-03-19', view: 'month' });
  const map = element<Widget>('learning-map', { tiles: '/__hardening/tiles/{z}/{x}/{y}.png', attribution: 'Test tiles &copy; <a href="https://example.org/">Example</a>' });
  map.className = 'map';
  const badge = element<Widget>('learning-lighthouse', { organization: 'central-library', registry: FEED, variant: 'full' });
  badge.addEventListener('learning-lighthouse-error', (event) => (steps.badgeError = (event as CustomEvent<{ reason: string }>).detail.reason));
  feed.append(finder, calendar, map, badge);
  document.getElementById('widgets')!.append(feed);

  // Finder: type a search, open the first result.
  await until(() => finder.feedStatus === 'ready' && !(finder as unknown as { indexing: boolean }).indexing, 'the finder');
  const input = finder.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = 'library';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await pause(400);
  await finder.updateComplete;
  const cards = finder.shadowRoot!.querySelectorAll<HTMLElement>('learning-opportunity-card');
  steps.finderResults = cards.length;
  cards[0]?.shadowRoot?.querySelector('button')?.click();
  steps.finderDetail = Boolean(await until(() => finder.shadowRoot!.querySelector('dialog')?.open, 'the finder detail'));
  finder.shadowRoot!.querySelector('dialog')!.close();
  // Clear the search again: it filters the calendar and the map beside the finder too.
  input.value = '';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await pause(400);

  // Calendar: next month, back, then the week view (positioned through the CSSOM) and the agenda.
  await calendar.updateComplete;
  const heading = () => calendar.shadowRoot!.querySelector('h2')?.textContent?.trim() ?? '';
  const before = heading();
  calendar.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')[2]!.click();
  await calendar.updateComplete;
  steps.calendarMonths = `${before} → ${heading()}`;
  calendar.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')[0]!.click();
  for (const view of ['week', 'agenda', 'month']) {
    calendar.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="view-switcher"] button[data-view="${view}"]`)!.click();
    await calendar.updateComplete;
    await pause(50);
  }
  steps.calendarEvents = calendar.shadowRoot!.querySelectorAll('button[part~="event"]').length;

  // Map: Leaflet loads, tiles come from 'self', a marker opens its popup, the zoom buttons work.
  // When Leaflet cannot load (Trusted Types, see csp.test.ts), the map must fall back to its list of places.
  const leafletLoaded = await (map as unknown as { mapReady(): Promise<void> }).mapReady().then(
    () => true,
    () => false,
  );
  steps.leafletLoaded = leafletLoaded;
  if (leafletLoaded) {
    const button = (part: string) => map.shadowRoot!.querySelector<HTMLButtonElement>(`.leaflet-marker-pane button[part="${part}"]`);
    await until(() => button('marker') ?? button('cluster'), 'a map marker');
    await until(() => map.shadowRoot!.querySelector<HTMLImageElement>('img.leaflet-tile-loaded'), 'a loaded tile');
    steps.mapMarkers = map.shadowRoot!.querySelectorAll('.leaflet-marker-pane button').length;
    // Clusters zoom in when pressed; press them until a single place shows.
    for (let tries = 0; !button('marker') && tries < 8; tries++) {
      button('cluster')?.click();
      await pause(300);
    }
    button('marker')?.click();
    steps.mapPopup = Boolean(await until(() => map.shadowRoot!.querySelector('.leaflet-popup'), 'a popup', 5000));
    const zoomIn = map.shadowRoot!.querySelector<HTMLElement>('.leaflet-control-zoom-in');
    const leafletMap = (map as unknown as { mapView: { map: { getZoom(): number } } }).mapView.map;
    const zoomBefore = leafletMap.getZoom();
    zoomIn?.click();
    steps.mapZoomControl = Boolean(zoomIn);
    steps.mapZoomSymbols = [...map.shadowRoot!.querySelectorAll('.leaflet-control-zoom a')].map((link) => link.textContent).join(' ');
    steps.mapAttribution = map.shadowRoot!.querySelector('.leaflet-control-attribution')?.textContent?.trim() ?? '';
    steps.mapAttributionLink = map.shadowRoot!.querySelector<HTMLAnchorElement>('.leaflet-control-attribution a[href^="https://example.org"]')?.href ?? '';
    await pause(400);
    steps.mapZoomedIn = leafletMap.getZoom() > zoomBefore;
  } else {
    await map.updateComplete;
    steps.mapListPlaces = map.shadowRoot!.querySelectorAll('[part="list"] summary').length;
  }

  // Badge (inside the feed, which is also its registry).
  await until(() => (badge as unknown as { badgeState: string }).badgeState !== 'loading', 'the badge');
  steps.badge = (badge as unknown as { badgeState: string }).badgeState;
  await pause(100); // violation events are dispatched in a later task
}

function trustedTypesEnforced(): boolean {
  try {
    document.createElement('div').innerHTML = '<b>probe</b>';
    return false;
  } catch {
    return true;
  }
}

const steps: CspReport['steps'] = {};
run(steps)
  .catch((error: unknown) => errors.push(`page script: ${String(error)}`))
  .finally(() => {
    const report: CspReport = { violations: [...violations], errors: [...errors], steps, trustedTypesEnforced: false };
    report.trustedTypesEnforced = trustedTypesEnforced();
    // A page-wide 'default' policy would let any string through; neither the page nor the library installs one.
    steps.defaultPolicy = Boolean((window as unknown as { trustedTypes?: { defaultPolicy: unknown } }).trustedTypes?.defaultPolicy);
    (window as unknown as { __cspReport: CspReport }).__cspReport = report;
  });
