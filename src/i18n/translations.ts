/**
 * Every element's UI words in one locale, one section per element (or shared part). English lives
 * next to each element (`defineMessages` in its messages.ts) and ships with it; every other locale is
 * one module, `translations/<locale>.ts`, typed `satisfies Translations`, so a missing or extra key
 * in any locale is a compile error. Each of those modules becomes one lazy chunk: a French page
 * makes one request for the words of every element on it.
 *
 * Not here: topic labels (every language feeds the finder's search index, so they ship whole with
 * the finder) and the lighthouse designation words (core's badgeWords, tiny, shared with the SVG export).
 */
import type { ScheduleWords } from '../core/describe/schedule-messages.js';
import type { CalendarMessages } from '../elements/learning-calendar/messages.js';
import type { FinderMessages } from '../elements/learning-finder/messages.js';
import type { LighthouseOwnMessages } from '../elements/learning-lighthouse/messages.js';
import type { MapMessages } from '../elements/learning-map/messages.js';
import type { SharedMessages } from '../elements/shared/messages.js';
import type { AccessibilityLabels, AudienceLabels } from '../elements/shared/vocabulary-labels.js';

export interface Translations {
  shared: SharedMessages;
  audiences: AudienceLabels;
  accessibility: AccessibilityLabels;
  finder: FinderMessages;
  calendar: CalendarMessages;
  map: MapMessages;
  lighthouse: LighthouseOwnMessages;
  /** Core's sentence shapes for schedules; core keeps its own copy for Node (see core/describe/words). */
  schedule: ScheduleWords;
}

export type TranslationSection = keyof Translations;
