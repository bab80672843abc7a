// The vendored, Trusted-Types-safe copy of Leaflet's ES module build (see leaflet-src.esm.js's header):
// it exports the same API that @types/leaflet describes.
export * from 'leaflet';
