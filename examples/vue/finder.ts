/**
 * A Vue 3 component around <learning-finder> and <learning-map> sharing one <learning-feed>, written
 * with render functions. `h('learning-finder', { pageSize: 5 })` sets the element's property (Vue sets
 * a property whenever the element has one), and `onLearningSelect` listens for the `learning-select`
 * event (Vue hyphenates the name after "on"). Templates work too: see docs/frameworks.md for the
 * `compilerOptions.isCustomElement` setting they need.
 */
import { defineComponent, h, ref, type PropType } from 'vue';
import 'learning-city-widgets/learning-feed';
import 'learning-city-widgets/learning-finder';
import 'learning-city-widgets/learning-map';
import type {
  LearningFeedLoadDetail, LearningFeedLoadEvent, LearningFilterChangeDetail, LearningFilterChangeEvent, LearningSelectDetail, LearningSelectEvent,
} from 'learning-city-widgets';

export const FinderWithMap = defineComponent({
  name: 'FinderWithMap',
  props: {
    /** Feed URL(s), space-separated. */
    src: { type: String, required: true },
    /** UI language of the widgets (default: the page's `lang`). */
    lang: { type: String, default: undefined },
    /** Topics ticked when the finder opens. */
    topics: { type: String, default: undefined },
    pageSize: { type: Number, default: 10 },
    /** Map tiles URL template (default: OpenStreetMap). */
    tiles: { type: String, default: undefined },
    theme: { type: String as PropType<'light' | 'dark' | 'auto'>, default: 'auto' },
  },
  emits: {
    'opportunity-selected': (detail: LearningSelectDetail) => !!detail.opportunity,
    'filters-changed': (detail: LearningFilterChangeDetail) => !!detail.filters,
    'feed-loaded': (detail: LearningFeedLoadDetail) => !!detail.counts,
  },
  setup(props, { emit }) {
    const loaded = ref<number>();
    const chosen = ref<string>();
    const selected = (event: LearningSelectEvent) => {
      chosen.value = event.detail.opportunity.id;
      emit('opportunity-selected', event.detail);
    };
    return () =>
      h('learning-feed', {
        src: props.src,
        theme: props.theme,
        onLearningFeedLoad: (event: LearningFeedLoadEvent) => {
          loaded.value = event.detail.counts.opportunities;
          emit('feed-loaded', event.detail);
        },
      }, [
        h('p', { class: 'feed-status', role: 'status' }, loaded.value === undefined ? 'Loading…' : `${loaded.value} opportunities loaded`),
        h('learning-finder', {
          lang: props.lang,
          topics: props.topics,
          pageSize: props.pageSize,
          layout: 'grid',
          onLearningSelect: selected,
          onLearningFilterChange: (event: LearningFilterChangeEvent) => emit('filters-changed', event.detail),
        }),
        h('learning-map', { lang: props.lang, tiles: props.tiles, walkRadius: '10', onLearningSelect: selected }),
        chosen.value ? h('p', { class: 'chosen' }, `You chose: ${chosen.value}`) : null,
      ]);
  },
});
