/** Mounts `<learning-feed>` with its events recorded from the start, and waits for its first load to finish. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/learning-feed/define.js';
import type { LearningFeed } from '../../../src/elements/learning-feed/learning-feed.js';
import type { LearningFeedErrorDetail, LearningFeedLoadDetail } from '../../../src/elements/learning-feed/events.js';
import type { FeedStoreOptions } from '../../../src/data/store.js';

export const FIXTURES = '/test/fixtures/http';

export interface MountedFeed {
  el: LearningFeed;
  loads: LearningFeedLoadDetail[];
  errors: LearningFeedErrorDetail[];
}

/** Fast settings: no real backoff waits unless a test asks for them. */
export const FAST: FeedStoreOptions = { retry: { maxAttempts: 1 } };

export async function mountFeed(src: string, storeOptions: FeedStoreOptions = FAST): Promise<MountedFeed> {
  const loads: LearningFeedLoadDetail[] = [];
  const errors: LearningFeedErrorDetail[] = [];
  const el = await fixture<LearningFeed>(html`
    <learning-feed
      .storeOptions=${storeOptions}
      src=${src}
      @learning-feed-load=${(event: CustomEvent<LearningFeedLoadDetail>) => loads.push(event.detail)}
      @learning-feed-error=${(event: CustomEvent<LearningFeedErrorDetail>) => errors.push(event.detail)}
    ></learning-feed>
  `);
  await loadFinished(el);
  return { el, loads, errors };
}

/** Resolves once the element's store has finished at least `count` loads. */
export async function loadFinished(el: LearningFeed, count = 1): Promise<void> {
  await waitUntil(
    () => el.store !== undefined && el.store.loadCount >= count && el.store.status !== 'loading',
    `<learning-feed src="${el.src}"> did not finish loading`,
    { timeout: 8000, interval: 10 },
  );
}

/** A path no other test uses, so per-token server state (flaky counters) and shared stores never mix. */
export function unique(): string {
  return Math.random().toString(36).slice(2);
}
