/**
 * The CDN entry (dist/cdn/learning-city-widgets.js): loading it registers every element, so a
 * webmaster needs one <script type="module"> and then plain tags. Each define module guards against
 * a second registration, so this bundle and an npm copy can share a page. The map engine (Leaflet)
 * is not in here: `<learning-map>` imports it the first time a map connects.
 *
 * Add each new element's define module here (and to `cdnEntries` in vite.cdn.config.ts).
 */
export { LearningFeed } from './elements/learning-feed/define.js';
export { LearningFinder } from './elements/learning-finder/define.js';
export { LearningCalendar } from './elements/learning-calendar/define.js';
export { LearningMap } from './elements/learning-map/define.js';
export { LearningLighthouse } from './elements/learning-lighthouse/define.js';
