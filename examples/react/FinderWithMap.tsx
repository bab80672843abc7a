/**
 * A React 19 component around <learning-finder> and <learning-map> sharing one <learning-feed>.
 * React 19 passes props to custom elements as properties (so `pageSize={5}` is a number, not the
 * string "5") and `onlearning-select` props as listeners for the elements' own events; no wrapper
 * library or ref juggling is needed.
 */
import { useState } from 'react';
import 'learning-city-widgets/learning-feed';
import 'learning-city-widgets/learning-finder';
import 'learning-city-widgets/learning-map';
import type { LearningFeedLoadEvent, LearningFilterChangeEvent, LearningSelectEvent } from 'learning-city-widgets';
// The JSX types of the elements (a type-only module: nothing of it reaches the bundle).
import './custom-elements.js';
import type { FinderWithMapProps } from './props.js';

export type { FinderWithMapProps } from './props.js';

export function FinderWithMap({ src, lang, topics, pageSize = 10, tiles, theme = 'auto', onOpportunitySelected, onFiltersChanged, onFeedLoaded }: FinderWithMapProps) {
  const [loaded, setLoaded] = useState<number>();
  const [chosen, setChosen] = useState<string>();

  const feedLoaded = (event: LearningFeedLoadEvent) => {
    setLoaded(event.detail.counts.opportunities);
    onFeedLoaded?.(event.detail);
  };
  const selected = (event: LearningSelectEvent) => {
    setChosen(event.detail.opportunity.id);
    onOpportunitySelected?.(event.detail);
  };
  const filtersChanged = (event: LearningFilterChangeEvent) => onFiltersChanged?.(event.detail);

  return (
    <learning-feed src={src} theme={theme} onlearning-feed-load={feedLoaded}>
      <p className="feed-status" role="status">{loaded === undefined ? 'Loading…' : `${loaded} opportunities loaded`}</p>
      <learning-finder lang={lang} topics={topics} pageSize={pageSize} layout="grid"
        onlearning-select={selected} onlearning-filter-change={filtersChanged} />
      <learning-map lang={lang} tiles={tiles} walkRadius="10" onlearning-select={selected} />
      {chosen && <p className="chosen">You chose: {chosen}</p>}
    </learning-feed>
  );
}
