// What the embed-code builder offers for each element: the attributes a webmaster would set, with a
// label and a hint each. Attribute names are the elements' documented ones (custom-elements.json).

export type WidgetTag = 'learning-finder' | 'learning-map' | 'learning-calendar' | 'learning-lighthouse';
/** A single element, or finder + map + calendar sharing one `<learning-feed>` (coordinated). */
export type EmbedKind = WidgetTag | 'together';

export interface OptionSpec {
  attribute: string;
  label: string;
  hint?: string;
  kind: 'text' | 'number' | 'select' | 'checkbox';
  /** For `select`: value → label; the empty value means "not set". */
  choices?: Array<[string, string]>;
  placeholder?: string;
  /** Filled with the organization ids found by the feed check. */
  listsOrganizations?: boolean;
}

export const KIND_LABELS: Record<EmbedKind, string> = {
  'learning-finder': 'Finder (search and filters)',
  'learning-map': 'Map',
  'learning-calendar': 'Calendar',
  'learning-lighthouse': 'Learning Lighthouse badge',
  together: 'Finder, map and calendar together',
};

const LANGUAGE: OptionSpec = {
  attribute: 'lang',
  label: 'Language of the widget',
  hint: 'Default: the language of your page.',
  kind: 'select',
  choices: [['', 'Same as the page'], ['en', 'English'], ['fr', 'Français'], ['es', 'Español'], ['de', 'Deutsch'], ['ko', '한국어'], ['ar', 'العربية']],
};

const TOPICS: OptionSpec = {
  attribute: 'topics',
  label: 'Only these topics',
  hint: 'Topic ids, separated by spaces.',
  kind: 'text',
  placeholder: 'coding languages',
};

export const OPTIONS: Record<EmbedKind, OptionSpec[]> = {
  'learning-finder': [
    { attribute: 'query', label: 'Start with this search', kind: 'text', placeholder: 'english' },
    TOPICS,
    { attribute: 'audience', label: 'Only for', hint: 'Audience ids, separated by spaces.', kind: 'text', placeholder: 'children teens' },
    { attribute: 'facets', label: 'Filter groups, in order', hint: 'Default: all.', kind: 'text', placeholder: 'date topic audience cost' },
    { attribute: 'page-size', label: 'Results per page', kind: 'number', placeholder: '20' },
    { attribute: 'layout', label: 'Layout', kind: 'select', choices: [['', 'Automatic'], ['list', 'List'], ['grid', 'Grid']] },
    { attribute: 'hide-search', label: 'Hide the search box', kind: 'checkbox' },
    { attribute: 'sync-url', label: 'Keep the filters in the page address (shareable links)', kind: 'checkbox' },
    LANGUAGE,
  ],
  'learning-map': [
    { attribute: 'center', label: 'Centre', hint: 'latitude,longitude. Default: fit all places.', kind: 'text', placeholder: '53.48,-2.24' },
    { attribute: 'zoom', label: 'Zoom', hint: '0 (world) to 19 (street).', kind: 'number', placeholder: '12' },
    { attribute: 'view', label: 'Open on', kind: 'select', choices: [['', 'The map'], ['list', 'The list of places']] },
    { attribute: 'walk-radius', label: 'Rings around Learning Lighthouses', hint: 'Minutes on foot (10), or a distance: 800m, 1km.', kind: 'text', placeholder: '10' },
    { attribute: 'tiles', label: 'Tile URL template', hint: 'Default: OpenStreetMap.', kind: 'text', placeholder: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png' },
    { attribute: 'attribution', label: 'Tile attribution', hint: 'Required by most tile providers when you change the tiles.', kind: 'text' },
    LANGUAGE,
  ],
  'learning-calendar': [
    { attribute: 'view', label: 'View', kind: 'select', choices: [['', 'Automatic (list when narrow)'], ['month', 'Month'], ['week', 'Week'], ['agenda', 'List']] },
    { attribute: 'date', label: 'Open on', hint: 'YYYY-MM-DD. Default: today.', kind: 'text', placeholder: '2026-12-01' },
    { attribute: 'timezone', label: 'Time zone', hint: 'An IANA name, or "local". Default: the feed\'s.', kind: 'text', placeholder: 'Europe/London' },
    { attribute: 'first-day', label: 'First day of the week', kind: 'select', choices: [['', 'From the language'], ['1', 'Monday'], ['7', 'Sunday'], ['6', 'Saturday']] },
    TOPICS,
    { attribute: 'organization', label: 'Only these organizations', hint: 'Ids as in the feed.', kind: 'text', listsOrganizations: true },
    LANGUAGE,
  ],
  'learning-lighthouse': [
    { attribute: 'organization', label: 'Organization id', hint: 'As published in the registry feed. Check the feed to get a list.', kind: 'text', listsOrganizations: true },
    { attribute: 'src', label: 'Your own feed (optional)', hint: 'For "sessions this week" and "next". Default: the registry feed above.', kind: 'text' },
    { attribute: 'finder', label: 'Link to your finder page (optional)', hint: 'A page with a <learning-finder>; the badge links to it, filtered to you.', kind: 'text' },
    { attribute: 'variant', label: 'Style', kind: 'select', choices: [['', 'Card'], ['compact', 'Compact pill'], ['full', 'Full']] },
    { attribute: 'theme', label: 'Colours', kind: 'select', choices: [['', 'Follow the reader\'s setting'], ['light', 'Light'], ['dark', 'Dark']] },
    { attribute: 'near', label: 'Walking time from', hint: 'latitude,longitude', kind: 'text', placeholder: '53.4794,-2.2453' },
    LANGUAGE,
  ],
  together: [
    { attribute: 'timezone', label: 'Time zone for every widget', hint: 'An IANA name. Default: the feed\'s.', kind: 'text', placeholder: 'Europe/London' },
    LANGUAGE,
  ],
};

/** Attribute values as the form gives them: text, or true for a ticked box. Empty means "not set". */
export type AttributeValues = Record<string, string | boolean>;
