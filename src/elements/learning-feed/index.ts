export { LearningFeed } from './learning-feed.js';
export type {
  FeedCounts,
  LearningFeedErrorDetail,
  LearningFeedErrorEvent,
  LearningFeedLoadDetail,
  LearningFeedLoadEvent,
} from './events.js';
