import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/learning-feed/define.js';
import '../src/elements/learning-calendar/define.js';
import { demoFeed, MISSING_FEED, NEVER_ANSWERING_SERVER, pendingFeed, storyFeed } from './support/feeds.js';
import { textControls } from './support/controls.js';
import { feedsFailed, feedsLoaded, loadingShown } from './support/settle.js';

interface CalendarArgs {
  src: string;
  view?: 'month' | 'week' | 'agenda';
  date?: string;
  timezone?: string;
  'first-day'?: string;
  topics?: string;
  'day-max-events'?: number;
}

/** The demo feed's busiest month; pinned so the stories look the same whatever today is. */
const DECEMBER = '2026-12-07';

function calendar(args: CalendarArgs) {
  return html`<learning-calendar
    src=${args.src}
    view=${ifDefined(args.view)}
    date=${ifDefined(args.date)}
    timezone=${ifDefined(args.timezone)}
    first-day=${ifDefined(args['first-day'])}
    topics=${ifDefined(args.topics)}
    day-max-events=${ifDefined(args['day-max-events'])}
  ></learning-calendar>`;
}

const meta: Meta<CalendarArgs> = {
  title: 'Elements/learning-calendar',
  component: 'learning-calendar',
  args: { src: demoFeed('multilingual'), view: 'month', date: DECEMBER },
  argTypes: {
    view: { control: 'inline-radio', options: ['month', 'week', 'agenda'] },
    ...textControls('src', 'date', 'timezone', 'first-day', 'topics', 'organization'),
  },
  render: calendar,
  play: feedsLoaded,
};
export default meta;

type Story = StoryObj<CalendarArgs>;

export const Month: Story = {};

export const Week: Story = {
  args: { view: 'week', date: '2026-12-09' },
};

export const Agenda: Story = {
  args: { view: 'agenda' },
};

export const ManyResults: Story = {
  args: { src: demoFeed('barnet-events'), view: 'month', date: '2027-03-15' },
};

export const Loading: Story = {
  render: (args) => html`<learning-feed .storeOptions=${NEVER_ANSWERING_SERVER} src=${pendingFeed('calendar-loading')}>
    ${calendar({ ...args, src: '' })}
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

export const LongTexts: Story = {
  args: { src: storyFeed('long-texts') },
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  render: (args) => html`<div lang="ar" dir="rtl">${calendar(args)}</div>`,
};

export const Korean: Story = {
  render: (args) => html`<div lang="ko">${calendar(args)}</div>`,
};

/** At 320 px the calendar switches to the list by itself unless `view` pins a view. */
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  args: { view: undefined },
  render: (args) => html`<div style="inline-size: 320px">${calendar(args)}</div>`,
};

export const NarrowMonth: Story = {
  name: 'Narrow (320 px), month pinned',
  render: (args) => html`<div style="inline-size: 320px">${calendar(args)}</div>`,
};

export const FilteredByTopic: Story = {
  args: { topics: 'languages' },
};
