import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/learning-feed/define.js';
import '../src/elements/learning-lighthouse/define.js';
import { demoFeed, MISSING_FEED, NEVER_ANSWERING_SERVER, pendingFeed, storyFeed } from './support/feeds.js';
import { textControls } from './support/controls.js';
import { feedsFailed, feedsLoaded, loadingShown } from './support/settle.js';

interface LighthouseArgs {
  organization: string;
  registry?: string;
  src?: string;
  near?: string;
  variant?: 'compact' | 'card' | 'full';
  theme?: 'light' | 'dark' | 'auto';
}

/** "Now" for the "this week" and "next" lines, pinned so the stories look the same whatever today is. */
const NOW = Date.parse('2026-12-07T09:00:00Z');
/** Near Riverside Central Library in the demo feed: shows the walking time. */
const NEAR_THE_LIBRARY = '53.4794,-2.2453';

function badge(args: LighthouseArgs) {
  return html`<learning-lighthouse
    organization=${args.organization}
    registry=${ifDefined(args.registry)}
    src=${ifDefined(args.src)}
    near=${ifDefined(args.near)}
    variant=${ifDefined(args.variant)}
    theme=${ifDefined(args.theme)}
    .now=${NOW}
  ></learning-lighthouse>`;
}

const meta: Meta<LighthouseArgs> = {
  title: 'Elements/learning-lighthouse',
  component: 'learning-lighthouse',
  args: { organization: 'central-library', registry: demoFeed('multilingual'), variant: 'card' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'card', 'full'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    ...textControls('organization', 'registry', 'src', 'near', 'finder'),
  },
  render: badge,
  play: feedsLoaded,
};
export default meta;

type Story = StoryObj<LighthouseArgs>;

export const Card: Story = {};

export const Compact: Story = {
  args: { variant: 'compact' },
};

export const Full: Story = {
  args: { variant: 'full', near: NEAR_THE_LIBRARY },
};

export const DarkBadge: Story = {
  args: { theme: 'dark', variant: 'full' },
};

/** Real data: a Trafford library in the Greater Manchester registry of learning places. */
export const RealRegistry: Story = {
  name: 'Real registry (Greater Manchester)',
  args: { organization: 'sale-library', registry: demoFeed('greater-manchester'), variant: 'full' },
};

/** Listed in the registry as a candidate: a member of the learning city, not (yet) a lighthouse. */
export const MemberNotDesignated: Story = {
  args: { organization: 'al-noor-centre' },
};

export const NotFound: Story = {
  name: 'Not in the registry',
  args: { organization: 'no-such-organization' },
};

export const Loading: Story = {
  render: (args) => html`<learning-feed .storeOptions=${NEVER_ANSWERING_SERVER} src=${pendingFeed('lighthouse-loading')}>
    ${badge({ ...args, registry: undefined })}
  </learning-feed>`,
  play: loadingShown,
};

export const LoadingCompact: Story = {
  args: { variant: 'compact' },
  render: Loading.render,
  play: loadingShown,
};

export const Empty: Story = {
  name: 'Empty feed (registry lists no activities)',
  args: { registry: storyFeed('empty'), variant: 'full' },
};

export const ErrorNotFound: Story = {
  name: 'Error (registry 404)',
  args: { registry: MISSING_FEED },
  play: feedsFailed,
};

export const LongTexts: Story = {
  args: { organization: 'long-name-library', registry: storyFeed('long-texts'), variant: 'full' },
};

export const LongTextsCompact: Story = {
  args: { organization: 'long-name-library', registry: storyFeed('long-texts'), variant: 'compact' },
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  args: { variant: 'full' },
  render: (args) => html`<div lang="ar" dir="rtl">${badge(args)}</div>`,
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  args: { variant: 'full', organization: 'long-name-library', registry: storyFeed('long-texts') },
  render: (args) => html`<div style="inline-size: 320px">${badge(args)}</div>`,
};
