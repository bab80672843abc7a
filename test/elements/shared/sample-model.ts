import { mergeFeeds } from '../../../src/core/merge.js';
import type { FeedModel, Opportunity } from '../../../src/core/model.js';
import { parseFeed } from '../../../src/core/parse/index.js';

/** Monday 23 November 2026, 09:00 in London. */
export const NOW = Date.UTC(2026, 10, 23, 9, 0);

export const HOSTILE_DESCRIPTION =
  'Bring a laptop. <img src=x onerror="window.__pwned = true"> <script>window.__pwned = true</script>\n\n' +
  'Details at https://example.org/code-club. Not a link: javascript:alert(1) or <a href="javascript:alert(2)">click</a>';

const feed = {
  version: '1.0',
  id: 'https://fixtures.example/shared.json',
  name: 'Shared parts fixture',
  language: 'en',
  timeZone: 'Europe/London',
  organizations: [{ id: 'sale-library', name: 'Sale Library', places: ['sale-library-building'] }],
  places: [
    {
      id: 'sale-library-building',
      name: 'Sale Library',
      address: { streetAddress: 'Tatton Road', addressLocality: 'Sale', postalCode: 'M33 7YH', addressCountry: 'GB' },
      geo: { latitude: 53.4246, longitude: -2.3222 },
      accessibilitySupport: ['step-free-access'],
    },
  ],
  opportunities: [
    {
      id: 'code-club',
      name: { en: 'Code Club', fr: 'Club de code' },
      description: HOSTILE_DESCRIPTION,
      url: 'https://example.org/code-club',
      organizer: 'sale-library',
      location: 'sale-library-building',
      eventSchedule: [{ repeatFrequency: 'P2W', byDay: ['TH'], startDate: '2026-09-03', startTime: '10:00', endTime: '10:20' }],
      offers: [{ price: 0 }],
      ageRange: { minValue: 8, maxValue: 12 },
      audience: ['children', 'families'],
      inLanguage: ['en', 'ko'],
      registrationUrl: 'https://example.org/register',
      accessibilitySupport: ['hearing-loop'],
    },
    {
      id: 'cancelled-talk',
      name: 'Cancelled talk',
      organizer: 'sale-library',
      location: 'sale-library-building',
      eventStatus: 'cancelled',
      startDate: '2026-12-05T14:00',
      endDate: '2026-12-05T16:00',
      offers: [{ price: 5, priceCurrency: 'GBP' }, { price: 3, priceCurrency: 'GBP' }],
      registrationUrl: 'javascript:alert(1)',
    },
    { id: 'old-fair', name: 'Learning fair', location: 'sale-library-building', startDate: '2026-06-01', endDate: '2026-06-02' },
    { id: 'online-chat', name: 'Online chat', eventAttendanceMode: 'online', startDate: '2026-12-05T14:00', endDate: '2026-12-05T16:00', isAccessibleForFree: false },
  ],
};

export function sampleModel(): FeedModel {
  return mergeFeeds([parseFeed(feed, { source: 'https://fixtures.example/shared.json' })]);
}

export function opportunity(model: FeedModel, id: string): Opportunity {
  const found = model.opportunities.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no opportunity ${id} in the sample model`);
  return found;
}

export function text(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
