/**
 * One suite for both framework examples (examples/react, examples/vue): mount the app the framework's
 * way, then check what a developer relies on. Props arrive as element properties (a number stays a
 * number), attributes reflect, and the elements' events reach the framework's handlers when a visitor
 * really acts: the feed loads, a topic is ticked with the keyboard, a result is clicked with the mouse.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { LearningFeedLoadDetail, LearningFilterChangeDetail, LearningSelectDetail } from '../../src/index.js';
import type { LearningFinder } from '../../src/elements/learning-finder/learning-finder.js';
import type { LearningMap } from '../../src/elements/learning-map/learning-map.js';
import type { FinderWithMapProps, MountedExample } from '../../examples/react/props.js';

const FEED = '/demo/feeds/multilingual.json';
/** Tiles that answer 404, so the map never reaches the network; it shows its "no tiles" notice instead. */
const NO_TILES = '/__no-tiles/{z}/{x}/{y}.png';
/** 1 October 2026: the feed's autumn term is under way, so every weekly course has upcoming dates. */
const NOW = Date.UTC(2026, 9, 1, 9, 0, 0);

type Mount = (container: HTMLElement, props: FinderWithMapProps) => MountedExample;

function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function center(element: Element): Promise<[number, number]> {
  element.scrollIntoView({ block: 'center' });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

export function describeFrameworkExample(framework: string, bundleUrl: string): void {
  describe(`${framework} example: <FinderWithMap>`, () => {
    let mounted: MountedExample | undefined;
    let container: HTMLElement;
    let realNow: () => number;
    const loads: LearningFeedLoadDetail[] = [];
    const filterChanges: LearningFilterChangeDetail[] = [];
    const selections: LearningSelectDetail[] = [];

    const props = (extra: Partial<FinderWithMapProps> = {}): FinderWithMapProps => ({
      // A query string of its own gives each test a fresh store (stores are shared per URL set).
      src: `${FEED}?${framework}=${Math.random().toString(36).slice(2)}`,
      lang: 'en',
      topics: 'languages',
      pageSize: 2,
      tiles: NO_TILES,
      onFeedLoaded: (detail) => loads.push(detail),
      onFiltersChanged: (detail) => filterChanges.push(detail),
      onOpportunitySelected: (detail) => selections.push(detail),
      ...extra,
    });

    async function mountExample(extra: Partial<FinderWithMapProps> = {}) {
      const { mount } = (await import(bundleUrl)) as { mount: Mount };
      mounted = mount(container, props(extra));
      await waitUntil(() => loads.length > 0, 'learning-feed-load never reached the handler', { timeout: 10_000 });
      const finder = container.querySelector<LearningFinder>('learning-finder')!;
      await waitUntil(() => finder.shadowRoot?.querySelector('li[part="result"]'), 'the finder showed no results', { timeout: 10_000 });
      return { finder, map: container.querySelector<LearningMap>('learning-map')!, feed: container.querySelector('learning-feed')! };
    }

    beforeEach(() => {
      realNow = Date.now;
      Date.now = () => NOW;
      loads.length = filterChanges.length = selections.length = 0;
      container = document.createElement('div');
      document.body.append(container);
    });

    afterEach(() => {
      mounted?.unmount();
      mounted = undefined;
      container.remove();
      Date.now = realNow;
    });

    it('passes props to the elements as properties and attributes', async () => {
      const { finder, map, feed } = await mountExample();
      expect(feed.getAttribute('src')).to.equal(null, 'src reaches <learning-feed> as a property, not an attribute');
      expect((feed as HTMLElement & { src: string }).src).to.match(/multilingual\.json/);
      expect(finder.pageSize).to.equal(2);
      expect(finder.topics).to.equal('languages');
      expect(finder.getAttribute('layout')).to.equal('grid');
      expect(finder.lang).to.equal('en');
      expect(map.tiles).to.equal(NO_TILES);
      expect(map.walkRadius).to.equal('10');
      const results = finder.shadowRoot!.querySelectorAll('li[part="result"]');
      expect(results.length).to.be.within(1, 2, 'page size 2 shows at most two results');
      const languages = finder.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-facet="topic"] input[value="languages"]');
      expect(languages?.checked, 'the preset topic is ticked').to.equal(true);
    });

    it('hands learning-feed-load to the framework, which re-renders with the count', async () => {
      await mountExample();
      const [load] = loads;
      expect(load!.status).to.equal('ready');
      expect(load!.counts.opportunities).to.be.greaterThan(0);
      await waitUntil(() => textOf(container.querySelector('.feed-status')) === `${load!.counts.opportunities} opportunities loaded`,
        `the app did not re-render: "${textOf(container.querySelector('.feed-status'))}"`);
    });

    it('hands learning-filter-change to the framework when a visitor ticks a topic', async () => {
      const { finder } = await mountExample();
      const coding = finder.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-facet="topic"] input[value="coding"]');
      expect(coding, 'a "coding" topic option').not.to.equal(null);
      coding!.focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => filterChanges.length > 0, 'learning-filter-change never reached the handler');
      expect(filterChanges.at(-1)!.filters.topics).to.have.members(['languages', 'coding']);
    });

    it('hands learning-select to the framework when a visitor clicks a result', async () => {
      const { finder } = await mountExample();
      const card = finder.shadowRoot!.querySelector('learning-opportunity-card')!;
      const title = card.shadowRoot!.querySelector('button.title')!;
      const [x, y] = await center(title);
      await sendMouse({ type: 'click', position: [x, y] });
      await waitUntil(() => selections.length > 0, 'learning-select never reached the handler');
      const chosen = selections[0]!.opportunity;
      expect(textOf(title)).to.equal(typeof chosen.name === 'string' ? chosen.name : textOf(title));
      await waitUntil(() => textOf(container.querySelector('.chosen')) === `You chose: ${chosen.id}`, 'the app did not show the choice');
    });

    it('updates element properties when the framework re-renders with new props', async () => {
      const { finder } = await mountExample();
      mounted!.update(props({ pageSize: 4, topics: 'coding' }));
      await waitUntil(() => finder.pageSize === 4, `pageSize is still ${finder.pageSize}`);
      expect(finder.topics).to.equal('coding');
    });

    it('themes every widget inside <learning-feed theme="dark">', async () => {
      const { finder, map, feed } = await mountExample({ theme: 'dark' });
      expect(feed.getAttribute('theme')).to.equal('dark');
      for (const element of [finder, map]) {
        expect(getComputedStyle(element).backgroundColor, element.localName).to.equal('rgb(14, 22, 31)');
        expect(getComputedStyle(element).color, element.localName).to.equal('rgb(241, 244, 248)');
      }
      const card = finder.shadowRoot!.querySelector('learning-opportunity-card')!;
      expect(getComputedStyle(card.shadowRoot!.querySelector('article')!).backgroundColor, 'a card inside the finder').to.equal('rgb(20, 32, 46)');
    });
  });
}
