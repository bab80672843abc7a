// The demo's embed page: the <embed-builder> (shared with Storybook's docs) on the demo's own feeds,
// and a footer crediting the data of the feed last checked.
import { localeChain } from '../../src/core/text.js';
import { creditItem, creditsOf } from '../shared/attribution.js';
import type { FeedCheck } from './feed-check.js';
import './embed-builder.js';
import type { SampleFeed } from './embed-builder.js';

/** The feeds next to this page (demo/feeds, demo/samples), addressed as the built site serves them. */
const DEMO_FEEDS: SampleFeed[] = [
  { url: 'feeds/multilingual.json', label: 'Riverside, a made-up learning city (English, Arabic, Korean)' },
  { url: 'feeds/greater-manchester.json', label: 'Greater Manchester learning places (open data)' },
  { url: 'feeds/barnet-events.json', label: 'Barnet library events (open data)' },
  { url: 'feeds/mobile-libraries.json', label: 'UK mobile library stops (open data, 4 MB)' },
  { url: 'samples/feed-with-mistakes.json', label: 'A feed with mistakes, to see the check' },
];

function renderSources(list: HTMLElement, check: FeedCheck): void {
  const info = check.parsed?.info;
  if (!info) {
    const item = document.createElement('li');
    item.textContent = 'Check a feed to see where its data comes from.';
    list.replaceChildren(item);
    return;
  }
  list.replaceChildren(...creditsOf(info, localeChain(document.documentElement.lang)).map(creditItem));
}

const builder = document.querySelector('embed-builder');
const sources = document.getElementById('data-sources');
if (builder) {
  builder.samples = DEMO_FEEDS;
  if (sources) builder.addEventListener('embed-builder-check', (event) => renderSources(sources, event.detail));
}
