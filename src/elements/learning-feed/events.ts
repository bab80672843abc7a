/** The events `<learning-feed>` fires, typed for `addEventListener` in TypeScript. */
import type { FeedProblem } from '../../core/model.js';
import type { FeedLoadErrorKind } from '../../data/errors.js';
import type { FeedStatus } from '../../data/store.js';

export interface FeedCounts {
  feeds: number;
  organizations: number;
  places: number;
  opportunities: number;
}

export interface LearningFeedLoadDetail {
  /** 'stale' when some feed failed and its last good copy is shown instead. */
  status: Extract<FeedStatus, 'ready' | 'stale'>;
  counts: FeedCounts;
  /** Problems found inside the feeds (bad items are left out; valid ones are shown). */
  problems: readonly FeedProblem[];
}

export interface LearningFeedErrorDetail {
  /** The feed URL that failed. */
  url: string;
  kind: FeedLoadErrorKind;
  /** What went wrong and what to do, for the webmaster. */
  message: string;
}

export type LearningFeedLoadEvent = CustomEvent<LearningFeedLoadDetail>;
export type LearningFeedErrorEvent = CustomEvent<LearningFeedErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'learning-feed-load': LearningFeedLoadEvent;
    'learning-feed-error': LearningFeedErrorEvent;
  }
}
