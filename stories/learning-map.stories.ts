import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/learning-feed/define.js';
import '../src/elements/learning-map/define.js';
import {
  demoFeed, MISSING_FEED, MISSING_TILES, NEVER_ANSWERING_SERVER, OFFLINE_TILES, OFFLINE_TILES_ATTRIBUTION, pendingFeed, storyFeed,
} from './support/feeds.js';
import { textControls } from './support/controls.js';
import { feedsFailed, feedsLoaded, loadingShown } from './support/settle.js';

interface MapArgs {
  src: string;
  tiles?: string;
  attribution?: string;
  center?: string;
  zoom?: string;
  'walk-radius'?: string;
  view?: 'map' | 'list';
}

function map(args: MapArgs) {
  return html`<learning-map
    src=${args.src}
    tiles=${ifDefined(args.tiles)}
    attribution=${ifDefined(args.attribution)}
    center=${ifDefined(args.center)}
    zoom=${ifDefined(args.zoom)}
    walk-radius=${ifDefined(args['walk-radius'])}
    view=${ifDefined(args.view)}
  ></learning-map>`;
}

/**
 * The stories draw plain offline tiles (a grid), so they run without a network; set `tiles` to
 * https://tile.openstreetmap.org/{z}/{x}/{y}.png in the controls to see real streets when online.
 */
const meta: Meta<MapArgs> = {
  title: 'Elements/learning-map',
  component: 'learning-map',
  args: { src: demoFeed('multilingual'), tiles: OFFLINE_TILES, attribution: OFFLINE_TILES_ATTRIBUTION },
  argTypes: {
    view: { control: 'inline-radio', options: ['map', 'list'] },
    ...textControls('src', 'tiles', 'attribution', 'center', 'zoom', 'walk-radius'),
  },
  render: map,
  play: feedsLoaded,
};
export default meta;

type Story = StoryObj<MapArgs>;

export const Default: Story = {};

export const ListOfPlaces: Story = {
  args: { view: 'list' },
};

/** Walking-distance rings around the designated learning lighthouses. */
export const WalkRadius: Story = {
  args: { 'walk-radius': '15' },
};

export const ManyResults: Story = {
  name: 'Many results (Barnet library events)',
  args: { src: demoFeed('barnet-events') },
};

export const Thousands: Story = {
  name: 'Thousands of stops, clustered (UK mobile libraries)',
  args: { src: demoFeed('mobile-libraries') },
};

export const CenterAndZoom: Story = {
  args: { center: '53.4808,-2.2426', zoom: '15' },
};

export const Loading: Story = {
  render: (args) => html`<learning-feed .storeOptions=${NEVER_ANSWERING_SERVER} src=${pendingFeed('map-loading')}>
    ${map({ ...args, src: '' })}
  </learning-feed>`,
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

export const TilesFail: Story = {
  name: 'Tiles fail to load',
  args: { tiles: MISSING_TILES, attribution: 'Tiles that answer 404' },
};

export const LongTexts: Story = {
  args: { src: storyFeed('long-texts'), view: 'list' },
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  render: (args) => html`<div lang="ar" dir="rtl">${map(args)}</div>`,
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  render: (args) => html`<div style="inline-size: 320px">${map(args)}</div>`,
};
