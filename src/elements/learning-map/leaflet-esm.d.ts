// Leaflet 1.9 ships its ES module build without types; it exports the same API @types/leaflet describes.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
