/**
 * Tile attributions are written as HTML by convention ("&copy; <a href=…>OpenStreetMap</a>
 * contributors"). Only text and http(s) links are kept from the `attribution` attribute, so a copied
 * snippet cannot carry scripts, styles or images. It is read by a small tokenizer, not by the browser's
 * HTML parser: DOMParser and innerHTML are Trusted Types sinks, refused on pages that enforce them, and
 * the credit is then built from text nodes and <a> elements (attributionFragment).
 */

export { OSM_ATTRIBUTION, OSM_TILES, tileSettings } from './tile-defaults.js';

/** A run of attribution text, linked when `href` is set (always an http(s) URL). */
export interface AttributionPart {
  text: string;
  href?: string;
}

/** Elements whose text is not meant to be read: skipped up to their end tag. */
const HIDDEN_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'textarea', 'title']);

/** Named character references seen in map credits; any other is kept as written. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', trade: '™',
  middot: '·', ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', bull: '•', times: '×', euro: '€', deg: '°',
};

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));?/g, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name]! : whole;
    const codePoint = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    return codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff) ? String.fromCodePoint(codePoint) : '\ufffd';
  });
}

const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/;
const HREF = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

/** The text and http(s) links of an HTML attribution; every other tag is dropped, keeping its text. */
export function attributionParts(input: string): AttributionPart[] {
  const parts: AttributionPart[] = [];
  let href: string | undefined;
  const addText = (raw: string) => {
    const text = decodeEntities(raw);
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.href === href) last.text += text;
    else parts.push(href === undefined ? { text } : { text, href });
  };
  let at = 0;
  while (at < input.length) {
    const open = input.indexOf('<', at);
    if (open === -1) {
      addText(input.slice(at));
      break;
    }
    addText(input.slice(at, open));
    const rest = input.slice(open);
    if (rest.startsWith('<!--')) {
      const end = input.indexOf('-->', open + 4);
      at = end === -1 ? input.length : end + 3;
      continue;
    }
    if (rest.startsWith('<!') || rest.startsWith('<?')) {
      const end = input.indexOf('>', open);
      at = end === -1 ? input.length : end + 1;
      continue;
    }
    const tag = TAG.exec(rest);
    if (!tag) {
      addText('<');
      at = open + 1;
      continue;
    }
    at = open + tag[0].length;
    const [, closing, rawName, attributes] = tag;
    const name = rawName!.toLowerCase();
    if (!closing && HIDDEN_CONTENT.has(name)) {
      const end = input.toLowerCase().indexOf(`</${name}`, at);
      at = end === -1 ? input.length : Math.max(at, input.indexOf('>', end) + 1 || input.length);
    } else if (name === 'a') {
      const value = closing ? undefined : HREF.exec(attributes ?? '');
      const target = value ? decodeEntities(value[1] ?? value[2] ?? value[3] ?? '').trim() : '';
      href = /^https?:\/\//i.test(target) ? target : undefined;
    }
  }
  return parts;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** The attribution as HTML holding only escaped text and `<a href="http(s)://…">` links. */
export function safeAttribution(input: string): string {
  return attributionParts(input)
    .map((part) => (part.href === undefined ? escapeHtml(part.text) : `<a href="${escapeHtml(part.href)}">${escapeHtml(part.text)}</a>`))
    .join('');
}

/** The attribution as text nodes and <a> elements, for pages where no HTML string may reach the DOM. */
export function attributionFragment(input: string, owner: Document = document): DocumentFragment {
  const fragment = owner.createDocumentFragment();
  for (const part of attributionParts(input)) {
    if (part.href === undefined) {
      fragment.append(part.text);
    } else {
      const link = owner.createElement('a');
      link.href = part.href;
      link.textContent = part.text;
      fragment.append(link);
    }
  }
  return fragment;
}
