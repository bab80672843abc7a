export { LearningMap } from './learning-map.js';
export type { LearningFilterChangeDetail, LearningFilterChangeEvent, LearningSelectDetail, LearningSelectEvent } from './events.js';
export { mapMessages, type MapMessages } from './messages.js';
export { OSM_ATTRIBUTION, OSM_TILES, safeAttribution } from './attribution.js';
export { loadLeaflet, type LeafletModule } from './leaflet-loader.js';
