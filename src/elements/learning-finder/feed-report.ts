/**
 * A finder with its own `src` (no enclosing `<learning-feed>` to do it) tells the webmaster why its
 * feed failed: in the console and as a `learning-feed-error` event per URL, once per load.
 */
import type { FeedStore } from '../../data/store.js';

export interface FinderFeedErrorDetail {
  url: string;
  kind: string;
  message: string;
}

const reported = new WeakMap<FeedStore, number>();

export function reportLoadErrors(host: HTMLElement, store: FeedStore): void {
  if (store.status === 'loading' || store.loadCount === 0 || reported.get(store) === store.loadCount) return;
  reported.set(store, store.loadCount);
  for (const error of store.loadErrors) {
    console.error(`<learning-finder>: ${error.message}`);
    const detail: FinderFeedErrorDetail = { url: error.url, kind: error.kind, message: error.message };
    host.dispatchEvent(new CustomEvent('learning-feed-error', { detail, bubbles: true, composed: true }));
  }
}
