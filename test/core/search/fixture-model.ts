/**
 * A small Trafford-like feed shared by the filter, facet and sort tests: a handful of opportunities
 * chosen so each facet has values that overlap in known ways.
 */
import { feedModel, opportunity, organization, place, timing } from './model-builders.js';

export const saleLibraryBuilding = place('sale-library-building', {
  name: { en: 'Sale Library' },
  geo: { latitude: 53.4246, longitude: -2.3222 },
  accessibilitySupport: ['step-free-access', 'hearing-loop'],
});
export const stretfordHall = place('stretford-hall', {
  name: { en: 'Stretford Public Hall' },
  geo: { latitude: 53.4466, longitude: -2.3086 },
});
export const altrinchamMarket = place('altrincham-market', {
  name: { en: 'Altrincham Market' },
  geo: { latitude: 53.3876, longitude: -2.3516 },
});

export const library = organization('sale-library', { name: { en: 'Sale Library' } });
export const college = organization('trafford-college', { name: { en: 'Trafford College' } });

const weekendMorning = timing({ start: '2026-10-24T10:00:00', end: '2026-10-24T12:00:00' });
const nextMonth = timing({ start: '2026-11-12T18:00:00', end: '2026-11-12T20:00:00' });

export const fixtureModel = feedModel({
  organizations: [library, college],
  places: [saleLibraryBuilding, stretfordHall, altrinchamMarket],
  opportunities: [
    opportunity('code-club', {
      name: { en: 'Code club' },
      topics: ['digital-skills'], audience: ['children'], isFree: true, languages: ['en'],
      organizerKey: library.key, placeKey: saleLibraryBuilding.key, timing: weekendMorning,
    }),
    opportunity('esol', {
      name: { en: 'English for speakers of other languages' },
      topics: ['languages'], audience: ['adults', 'newcomers'], offers: [{ price: 0, priceCurrency: 'GBP' }],
      languages: ['en-gb', 'ur'], organizerKey: college.key, placeKey: stretfordHall.key, timing: nextMonth,
    }),
    opportunity('excel', {
      name: { en: 'Spreadsheets for work' },
      topics: ['digital-skills', 'employability'], audience: ['adults', 'jobseekers'], offers: [{ price: 45, priceCurrency: 'GBP' }],
      attendanceMode: 'online', languages: ['en'], organizerKey: college.key, timing: nextMonth,
    }),
    opportunity('pottery', {
      name: { en: 'Family pottery' },
      topics: ['arts'], audience: ['families', 'children'], isFree: false, accessibilitySupport: ['wheelchair-access'],
      placeKey: altrinchamMarket.key, timing: weekendMorning,
    }),
    opportunity('history-walk', {
      name: { en: 'Local history walk' },
      topics: ['history'], audience: ['adults'], attendanceMode: 'mixed',
      organizerKey: library.key, placeKey: stretfordHall.key,
      timing: timing({
        schedules: [{
          start: '2026-09-05T14:00:00', durationSeconds: 5400, allDay: false, timeZone: 'Europe/London',
          rrule: 'FREQ=WEEKLY;BYDAY=SA', rdates: [], exdates: [],
        }],
      }),
    }),
  ],
});

/** Wednesday 21 October 2026, noon in London. */
export const WEDNESDAY_NOON = Date.parse('2026-10-21T11:00:00Z');
export const LONDON_CONTEXT = { now: WEDNESDAY_NOON, timeZone: 'Europe/London' };
