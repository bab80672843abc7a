/**
 * Reading the map's attributes (`center`, `zoom`, `walk-radius`) into numbers. Lenient: anything
 * unusable gives undefined, and the element says why in the console and falls back to its default.
 */
import { WALKING_SPEED_KMH, isValidGeoPoint } from '../geo.js';
import type { GeoPoint } from '../model.js';

/** Minutes on foot a bare `walk-radius` attribute means: 10 minutes, about 800 m. */
export const DEFAULT_WALK_MINUTES = 10;

export interface WalkRadius {
  meters: number;
  /** Minutes on foot at WALKING_SPEED_KMH, rounded. */
  minutes: number;
}

const METERS_PER_MINUTE = (WALKING_SPEED_KMH * 1000) / 60;

/**
 * `walk-radius`: empty (the bare attribute) → 10 minutes; a plain number or "15min" → minutes on foot;
 * "800m" or "1.2km" → a distance. Zero, negative or unreadable values give undefined.
 */
export function parseWalkRadius(value: string | null | undefined): WalkRadius | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim().toLowerCase();
  if (text === '' || text === 'true') return fromMinutes(DEFAULT_WALK_MINUTES);
  const match = /^(\d+(?:\.\d+)?)\s*(min|mins|minutes|m|km)?$/.exec(text);
  if (!match) return undefined;
  const amount = Number(match[1]);
  if (!(amount > 0)) return undefined;
  const unit = match[2] ?? 'min';
  if (unit === 'm') return fromMeters(amount);
  if (unit === 'km') return fromMeters(amount * 1000);
  return fromMinutes(amount);
}

function fromMinutes(minutes: number): WalkRadius {
  return { meters: minutes * METERS_PER_MINUTE, minutes: Math.round(minutes) };
}

function fromMeters(meters: number): WalkRadius {
  return { meters, minutes: Math.max(1, Math.round(meters / METERS_PER_MINUTE)) };
}

/** `center="53.42,-2.32"` (latitude first, comma or space separated) → a point, or undefined. */
export function parseCenter(value: string | null | undefined): GeoPoint | undefined {
  const parts = (value ?? '').trim().split(/\s*[,;\s]\s*/).filter(Boolean);
  if (parts.length !== 2) return undefined;
  const point = { latitude: Number(parts[0]), longitude: Number(parts[1]) };
  return isValidGeoPoint(point) ? point : undefined;
}

/** `zoom` between 0 and 19 (the deepest OpenStreetMap tiles); fractional zooms are kept. */
export function parseZoom(value: string | number | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const zoom = Number(value);
  return Number.isFinite(zoom) && zoom >= 0 && zoom <= 19 ? zoom : undefined;
}
