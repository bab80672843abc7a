import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/learning-feed/define.js';
import '../src/elements/learning-finder/define.js';
import { demoFeed, MISSING_FEED, NEVER_ANSWERING_SERVER, pendingFeed, storyFeed } from './support/feeds.js';
import { textControls } from './support/controls.js';
import { feedsFailed, feedsLoaded, loadingShown } from './support/settle.js';

interface FinderArgs {
  src: string;
  query?: string;
  topics?: string;
  audience?: string;
  facets?: string;
  layout?: 'list' | 'grid';
  'page-size'?: number;
  'hide-search'?: boolean;
}

function finder(args: FinderArgs) {
  return html`<learning-finder
    src=${args.src}
    query=${ifDefined(args.query)}
    topics=${ifDefined(args.topics)}
    audience=${ifDefined(args.audience)}
    facets=${ifDefined(args.facets)}
    layout=${ifDefined(args.layout)}
    page-size=${ifDefined(args['page-size'])}
    ?hide-search=${args['hide-search'] ?? false}
  ></learning-finder>`;
}

const meta: Meta<FinderArgs> = {
  title: 'Elements/learning-finder',
  component: 'learning-finder',
  args: { src: demoFeed('multilingual') },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid'] },
    ...textControls('src', 'query', 'topics', 'audience', 'facets'),
  },
  render: finder,
  play: feedsLoaded,
};
export default meta;

type Story = StoryObj<FinderArgs>;

export const Default: Story = {};

export const ManyResults: Story = {
  args: { src: demoFeed('barnet-events') },
};

/** Every mobile library stop in the UK: thousands of opportunities, the search index built in idle time. */
export const Thousands: Story = {
  name: 'Thousands of results (UK mobile libraries)',
  args: { src: demoFeed('mobile-libraries'), 'page-size': 20 },
};

export const Grid: Story = {
  args: { layout: 'grid' },
};

export const SearchPreset: Story = {
  args: { query: 'coding' },
};

/** A page about one topic: filters preset, search box hidden, fewer filter groups. */
export const TopicPage: Story = {
  args: { topics: 'languages', 'hide-search': true, facets: 'date audience cost language' },
};

export const NoMatches: Story = {
  name: 'Empty (no result matches)',
  args: { query: 'underwater basket weaving' },
};

export const Loading: Story = {
  render: (args) => html`<learning-feed .storeOptions=${NEVER_ANSWERING_SERVER} src=${pendingFeed('finder-loading')}>
    ${finder({ ...args, src: '' })}
  </learning-feed>`,
  play: loadingShown,
};

export const Empty: Story = {
  name: 'Empty feed',
  args: { src: storyFeed('empty') },
};

export const ErrorNotFound: Story = {
  name: 'Error (404)',
  args: { src: MISSING_FEED },
  play: feedsFailed,
};

export const LongTexts: Story = {
  args: { src: storyFeed('long-texts') },
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  render: (args) => html`<div lang="ar" dir="rtl">${finder(args)}</div>`,
};

export const Korean: Story = {
  render: (args) => html`<div lang="ko">${finder(args)}</div>`,
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  render: (args) => html`<div style="inline-size: 320px">${finder(args)}</div>`,
};
