/** Shared parts for the widgets: the store controller, opportunity card and detail, states, words. */
export { StoreController, type StoreControllerOptions } from './store-controller.js';
export { LearningOpportunityCard } from './opportunity-card.js';
export { LearningOpportunityDetail } from './opportunity-detail.js';
export { loadingState, emptyState, errorState, retryState } from './states.js';
export { baseStyles, stateStyles, visuallyHidden } from './styles.js';
export { sharedMessages, type SharedMessages } from './messages.js';
export { opportunityFacts, costText, distanceText, languageName, openStreetMapUrl, type OpportunityFacts, type FactsOptions, type NextDate } from './opportunity-facts.js';
export { audienceLabel, accessibilityLabel } from './vocabulary-labels.js';
export { descriptionTemplate } from './description.js';
export { googleCalendarUrl, outlookCalendarUrl, icsFileName, downloadOccurrenceIcs } from './calendar-links.js';
export type { LearningSelectDetail, LearningSelectEvent } from './events.js';
