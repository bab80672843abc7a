/**
 * Feed URLs for the stories. They are relative on purpose: Storybook serves `demo/feeds` and
 * `stories/feeds` next to its iframe.html (see .storybook/main.ts `staticDirs`), and Web Test Runner
 * serves the repository root with its test page at `/`, so the same relative URL loads the same file in
 * both, and in a Storybook published under a sub-path. Nothing here touches the network.
 */
import type { FeedStoreOptions } from '../../src/data/store.js';

/** Feeds in demo/feeds/: the bilingual sample and the ones generated from real open data. */
export type DemoFeedName = 'multilingual' | 'greater-manchester' | 'mobile-libraries' | 'barnet-events';

/** Feeds made for the stories' edge cases, in stories/feeds/. */
export type StoryFeedName = 'empty' | 'long-texts' | 'with-problems';

export function demoFeed(name: DemoFeedName): string {
  return `demo/feeds/${name}.json`;
}

export function storyFeed(name: StoryFeedName): string {
  return `stories/feeds/${name}.json`;
}

/**
 * Map tiles that need no network: one plain grid tile (stories/tiles/plain.svg) for every square. The
 * default OpenStreetMap tiles would make the stories depend on the internet.
 */
export const OFFLINE_TILES = 'stories/tiles/plain.svg';
export const OFFLINE_TILES_ATTRIBUTION = 'Plain offline tiles for the stories';

/** A tile URL template whose every tile answers 404: the map's real "tiles failed" state. */
export const MISSING_TILES = 'stories/tiles/missing/{z}/{x}/{y}.png';

/** A feed URL that answers 404 in Storybook and in the test server alike: the real error path. */
export const MISSING_FEED = 'stories/feeds/this-feed-does-not-exist.json';

/**
 * Store settings for the loading state: a server that never answers. The request really is pending
 * (the widgets show their real loading state); it ends only when the story unmounts and the store aborts it.
 * The URL it is used with must be one no other story uses, because stores are shared by URL.
 */
export const NEVER_ANSWERING_SERVER: FeedStoreOptions = {
  timeoutMs: 24 * 60 * 60 * 1000,
  retry: { maxAttempts: 1 },
  fetch: (_input, init) =>
    new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
    }),
};

/** A URL only the loading stories use, so their never-answering store is never shared with a real one. */
export function pendingFeed(story: string): string {
  return `${demoFeed('multilingual')}?pending=${encodeURIComponent(story)}`;
}
