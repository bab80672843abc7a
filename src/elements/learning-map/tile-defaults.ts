/** Which tiles the map shows and whose credit goes with them; kept apart from attribution.ts so the element can read them without the credit's parser. */

export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/** The tile URL and attribution to use: OpenStreetMap's credit goes with OpenStreetMap's tiles only. */
export function tileSettings(tiles: string | undefined, attribution: string | undefined): { url: string; attribution: string; missingAttribution: boolean } {
  const url = tiles?.trim() || OSM_TILES;
  const custom = url !== OSM_TILES;
  return { url, attribution: attribution ?? (custom ? '' : OSM_ATTRIBUTION), missingAttribution: custom && attribution === undefined };
}
