/**
 * The map's own words in English (other locales: src/i18n/translations/<locale>.ts). Numbers arrive already formatted by Intl for
 * the element's full language tag; the count is passed too so plural rules can pick the form.
 */
import { defineMessages } from '../../i18n/catalog.js';
import { plural } from '../../i18n/word-forms.js';

export interface MapMessages {
  /** Accessible name of the map region. */
  map: string;
  skipMap: string;
  /** Where the skip link lands. */
  afterMap: string;
  showList: string;
  showMap: string;
  nearMe: string;
  locating: string;
  locationRefused: string;
  locationUnavailable: string;
  locationUnsupported: string;
  youAreHere: string;
  zoomIn: string;
  zoomOut: string;
  closePopup: string;
  tilesFailed: string;
  loadingMap: string;
  loadFailed: string;
  noPlaces: string;
  /** "12 opportunities". */
  opportunities(count: number, formatted: string): string;
  /** A cluster's name: "5 places, 23 opportunities — zoom in". */
  cluster(places: number, placesText: string, opportunities: number, opportunitiesText: string): string;
  showWhatsOn: string;
  /** Announced after "Show what's on here": "Showing what's on at Central Library". */
  narrowedTo(place: string): string;
  /** Under a popup's cards when some are left out: "3 more here". */
  moreHere(count: number, formatted: string): string;
  places: string;
  online: string;
  withoutPosition: string;
  /** Legend for the rings: "Circles: a 10-minute walk around each learning lighthouse". */
  walkRings(minutes: string): string;
  showOnMap: string;
}

export const mapMessages = defineMessages('map', {
  map: 'Map of learning places', skipMap: 'Skip the map', afterMap: 'After the map',
  showList: 'Show as a list', showMap: 'Show the map', nearMe: 'Near me',
  locating: 'Finding your location…',
  locationRefused: 'Location access was refused, so the map cannot centre on you. You can still browse the map or the list.',
  locationUnavailable: 'Your location could not be found. Please try again later.',
  locationUnsupported: 'This browser cannot share your location.',
  youAreHere: 'You are here', zoomIn: 'Zoom in', zoomOut: 'Zoom out', closePopup: 'Close',
  tilesFailed: 'The map background could not be loaded, so places are shown on a plain background.',
  loadingMap: 'Loading the map…', loadFailed: 'The places could not be loaded. Please try again later.',
  noPlaces: 'No places match.',
  opportunities: (count, n) => plural('en', count, n, { one: '{n} opportunity', other: '{n} opportunities' }),
  cluster: (places, p, count, n) =>
    `${plural('en', places, p, { one: '{n} place', other: '{n} places' })}, ${plural('en', count, n, { one: '{n} opportunity', other: '{n} opportunities' })} — zoom in`,
  showWhatsOn: 'Show what’s on here', narrowedTo: (place) => `Showing what’s on at ${place}`,
  moreHere: (_count, n) => `${n} more here`,
  places: 'Places', online: 'Online only', withoutPosition: 'Not on the map',
  walkRings: (minutes) => `Circles: a ${minutes}-minute walk around each learning lighthouse`,
  showOnMap: 'Show on the map',
});
