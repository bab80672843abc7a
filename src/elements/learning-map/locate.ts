/** "Near me": one position fix from the Geolocation API, with refusals told apart from failures. */
import type { GeoPoint } from '../../core/model.js';

export type LocateProblem = 'refused' | 'unavailable' | 'unsupported';
export type LocateResult = { point: GeoPoint } | { problem: LocateProblem };

/** Asks the browser once; never rejects. A cached fix up to five minutes old is good enough for a map. */
export function locateVisitor(): Promise<LocateResult> {
  const geolocation = navigator.geolocation as Geolocation | undefined;
  if (!geolocation) return Promise.resolve({ problem: 'unsupported' });
  return new Promise((resolve) => {
    geolocation.getCurrentPosition(
      (position) => resolve({ point: { latitude: position.coords.latitude, longitude: position.coords.longitude } }),
      (error) => resolve({ problem: error.code === error.PERMISSION_DENIED ? 'refused' : 'unavailable' }),
      { timeout: 20_000, maximumAge: 300_000 },
    );
  });
}
