// Types for scripts/vendor-leaflet.mjs, imported by test/core/vendor-leaflet.test.ts.
export const VENDOR_DIR: string;
export interface LeafletReplacement {
  name: string;
  find: string;
  replace: string;
}
export interface UnreachedSink {
  line: string;
  why: string;
  /** `line` is only the start of the source line. */
  prefixOnly?: boolean;
}
export const REPLACEMENTS: readonly LeafletReplacement[];
export const UNREACHED_SINKS: readonly UnreachedSink[];
export function installedLeaflet(): { version: string; source: string; license: string };
export function patchLeaflet(source: string, version: string): string;
export function writeVendoredLeaflet(): string;
