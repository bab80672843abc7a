/**
 * The badge's own words in English (other locales: src/i18n/translations/<locale>.ts). The designation's
 * name and "since YEAR" are core's badgeWords, shared with the static SVG export (core/badge-svg.ts) so
 * print and screen say the same thing; they are few, so every locale of them ships with the badge.
 */
import { badgeWords } from '../../core/badge-svg.js';
import { defineMessages } from '../../i18n/catalog.js';
import { pickUiLocale } from '../../i18n/locales.js';
import { plural } from '../../i18n/word-forms.js';

export interface LighthouseMessages {
  title: string;
  since(year: string): string;
  /** "Designated by Namyangju Learning City". */
  designatedBy(registry: string): string;
  /** Member of the registry, not designated: claims membership only. */
  member: string;
  /** Not in the registry: claims nothing. */
  notFound: string;
  /** The registry could not be read: claims nothing. */
  unavailable: string;
  loading: string;
  /** "3 sessions in the next 7 days" (1 or more). */
  sessionsThisWeek(count: number, formatted: string): string;
  /** The organization has opportunities, but no session in the next 7 days. */
  noSessionsThisWeek: string;
  /** "Next: Code Club, Tue 24 Nov, 16:00". */
  next(title: string, when: string): string;
  walk(minutes: string): string;
  showWalk: string;
  locating: string;
  locationUnavailable: string;
  website(name: string): string;
  criteria: string;
  /** Link to a finder page filtered to the organization. */
  allActivities(name: string): string;
}

/** The words that are the badge's own (the rest are core's badgeWords). */
export type LighthouseOwnMessages = Omit<LighthouseMessages, 'title' | 'since'>;

const ownMessages = defineMessages('lighthouse', {
  designatedBy: (registry) => `Designated by ${registry}`,
  member: 'Learning city partner', notFound: 'Not listed by the learning city', unavailable: 'Designation could not be checked',
  loading: 'Checking the designation…',
  sessionsThisWeek: (count, n) => plural('en', count, n, { one: '{n} session in the next 7 days', other: '{n} sessions in the next 7 days' }),
  noSessionsThisWeek: 'No sessions in the next 7 days',
  next: (title, when) => `Next: ${title}, ${when}`,
  walk: (minutes) => `${minutes} min walk`, showWalk: 'Walking time from my location', locating: 'Finding your location…',
  locationUnavailable: 'Your location is not available.', website: (name) => `Visit ${name}`, criteria: 'What is a Learning Lighthouse?',
  allActivities: (name) => `All activities at ${name}`,
});

export const lighthouseMessages = {
  /** The words for a BCP 47 tag; English until that locale is loaded (see defineMessages). */
  for(tag: string | undefined): LighthouseMessages {
    const { title, since } = badgeWords[pickUiLocale(tag)];
    return { title, since, ...ownMessages.for(tag) };
  },
};
