/**
 * JSX types for the learning-city elements in React 19. React 19 sets a prop as a property when the
 * element has one (`pageSize={5}`), else as an attribute, and adds `on<event-name>` props as event
 * listeners, so `onlearning-select` listens for the `learning-select` event.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  LearningFeedLoadEvent, LearningFilterChangeEvent, LearningSelectEvent, LearningFeed, LearningFinder, LearningMap,
} from 'learning-city-widgets';

export type ElementProps<E extends HTMLElement, Own> = DetailedHTMLProps<HTMLAttributes<E>, E> & Own & { theme?: 'light' | 'dark' | 'auto' };

declare module 'react' {
  // React declares its JSX types in a namespace; augmenting them takes the same syntax.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'learning-feed': ElementProps<LearningFeed, {
        src?: string;
        timezone?: string;
        'onlearning-feed-load'?: (event: LearningFeedLoadEvent) => void;
      }>;
      'learning-finder': ElementProps<LearningFinder, {
        src?: string;
        topics?: string;
        audience?: string;
        facets?: string;
        query?: string;
        pageSize?: number;
        layout?: 'list' | 'grid';
        hideSearch?: boolean;
        'onlearning-select'?: (event: LearningSelectEvent) => void;
        'onlearning-filter-change'?: (event: LearningFilterChangeEvent) => void;
      }>;
      'learning-map': ElementProps<LearningMap, {
        src?: string;
        tiles?: string;
        center?: string;
        zoom?: string;
        walkRadius?: string;
        view?: 'map' | 'list';
        'onlearning-select'?: (event: LearningSelectEvent) => void;
      }>;
    }
  }
}
