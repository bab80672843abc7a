/**
 * The shared parts' own words (card, detail, loading/empty/error states). English is here; other
 * locales are in src/i18n/translations/<locale>.ts, loaded when needed. Dates, numbers, currencies and
 * language names come from Intl with the full language tag.
 */
import type { AttendanceMode, EventStatus } from '../../core/model.js';
import { scheduleWordsEn } from '../../core/describe/words/en.js';
import { defineMessages } from '../../i18n/catalog.js';

export interface SharedMessages {
  /** Accessible name of the card's button: "More about Code Club". */
  moreAbout(title: string): string;
  /** "By Sale Library". */
  by(provider: string): string;
  when: string;
  nextDates: string;
  where: string;
  cost: string;
  audience: string;
  languages: string;
  attendance: string;
  accessibility: string;
  about: string;
  free: string;
  paid: string;
  /** "From £5.00": the lowest of several prices. */
  from(price: string): string;
  /** Ages: both bounds, or one; numbers are formatted. */
  ages(min: string | undefined, max: string | undefined): string;
  mode: Record<AttendanceMode, string>;
  status: Record<Exclude<EventStatus, 'scheduled'>, string>;
  past: string;
  noUpcoming: string;
  register: string;
  website: string;
  addToCalendar: string;
  downloadIcs: string;
  googleCalendar: string;
  outlookCalendar: string;
  share: string;
  linkCopied: string;
  /** Link text for the map: "Map of Sale Library (OpenStreetMap)". */
  map(place: string): string;
  /** "8 min walk". */
  walk(minutes: string): string;
  /** "1.2 km away". */
  away(distance: string): string;
  loading: string;
  empty: string;
  error: string;
  /** A query cannot be answered: the search code did not load (the network went away). */
  searchFailed: string;
  /** The button that tries to load it again at once. */
  tryAgain: string;
}

export const sharedMessages = defineMessages('shared', {
  moreAbout: (title) => `More about ${title}`,
  by: (provider) => `By ${provider}`,
  when: 'When', nextDates: 'Next dates', where: 'Where', cost: 'Cost', audience: 'For', languages: 'Languages',
  attendance: 'Attendance', accessibility: 'Accessibility', about: 'About',
  free: 'Free', paid: 'Paid', from: (price) => `From ${price}`,
  ages: (min, max) => (min && max ? `Ages ${min}–${max}` : min ? `Ages ${min}+` : `Up to age ${max}`),
  mode: { offline: 'In person', online: 'Online', mixed: 'In person and online' },
  status: { cancelled: 'Cancelled', postponed: 'Postponed', rescheduled: 'Rescheduled', 'moved-online': 'Moved online' },
  past: 'Past', noUpcoming: 'No upcoming dates',
  register: 'Register', website: 'Website', addToCalendar: 'Add to calendar', downloadIcs: 'Download (.ics)',
  googleCalendar: 'Google Calendar', outlookCalendar: 'Outlook', share: 'Share', linkCopied: 'Link copied',
  map: (place) => `Map of ${place} (OpenStreetMap)`,
  walk: (minutes) => `${minutes} min walk`, away: (distance) => `${distance} away`,
  loading: 'Loading…', empty: 'Nothing to show here yet.', error: 'This could not be loaded. Please try again later.',
  searchFailed: 'Search could not load. Check your connection; it will try again by itself.', tryAgain: 'Try again',
});

/** Core's schedule sentences ("Every other Thursday"), English built in, for describeTimingWith. */
export const scheduleMessages = defineMessages('schedule', scheduleWordsEn);
