/** Reads `center`, `zoom` and `walk-radius`, telling the webmaster (once per value) what was not understood. */
import { parseCenter, parseWalkRadius, parseZoom, type WalkRadius } from '../../core/map/view-options.js';
import type { GeoPoint } from '../../core/model.js';

export interface ViewAttributes {
  center?: GeoPoint;
  zoom?: number;
  /** Undefined when there is no `walk-radius` attribute (no rings) or it could not be read. */
  walkRadius?: WalkRadius;
}

const warned = new Set<string>();

function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`<learning-map>: ${message}`);
}

export function readViewAttributes(center: string | undefined, zoom: string | undefined, walkRadius: string | null | undefined): ViewAttributes {
  const result: ViewAttributes = {
    center: parseCenter(center),
    zoom: parseZoom(zoom),
    walkRadius: walkRadius === null || walkRadius === undefined ? undefined : parseWalkRadius(walkRadius),
  };
  if (center?.trim() && !result.center) {
    warnOnce(`center="${center}" is not "latitude,longitude" in degrees (e.g. center="53.42,-2.32"); the map fits its places instead.`);
  }
  if (zoom?.trim() && result.zoom === undefined) warnOnce(`zoom="${zoom}" is not a number from 0 to 19; the map fits its places instead.`);
  if (walkRadius !== null && walkRadius !== undefined && !result.walkRadius) {
    warnOnce(`walk-radius="${walkRadius}" is neither minutes on foot ("10") nor a distance ("800m", "1km"); no rings are drawn.`);
  }
  return result;
}
