/**
 * The package's main entry (`learning-city-widgets`): the core API, the data store and the element
 * classes. Importing it registers no tag, so it is safe for tree-shaking and for subclassing; to
 * register an element import its define module (`learning-city-widgets/learning-finder`) or load
 * the CDN bundle.
 */
export * from './core/index.js';
export * from './data/index.js';
export * from './elements/learning-feed/index.js';
export { LearningFinder } from './elements/learning-finder/learning-finder.js';
export { LearningCalendar } from './elements/learning-calendar/learning-calendar.js';
export { LearningMap } from './elements/learning-map/learning-map.js';
export { LearningLighthouse, type LighthouseVariant } from './elements/learning-lighthouse/learning-lighthouse.js';
export { LearningOpportunityCard } from './elements/shared/opportunity-card.js';
export { LearningOpportunityDetail } from './elements/shared/opportunity-detail.js';
export { StoreController, type StoreControllerOptions } from './elements/shared/store-controller.js';
export type { LearningSelectDetail, LearningSelectEvent } from './elements/shared/events.js';
export type { LearningFilterChangeDetail, LearningFilterChangeEvent } from './elements/learning-finder/events.js';
export type { LearningLighthouseErrorDetail, LearningLighthouseErrorEvent } from './elements/learning-lighthouse/events.js';
