// The snippet a webmaster pastes: the script tag and the element(s). Pure text building, no DOM.
import type { AttributeValues, EmbedKind, WidgetTag } from './options.js';

/** What unpkg serves for the published package (README's first screen). */
export const DEFAULT_SCRIPT_URL = 'https://unpkg.com/learning-city-widgets/dist/cdn/learning-city-widgets.js';

export interface EmbedChoice {
  kind: EmbedKind;
  /** Absolute feed URL(s), space-separated. */
  feedUrl: string;
  scriptUrl: string;
  attributes: AttributeValues;
}

/** An element in the snippet: tag, attributes in order, children. */
export interface ElementPlan {
  tag: string;
  attributes: Array<[string, string]>;
  children: ElementPlan[];
}

const TOGETHER: WidgetTag[] = ['learning-finder', 'learning-map', 'learning-calendar'];

function setAttributes(values: AttributeValues): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(values)) {
    if (value === true) pairs.push([name, '']);
    else if (typeof value === 'string' && value.trim()) pairs.push([name, value.trim()]);
  }
  return pairs;
}

/** The elements to create, for both the snippet and the live preview. */
export function planFor(choice: EmbedChoice): ElementPlan {
  const feed = choice.feedUrl.trim();
  // A badge's feed is the registry that designates lighthouses: it verifies only against `registry`.
  const feedAttribute = choice.kind === 'learning-lighthouse' ? 'registry' : 'src';
  const source: Array<[string, string]> = feed ? [[feedAttribute, feed]] : [];
  if (choice.kind === 'together') {
    return {
      tag: 'learning-feed',
      attributes: [...source, ...setAttributes(choice.attributes)],
      children: TOGETHER.map((tag) => ({ tag, attributes: [], children: [] })),
    };
  }
  return { tag: choice.kind, attributes: [...source, ...setAttributes(choice.attributes)], children: [] };
}

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function elementHtml(plan: ElementPlan, indent: string): string {
  const attributes = plan.attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  if (!plan.children.length) return `${indent}<${plan.tag}${attributes}></${plan.tag}>`;
  const children = plan.children.map((child) => elementHtml(child, `${indent}  `)).join('\n');
  return `${indent}<${plan.tag}${attributes}>\n${children}\n${indent}</${plan.tag}>`;
}

/** The text to paste into the page: the module script once, then the element. */
export function snippetFor(choice: EmbedChoice): string {
  const script = `<script type="module" src="${escapeAttribute(choice.scriptUrl.trim() || DEFAULT_SCRIPT_URL)}"></script>`;
  return `${script}\n${elementHtml(planFor(choice), '')}\n`;
}
