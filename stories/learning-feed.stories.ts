import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/learning-feed/define.js';
import '../src/elements/learning-calendar/define.js';
import '../src/elements/learning-lighthouse/define.js';
import './support/feed-report.js';
import { demoFeed, MISSING_FEED, NEVER_ANSWERING_SERVER, pendingFeed, storyFeed } from './support/feeds.js';
import { textControls } from './support/controls.js';
import { feedsFailed, feedsLoaded, feedsSettled, loadingShown } from './support/settle.js';

interface FeedArgs {
  src: string;
  timezone?: string;
}

/**
 * `<learning-feed>` draws nothing: it loads feeds and hands them to the widgets inside it. These stories
 * show its events (in the panel under the story) and, at the end, the widgets it feeds.
 */
const meta: Meta<FeedArgs> = {
  title: 'Elements/learning-feed',
  component: 'learning-feed',
  args: { src: demoFeed('multilingual') },
  argTypes: textControls('src', 'timezone'),
  render: ({ src, timezone }) => html`<story-feed-report>
    <learning-feed src=${src} timezone=${ifDefined(timezone)}></learning-feed>
  </story-feed-report>`,
  play: feedsLoaded,
};
export default meta;

type Story = StoryObj<FeedArgs>;

export const Loaded: Story = {};

export const SeveralFeedsMerged: Story = {
  args: { src: `${demoFeed('multilingual')} ${storyFeed('long-texts')}` },
};

export const Loading: Story = {
  render: () => html`<story-feed-report>
    <learning-feed .storeOptions=${NEVER_ANSWERING_SERVER} src=${pendingFeed('feed-loading')}></learning-feed>
  </story-feed-report>`,
  play: loadingShown,
};

export const Empty: Story = {
  args: { src: storyFeed('empty') },
};

export const ErrorNotFound: Story = {
  name: 'Error (404)',
  args: { src: MISSING_FEED },
  play: feedsFailed,
};

export const ProblemsInTheFeed: Story = {
  args: { src: storyFeed('with-problems') },
};

/** One of two feeds fails: the widgets show the other one's items; the error event names the failed URL. */
export const OneFeedFails: Story = {
  args: { src: `${demoFeed('multilingual')} ${MISSING_FEED}` },
  play: feedsSettled,
};

/** One feed, one set of filters, shared by every widget inside it. */
export const FeedingWidgets: Story = {
  render: ({ src, timezone }) => html`<story-feed-report>
    <learning-feed src=${src} timezone=${ifDefined(timezone)}>
      <learning-lighthouse organization="central-library" registry=${src} variant="compact"></learning-lighthouse>
      <learning-calendar date="2026-12-07" view="month"></learning-calendar>
    </learning-feed>
  </story-feed-report>`,
};
