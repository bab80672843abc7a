/**
 * Clustering of map places with supercluster: a k-d tree per zoom level built once, so asking for
 * what is in view at any zoom is fast even for tens of thousands of places. Each cluster carries how
 * many places and how many opportunities it holds, for its label ("8 places — 31 opportunities").
 */
import Supercluster, { type ClusterFeature, type PointFeature } from 'supercluster';
import type { GeoBounds } from '../geo.js';
import type { GeoPoint } from '../model.js';
import type { PlaceGroup } from './place-groups.js';

export interface PlaceMarker {
  kind: 'place';
  /** Stable across views, for reusing DOM markers. */
  id: string;
  placeKey: string;
  position: GeoPoint;
  opportunityCount: number;
}

export interface ClusterMarker {
  kind: 'cluster';
  /** Stable for this index and zoom, for reusing DOM markers. */
  id: string;
  clusterId: number;
  position: GeoPoint;
  placeCount: number;
  opportunityCount: number;
}

export type MapMarker = PlaceMarker | ClusterMarker;

/**
 * Places closer than this many screen pixels join a cluster: Leaflet.markercluster's default, and
 * wide enough that a 56 px cluster never overlaps its neighbour.
 */
export const DEFAULT_CLUSTER_RADIUS = 80;

/** Leaflet's tiles are 256 px; supercluster measures `radius` against its `extent`, 512 unless told. */
const TILE_SIZE = 256;

export interface PlaceClusterOptions {
  /** Cluster radius in screen pixels (default 80, as Leaflet.markercluster). */
  radius?: number;
  /** Highest zoom at which places are still clustered (default 16); above it every place stands alone. */
  maxZoom?: number;
}

interface PointProperties {
  placeKey: string;
  opportunityCount: number;
}

interface ClusterProperties {
  opportunityCount: number;
}

type Feature = ClusterFeature<ClusterProperties> | PointFeature<PointProperties>;

export class PlaceClusterIndex {
  private readonly index: Supercluster<PointProperties, ClusterProperties>;
  readonly maxZoom: number;

  constructor(places: readonly PlaceGroup[], options: PlaceClusterOptions = {}) {
    this.maxZoom = options.maxZoom ?? 16;
    this.index = new Supercluster<PointProperties, ClusterProperties>({
      radius: options.radius ?? DEFAULT_CLUSTER_RADIUS,
      extent: TILE_SIZE,
      maxZoom: this.maxZoom,
      map: (properties) => ({ opportunityCount: properties.opportunityCount }),
      reduce: (accumulated, properties) => {
        accumulated.opportunityCount += properties.opportunityCount;
      },
    });
    this.index.load(
      places.map((group) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [group.position.longitude, group.position.latitude] },
        properties: { placeKey: group.placeKey, opportunityCount: group.opportunities.length },
      })),
    );
  }

  /** Markers (single places and clusters) inside `bounds` at integer-rounded `zoom`. */
  markersIn(bounds: GeoBounds, zoom: number): MapMarker[] {
    const roundedZoom = Math.max(0, Math.round(zoom));
    return this.index.getClusters(toBoundingBox(bounds), roundedZoom).map((feature) => toMarker(feature, roundedZoom));
  }

  /** The zoom at which a cluster falls apart into smaller clusters or places. */
  expansionZoom(clusterId: number): number {
    return this.index.getClusterExpansionZoom(clusterId);
  }

  /** The clusters and places a cluster splits into one zoom level down. */
  childrenOf(clusterId: number): MapMarker[] {
    const zoom = this.expansionZoom(clusterId);
    return this.index.getChildren(clusterId).map((feature) => toMarker(feature, zoom));
  }

  /** Every place key inside a cluster. */
  placeKeysIn(clusterId: number): string[] {
    return this.index.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties.placeKey);
  }
}

function toMarker(feature: Feature, zoom: number): MapMarker {
  const [longitude, latitude] = feature.geometry.coordinates as [number, number];
  const position = { latitude, longitude };
  const properties = feature.properties;
  if ('cluster' in properties && properties.cluster) {
    return {
      kind: 'cluster',
      id: `cluster:${zoom}:${properties.cluster_id}`,
      clusterId: properties.cluster_id,
      position,
      placeCount: properties.point_count,
      opportunityCount: properties.opportunityCount,
    };
  }
  const point = properties as PointProperties;
  return { kind: 'place', id: `place:${point.placeKey}`, placeKey: point.placeKey, position, opportunityCount: point.opportunityCount };
}

/** Leaflet bounds may run past ±180° after panning round the world; supercluster wants [-180, 180]. */
export function toBoundingBox(bounds: GeoBounds): [number, number, number, number] {
  const south = Math.max(-90, bounds.south);
  const north = Math.min(90, bounds.north);
  if (bounds.east - bounds.west >= 360) return [-180, south, 180, north];
  // A box crossing the antimeridian comes out with west > east, which supercluster reads as two boxes.
  return [wrapLongitude(bounds.west), south, wrapLongitude(bounds.east), north];
}

function wrapLongitude(longitude: number): number {
  if (longitude >= -180 && longitude <= 180) return longitude;
  return ((((longitude + 180) % 360) + 360) % 360) - 180;
}
