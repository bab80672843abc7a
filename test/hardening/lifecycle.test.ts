/**
 * Lifecycle: 100 cycles of creating, rendering and removing each element (maps included) in one page,
 * measured through the DevTools protocol (cdp-metrics-plugin.mjs: Performance.getMetrics after forced
 * garbage collection). Listeners and nodes must come back to where they started and the heap must not
 * grow; moving an element within the page must keep it working.
 */
import { expect, fixture, html } from '@open-wc/testing';

import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/elements/learning-calendar/define.js';
import '../../src/elements/learning-feed/define.js';
import '../../src/elements/learning-finder/define.js';
import '../../src/elements/learning-lighthouse/define.js';
import '../../src/elements/learning-map/define.js';
import { waitUntil } from './wait-until.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; feedStatus?: string; badgeState?: string; indexing?: boolean; mapReady?: () => Promise<void> };
type Metrics = Record<'JSEventListeners' | 'Nodes' | 'JSHeapUsedSize' | 'Documents', number>;

const FEED = '/test/fixtures/map/city.json';
const CYCLES = 100;
const LISTENER_ALLOWANCE = 10;
const NODE_ALLOWANCE = 200;
const HEAP_ALLOWANCE_MB = 4;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const makers: Record<string, () => Widget> = {
  'learning-finder': () => Object.assign(document.createElement('learning-finder'), { src: FEED }) as Widget,
  'learning-calendar': () => Object.assign(document.createElement('learning-calendar'), { src: FEED, date: '2030-03-19' }) as unknown as Widget,
  'learning-map': () => Object.assign(document.createElement('learning-map'), { src: FEED, tiles: '/__hardening/tiles/{z}/{x}/{y}.png', attribution: 'Test' }) as Widget,
  'learning-lighthouse': () => Object.assign(document.createElement('learning-lighthouse'), { organization: 'central-library', registry: FEED }) as Widget,
};

async function rendered(widget: Widget): Promise<void> {
  await waitUntil(() => (widget.badgeState ? widget.badgeState !== 'loading' : ['ready', 'stale', 'error'].includes(widget.feedStatus ?? '')), 'did not load', { timeout: 10_000, interval: 5 });
  if (widget.localName === 'learning-finder') await waitUntil(() => !widget.indexing, 'not indexed', { timeout: 10_000, interval: 5 });
  if (widget.mapReady) {
    await widget.mapReady();
    await waitUntil(() => widget.shadowRoot!.querySelector('.leaflet-marker-pane button'), 'no markers', { timeout: 10_000, interval: 5 });
  }
  await widget.updateComplete;
}

async function cycle(tag: string, host: HTMLElement): Promise<void> {
  const widget = makers[tag]!();
  widget.style.cssText = 'display: block; width: 600px; height: 400px';
  host.append(widget);
  await rendered(widget);
  widget.remove();
  await pause(0); // <learning-feed> and the stores let go of a removed element in a microtask / task
}

async function metrics(): Promise<Metrics> {
  await pause(3000);
  return (await executeServerCommand('cdp-metrics')) as Metrics;
}

describe('lifecycle: 100 create/remove cycles per element', () => {
  for (const tag of Object.keys(makers)) {
    it(`${tag}: listeners, nodes and heap return to baseline`, async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      for (let warmUp = 0; warmUp < 5; warmUp++) await cycle(tag, host);
      const before = await metrics();
      for (let n = 0; n < CYCLES; n++) await cycle(tag, host);
      const after = await metrics();
      const heapMb = (after.JSHeapUsedSize - before.JSHeapUsedSize) / 1024 / 1024;
      console.log(
        `${tag} x${CYCLES}: listeners ${before.JSEventListeners} → ${after.JSEventListeners}, nodes ${before.Nodes} → ${after.Nodes}, ` +
          `documents ${before.Documents} → ${after.Documents}, heap ${(before.JSHeapUsedSize / 1048576).toFixed(1)} → ${(after.JSHeapUsedSize / 1048576).toFixed(1)} MB`,
      );
      expect(after.JSEventListeners - before.JSEventListeners, 'event listeners left behind').to.be.at.most(LISTENER_ALLOWANCE);
      expect(after.Nodes - before.Nodes, 'DOM nodes left behind').to.be.at.most(NODE_ALLOWANCE);
      expect(heapMb, 'heap growth in MB').to.be.below(HEAP_ALLOWANCE_MB);
    });
  }
});

describe('lifecycle: moving an element keeps it working', () => {
  it('finder, calendar and map moved to another container still respond', async () => {
    const page = await fixture<HTMLElement>(html`<div><section id="a"></section><section id="b"></section></div>`);
    const [first, second] = [page.querySelector('#a')!, page.querySelector('#b')!];
    const widgets = ['learning-finder', 'learning-calendar', 'learning-map'].map((tag) => makers[tag]!());
    for (const widget of widgets) {
      widget.style.cssText = 'display: block; width: 600px; height: 400px';
      first.append(widget);
      await rendered(widget);
    }
    for (const widget of widgets) second.append(widget); // a move: disconnected and connected in one task
    await pause(100);
    const [finder, calendar, map] = widgets as [Widget, Widget, Widget];

    // The map first: all three read one shared store, and the finder's search below filters the map too.
    await waitUntil(() => map.shadowRoot!.querySelector('.leaflet-marker-pane button'), 'the moved map lost its markers');
    const marker = map.shadowRoot!.querySelector<HTMLButtonElement>('.leaflet-marker-pane button')!;
    expect(marker.getBoundingClientRect().width, 'markers are laid out after the move').to.be.greaterThan(0);

    const heading = () => calendar.shadowRoot!.querySelector('h2')?.textContent?.trim();
    const month = heading();
    calendar.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')[2]!.click();
    await calendar.updateComplete;
    expect(heading()).to.not.equal(month);

    const input = finder.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    const before = finder.shadowRoot!.querySelectorAll('learning-opportunity-card').length;
    input.value = 'zzzz-no-such-thing';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => finder.shadowRoot!.querySelectorAll('learning-opportunity-card').length !== before, 'the moved finder did not search');
  });
});
