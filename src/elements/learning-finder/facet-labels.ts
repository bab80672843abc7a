/** What a facet value is called on screen, in the reader's language ("digital-skills" → "Digital skills"). */
import type { AttendanceMode } from '../../core/model.js';
import type { FacetName } from '../../core/search/index.js';
import { sharedMessages } from '../shared/messages.js';
import { languageName } from '../shared/opportunity-facts.js';
import { accessibilityLabel, audienceLabel } from '../shared/vocabulary-labels.js';
import { topicLabel } from './topic-labels.js';

/** The label, or undefined for organizations and places (core names those from the model). */
export function facetValueLabel(facet: FacetName, value: string, locale: string): string | undefined {
  switch (facet) {
    case 'topic':
      return topicLabel(value, locale);
    case 'audience':
      return audienceLabel(value, locale);
    case 'accessibility':
      return accessibilityLabel(value, locale);
    case 'cost': {
      const words = sharedMessages.for(locale);
      return value === 'free' ? words.free : value === 'paid' ? words.paid : value;
    }
    case 'attendanceMode':
      return sharedMessages.for(locale).mode[value as AttendanceMode] ?? value;
    case 'language':
      return languageName(value, locale);
    default:
      return undefined;
  }
}
