/**
 * Tile attributions are written as HTML by convention ("&copy; <a href=…>OpenStreetMap</a>
 * contributors") and Leaflet puts them into the page as HTML. Only text and http(s) links are kept
 * from the `attribution` attribute, so a copied snippet cannot carry scripts, styles or images.
 */

export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/** The tile URL and attribution to use: OpenStreetMap's credit goes with OpenStreetMap's tiles only. */
export function tileSettings(tiles: string | undefined, attribution: string | undefined): { url: string; attribution: string; missingAttribution: boolean } {
  const url = tiles?.trim() || OSM_TILES;
  const custom = url !== OSM_TILES;
  return { url, attribution: attribution ?? (custom ? '' : OSM_ATTRIBUTION), missingAttribution: custom && attribution === undefined };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** The attribution as HTML holding only escaped text and `<a href="http(s)://…">` links. */
export function safeAttribution(input: string): string {
  // DOMParser builds an inert document: nothing in it runs or loads.
  const body = new DOMParser().parseFromString(input, 'text/html').body;
  return serialize(body);
}

/** Elements whose text is not meant to be read. */
const HIDDEN_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);

function serialize(node: Node): string {
  let result = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      result += escapeHtml(child.textContent ?? '');
    } else if (child instanceof Element && !HIDDEN_CONTENT.has(child.localName)) {
      const href = child.localName === 'a' ? child.getAttribute('href') ?? '' : '';
      const inner = serialize(child);
      result += /^https?:\/\//i.test(href.trim()) ? `<a href="${escapeHtml(href.trim())}">${inner}</a>` : inner;
    }
  }
  return result;
}
