import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AttributeValues, EmbedKind } from '../demo/embed/options.js';
import '../demo/embed/embed-builder.js';
import type { SampleFeed } from '../demo/embed/embed-builder.js';
import { demoFeed, OFFLINE_TILES, OFFLINE_TILES_ATTRIBUTION, storyFeed } from './support/feeds.js';
import { feedsLoaded } from './support/settle.js';

/**
 * The demo's embed-code builder (demo/embed/embed-builder.ts, the same module demo/embed.html uses), on
 * the feeds Storybook serves: pick an element, a feed and options, see the element live, copy the snippet.
 * Docs: stories/embed-builder.mdx.
 */
interface BuilderArgs {
  kind: EmbedKind;
  feed: string;
  presets?: AttributeValues;
}

const STORY_FEEDS: SampleFeed[] = [
  { url: demoFeed('multilingual'), label: 'Riverside, a made-up learning city (English, Arabic, Korean)' },
  { url: demoFeed('greater-manchester'), label: 'Greater Manchester learning places (open data)' },
  { url: demoFeed('barnet-events'), label: 'Barnet library events (open data)' },
  { url: demoFeed('mobile-libraries'), label: 'UK mobile library stops (open data, 4 MB)' },
  { url: storyFeed('with-problems'), label: 'A feed with mistakes, to see the check' },
];

function builder(args: BuilderArgs) {
  return html`<embed-builder kind=${args.kind} feed=${args.feed} .samples=${STORY_FEEDS} .presets=${args.presets ?? {}}></embed-builder>`;
}

/** Waits for the feed check to report and for the previewed element to show its feed. */
async function builderReady(context: { canvasElement: HTMLElement }): Promise<void> {
  const builders = [...context.canvasElement.querySelectorAll('embed-builder')];
  if (!builders.length) throw new Error('The story rendered no <embed-builder>.');
  await Promise.all(builders.map((element) => element.updateComplete.then(() => element.checkComplete)));
  await feedsLoaded(context);
}

const meta: Meta<BuilderArgs> = {
  title: 'Tools/Embed builder',
  // stories/embed-builder.mdx is this component's docs page.
  tags: ['!autodocs'],
  args: { kind: 'learning-finder', feed: demoFeed('multilingual') },
  argTypes: {
    kind: { control: 'select', options: ['learning-finder', 'learning-map', 'learning-calendar', 'learning-lighthouse', 'together'] },
    feed: { control: 'text' },
    presets: { control: 'object' },
  },
  render: builder,
  play: builderReady,
};
export default meta;

type Story = StoryObj<BuilderArgs>;

export const Finder: Story = {};

export const CalendarWeek: Story = {
  name: 'Calendar, week view (real open data)',
  args: { kind: 'learning-calendar', feed: demoFeed('barnet-events'), presets: { view: 'week' } },
};

export const LighthouseBadge: Story = {
  name: 'Learning Lighthouse badge',
  args: { kind: 'learning-lighthouse', presets: { organization: 'central-library', variant: 'full' } },
};

/**
 * The map draws the stories' offline tiles (set in the Tile fields, so the snippet shows how), on a
 * registry of places with no online-only activities.
 */
export const MapOfflineTiles: Story = {
  name: 'Map (offline tiles, real open data)',
  args: { kind: 'learning-map', feed: demoFeed('greater-manchester'), presets: { tiles: OFFLINE_TILES, attribution: OFFLINE_TILES_ATTRIBUTION } },
};

/** The check lists every problem, item by item; the preview still shows every valid item. */
export const FeedWithMistakes: Story = {
  name: 'A feed with mistakes',
  args: { feed: storyFeed('with-problems') },
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  render: (args) => html`<div style="inline-size: 320px">${builder(args)}</div>`,
};
