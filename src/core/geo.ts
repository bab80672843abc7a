/**
 * Distances and bounds for the finder's "near me" filter, distance sort and the map's initial view.
 * Straight-line (great-circle) distances: no routing, which is what a "within 10 minutes' walk" radius
 * means in learning-city plans too. Formatting distances for people is the UI's job (Intl.NumberFormat).
 */
import type { GeoPoint } from './model.js';

/** Mean Earth radius (IUGG), the usual choice for haversine; the error against the ellipsoid stays under 0.5%. */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * Walking pace used for "minutes on foot": 4.8 km/h, i.e. 80 m a minute, so 800 m is 10 minutes,
 * the radius behind "a learning place within 10 minutes' walk" (the Namyangju principle).
 */
export const WALKING_SPEED_KMH = 4.8;

export interface GeoBounds {
  south: number;
  west: number;
  north: number;
  /** Greater than 180 when the points straddle the antimeridian, so `west < east` always holds (Leaflet draws that correctly). */
  east: number;
}

function toRadians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

/** True for a finite latitude in [-90, 90] and longitude in [-180, 180]. */
export function isValidGeoPoint(point: GeoPoint | undefined | null): point is GeoPoint {
  return (
    !!point &&
    Number.isFinite(point.latitude) &&
    Number.isFinite(point.longitude) &&
    Math.abs(point.latitude) <= 90 &&
    Math.abs(point.longitude) <= 180
  );
}

/** Great-circle distance in kilometres (haversine formula). NaN when either point is not a valid coordinate. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  if (!isValidGeoPoint(a) || !isValidGeoPoint(b)) return Number.NaN;
  const deltaLatitude = toRadians(b.latitude - a.latitude);
  const deltaLongitude = toRadians(b.longitude - a.longitude);
  const haversine =
    Math.sin(deltaLatitude / 2) ** 2 +
    Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(deltaLongitude / 2) ** 2;
  // min() guards against rounding pushing the argument of asin just past 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(haversine)));
}

/**
 * Whole minutes on foot at WALKING_SPEED_KMH (800 m → 10). Any positive distance is at least 1 minute;
 * invalid or negative input gives NaN.
 */
export function walkingMinutes(km: number): number {
  if (!Number.isFinite(km) || km < 0) return Number.NaN;
  if (km === 0) return 0;
  // Rounding to 6 decimals first keeps float noise (0.8 km → 10.000000000000002) from tipping the result.
  const minutes = Math.round(((km / WALKING_SPEED_KMH) * 60) * 1e6) / 1e6;
  return Math.max(1, Math.round(minutes));
}

/**
 * The smallest box holding every valid point, or undefined when there are none. Longitudes take the
 * shorter way round: points in Fiji on both sides of 180° give a narrow box, not one spanning the globe.
 */
export function boundsOf(points: Iterable<GeoPoint | undefined | null>): GeoBounds | undefined {
  let south = Infinity;
  let north = -Infinity;
  const longitudes: number[] = [];
  for (const point of points) {
    if (!isValidGeoPoint(point)) continue;
    south = Math.min(south, point.latitude);
    north = Math.max(north, point.latitude);
    longitudes.push(point.longitude);
  }
  if (longitudes.length === 0) return undefined;
  longitudes.sort((a, b) => a - b);
  const first = longitudes[0]!;
  const last = longitudes[longitudes.length - 1]!;
  // The box leaves out the widest empty stretch of longitude; normally that is the one across 180°.
  let widestGap = first + 360 - last;
  let west = first;
  let east = last;
  for (let index = 1; index < longitudes.length; index++) {
    const gap = longitudes[index]! - longitudes[index - 1]!;
    if (gap > widestGap) {
      widestGap = gap;
      west = longitudes[index]!;
      east = longitudes[index - 1]! + 360;
    }
  }
  return { south, west, north, east };
}
