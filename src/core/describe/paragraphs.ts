/**
 * Feed descriptions as safe text: paragraphs split on blank lines, http(s) URLs picked out so the
 * element can make them real links. The result is data (text runs), never markup: the element
 * renders each run with a text binding, so `<script>` in a description is shown, not run.
 */
import { safeWebUrl } from '../urls.js';

export interface TextRun {
  kind: 'text' | 'link';
  text: string;
  /** Only on links: a checked http(s) URL. */
  href?: string;
}

const BLANK_LINE = /\r?\n[ \t]*\r?\n/;
// Stops at whitespace and at characters that cannot be in a URL written in prose (quotes, angle brackets).
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Sentence punctuation after a URL belongs to the sentence.
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

/** Paragraphs of text and link runs. Whitespace-only paragraphs are dropped; single line breaks stay in the text. */
export function paragraphsWithLinks(text: string | undefined): TextRun[][] {
  if (typeof text !== 'string') return [];
  return text
    .split(BLANK_LINE)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map(linkRuns);
}

function linkRuns(paragraph: string): TextRun[] {
  const runs: TextRun[] = [];
  let position = 0;
  for (const match of paragraph.matchAll(URL_IN_TEXT)) {
    const candidate = trimUrl(match[0]);
    const href = safeWebUrl(candidate);
    if (!href) continue;
    const start = match.index ?? 0;
    if (start > position) runs.push({ kind: 'text', text: paragraph.slice(position, start) });
    runs.push({ kind: 'link', text: candidate, href });
    position = start + candidate.length;
  }
  if (position < paragraph.length) runs.push({ kind: 'text', text: paragraph.slice(position) });
  return mergeText(runs);
}

/** Drops trailing punctuation, and a closing bracket that has no opening one inside the URL ("(see https://x.org)"). */
function trimUrl(url: string): string {
  let result = url;
  for (;;) {
    const before = result;
    result = result.replace(TRAILING_PUNCTUATION, '');
    if (result.endsWith(')') && count(result, '(') < count(result, ')')) result = result.slice(0, -1);
    if (result.endsWith(']') && count(result, '[') < count(result, ']')) result = result.slice(0, -1);
    if (result === before) return result;
  }
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

function mergeText(runs: TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && last.kind === 'text' && run.kind === 'text') last.text += run.text;
    else merged.push(run);
  }
  return merged;
}
