/** Map logic without a map: grouping by place, clustering, attribute parsing. DOM-free, Node and browsers. */
export { PlaceGrouping, designatedLighthousePlaces, groupByPlace, type LighthousePlace, type MapContents, type PlaceGroup } from './place-groups.js';
export {
  DEFAULT_CLUSTER_RADIUS,
  PlaceClusterIndex,
  toBoundingBox,
  type ClusterMarker,
  type MapMarker,
  type PlaceClusterOptions,
  type PlaceMarker,
} from './place-clusters.js';
export { DEFAULT_WALK_MINUTES, parseCenter, parseWalkRadius, parseZoom, type WalkRadius } from './view-options.js';
