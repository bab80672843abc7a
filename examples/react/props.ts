/** The props of <FinderWithMap>, kept free of JSX so plain TypeScript (and the tests) can import them. */
import type { LearningFeedLoadDetail, LearningFilterChangeDetail, LearningSelectDetail } from 'learning-city-widgets';

export interface FinderWithMapProps {
  /** Feed URL(s), space-separated. */
  src: string;
  /** UI language of the widgets (default: the page's `lang`). */
  lang?: string;
  /** Topics ticked when the finder opens, e.g. "coding languages". */
  topics?: string;
  /** Results per page. */
  pageSize?: number;
  /** Map tiles URL template (default: OpenStreetMap). */
  tiles?: string;
  /** light, dark or auto. */
  theme?: 'light' | 'dark' | 'auto';
  onOpportunitySelected?: (detail: LearningSelectDetail) => void;
  onFiltersChanged?: (detail: LearningFilterChangeDetail) => void;
  onFeedLoaded?: (detail: LearningFeedLoadDetail) => void;
}

/** What mount() returns: change the props, or take the app down. */
export interface MountedExample {
  update(props: FinderWithMapProps): void;
  unmount(): void;
}
