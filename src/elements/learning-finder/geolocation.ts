/** "Near me": the visitor's position through the Geolocation API, with failures sorted into what we can tell them. */
import type { GeoPoint } from '../../core/model.js';

export type GeoFailure = 'denied' | 'unavailable' | 'unsupported';

export class GeoLocationError extends Error {
  override name = 'GeoLocationError';
  constructor(readonly reason: GeoFailure, message: string) {
    super(message);
  }
}

/** A coarse, possibly cached position is plenty for "within 5 km", and much faster on phones. */
const POSITION_OPTIONS: PositionOptions = { enableHighAccuracy: false, maximumAge: 300_000, timeout: 15_000 };

/** Resolves with the position, or rejects with a GeoLocationError saying why not. */
export function locateVisitor(geolocation: Geolocation | undefined = globalThis.navigator?.geolocation): Promise<GeoPoint> {
  if (!geolocation || typeof geolocation.getCurrentPosition !== 'function') {
    return Promise.reject(new GeoLocationError('unsupported', 'This browser has no Geolocation API.'));
  }
  return new Promise((resolve, reject) => {
    geolocation.getCurrentPosition(
      (position) => resolve({ latitude: position.coords.latitude, longitude: position.coords.longitude }),
      (error) => {
        // 1 = PERMISSION_DENIED (also what a page served without HTTPS gets); 2, 3 = unavailable or timed out.
        const reason: GeoFailure = error.code === 1 ? 'denied' : 'unavailable';
        reject(new GeoLocationError(reason, error.message || reason));
      },
      POSITION_OPTIONS,
    );
  });
}
