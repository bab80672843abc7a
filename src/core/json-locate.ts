/**
 * Finds where an RFC 6901 JSON pointer lands in JSON source text, as a 1-based line and column.
 *
 * The parser reports problems by pointer; people fix them in an editor, by line. Rather than parse
 * the document a second time into a tree with positions, this scanner walks the text once and only
 * descends into the members the pointers name, skipping every other value by bracket matching
 * (strings are jumped over with `indexOf`). Looking up many pointers at once shares one walk.
 *
 * Columns count Unicode code points (an emoji is one column; a tab is one column). The scanner
 * never throws: malformed JSON just means fewer pointers are found.
 */

export interface SourcePosition {
  /** 1-based line. Lines end at \n, \r\n or \r. */
  line: number;
  /** 1-based column, in Unicode code points. */
  column: number;
}

export interface LocateOptions {
  /**
   * When a pointer names a member that is not in the text (a missing required field), return the
   * position of its nearest ancestor that is, instead of leaving it out.
   */
  nearestAncestor?: boolean;
}

/** Splits a JSON pointer into unescaped reference tokens; undefined when it is not a valid pointer. */
export function parseJsonPointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  const tokens = pointer.slice(1).split('/');
  for (const token of tokens) if (/~(?![01])/.test(token)) return undefined;
  // ~1 first, then ~0, so "~01" becomes "~1" and not "/" (RFC 6901 section 4).
  return tokens.map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Where `pointer` lands in `text`, or undefined when the text has no such value. */
export function locateJsonPointer(text: string, pointer: string): SourcePosition | undefined {
  return locateJsonPointers(text, [pointer]).get(pointer);
}

/** Locates many pointers with one walk over the text. Pointers not found are absent from the map. */
export function locateJsonPointers(
  text: string,
  pointers: Iterable<string>,
  options: LocateOptions = {},
): Map<string, SourcePosition> {
  const root: PointerTrieNode = { children: new Map(), pointers: [] };
  for (const pointer of pointers) {
    const tokens = parseJsonPointer(pointer);
    if (!tokens) continue;
    let node = root;
    for (const token of tokens) {
      let child = node.children.get(token);
      if (!child) node.children.set(token, (child = { children: new Map(), pointers: [] }));
      node = child;
    }
    node.pointers.push(pointer);
  }

  const offsets = new Map<string, number>();
  const scanner = new JsonScanner(text);
  scanner.visit(root, scanner.skipWhitespace(byteOrderMarkLength(text)), offsets, options.nearestAncestor ?? false);
  return offsetsToPositions(text, offsets);
}

interface PointerTrieNode {
  children: Map<string, PointerTrieNode>;
  /** The pointers (as given) that end at this node. */
  pointers: string[];
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

class JsonScanner {
  constructor(private readonly text: string) {}

  /**
   * Records the value at `start` for the pointers ending at `node`, then descends into the children
   * the trie asks for. With `nearestAncestor`, pointers below a missing child resolve to `start`.
   */
  visit(node: PointerTrieNode, start: number, found: Map<string, number>, nearestAncestor: boolean): void {
    if (start >= this.text.length) return;
    for (const pointer of node.pointers) found.set(pointer, start);
    if (node.children.size === 0) return;

    const reached = new Set<PointerTrieNode>();
    const code = this.text.charCodeAt(start);
    if (code === OPEN_BRACE) this.visitObject(node, start, found, nearestAncestor, reached);
    else if (code === OPEN_BRACKET) this.visitArray(node, start, found, nearestAncestor, reached);

    if (nearestAncestor) {
      for (const child of node.children.values()) {
        if (!reached.has(child)) markSubtree(child, start, found);
      }
    }
  }

  private visitObject(
    node: PointerTrieNode,
    start: number,
    found: Map<string, number>,
    nearestAncestor: boolean,
    reached: Set<PointerTrieNode>,
  ): void {
    const text = this.text;
    let index = this.skipWhitespace(start + 1);
    while (index < text.length && text.charCodeAt(index) === QUOTE) {
      const keyEnd = this.skipString(index);
      if (keyEnd < 0) return;
      const key = this.decodeString(index, keyEnd);
      index = this.skipWhitespace(keyEnd);
      if (text.charCodeAt(index) !== COLON) return;
      const valueStart = this.skipWhitespace(index + 1);
      const child = node.children.get(key);
      // JSON.parse keeps the last of duplicate keys, so a later match overrides an earlier one.
      if (child) {
        reached.add(child);
        this.visit(child, valueStart, found, nearestAncestor);
      }
      const valueEnd = this.skipValue(valueStart);
      if (valueEnd < 0) return;
      index = this.skipWhitespace(valueEnd);
      if (text.charCodeAt(index) !== COMMA) return;
      index = this.skipWhitespace(index + 1);
    }
  }

  private visitArray(
    node: PointerTrieNode,
    start: number,
    found: Map<string, number>,
    nearestAncestor: boolean,
    reached: Set<PointerTrieNode>,
  ): void {
    const wanted = new Map<number, PointerTrieNode>();
    for (const [token, child] of node.children) {
      if (/^(0|[1-9]\d*)$/.test(token)) wanted.set(Number(token), child);
    }
    if (wanted.size === 0) return;
    const last = Math.max(...wanted.keys());
    const text = this.text;
    let index = this.skipWhitespace(start + 1);
    if (text.charCodeAt(index) === CLOSE_BRACKET) return;
    for (let position = 0; position <= last && index < text.length; position++) {
      const child = wanted.get(position);
      if (child) {
        reached.add(child);
        this.visit(child, index, found, nearestAncestor);
      }
      const valueEnd = this.skipValue(index);
      if (valueEnd < 0) return;
      index = this.skipWhitespace(valueEnd);
      if (text.charCodeAt(index) !== COMMA) return;
      index = this.skipWhitespace(index + 1);
    }
  }

  skipWhitespace(index: number): number {
    const text = this.text;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (code !== 32 && code !== 10 && code !== 13 && code !== 9) break;
      index++;
    }
    return index;
  }

  /** Index just past the string opening at `start`, or -1 when it never closes. */
  private skipString(start: number): number {
    const text = this.text;
    let index = start + 1;
    for (;;) {
      const quote = text.indexOf('"', index);
      if (quote < 0) return -1;
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      index = quote + 1;
    }
  }

  /** Index just past the value starting at `start`, or -1 when the text ends inside it. */
  private skipValue(start: number): number {
    const text = this.text;
    const code = text.charCodeAt(start);
    if (code === QUOTE) return this.skipString(start);
    if (code !== OPEN_BRACE && code !== OPEN_BRACKET) {
      // A number, true, false or null: runs until a delimiter.
      let index = start;
      while (index < text.length) {
        const next = text.charCodeAt(index);
        if (next === COMMA || next === CLOSE_BRACE || next === CLOSE_BRACKET || next <= 32) break;
        index++;
      }
      return index === start ? -1 : index;
    }
    let depth = 0;
    let index = start;
    while (index < text.length) {
      const next = text.charCodeAt(index);
      if (next === QUOTE) {
        index = this.skipString(index);
        if (index < 0) return -1;
        continue;
      }
      if (next === OPEN_BRACE || next === OPEN_BRACKET) depth++;
      else if (next === CLOSE_BRACE || next === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) return index + 1;
      }
      index++;
    }
    return -1;
  }

  /** The value of the string literal spanning [start, end), escapes resolved. */
  private decodeString(start: number, end: number): string {
    const raw = this.text.slice(start, end);
    if (!raw.includes('\\')) return raw.slice(1, -1);
    try {
      return JSON.parse(raw) as string;
    } catch {
      return raw.slice(1, -1);
    }
  }
}

function markSubtree(node: PointerTrieNode, offset: number, found: Map<string, number>): void {
  for (const pointer of node.pointers) found.set(pointer, offset);
  for (const child of node.children.values()) markSubtree(child, offset, found);
}

/** Converts UTF-16 offsets to line/column with one forward pass over the text. */
function offsetsToPositions(text: string, offsets: Map<string, number>): Map<string, SourcePosition> {
  const sorted = [...offsets].sort((a, b) => a[1] - b[1]);
  const positions = new Map<string, SourcePosition>();
  let line = 1;
  // Editors do not show a byte order mark, so it takes no column.
  let lineStart = byteOrderMarkLength(text);
  let scanned = lineStart;
  for (const [pointer, offset] of sorted) {
    for (; scanned < offset; scanned++) {
      const code = text.charCodeAt(scanned);
      if (code === 10 || (code === 13 && text.charCodeAt(scanned + 1) !== 10)) {
        line++;
        lineStart = scanned + 1;
      }
    }
    positions.set(pointer, { line, column: codePointLength(text, lineStart, offset) + 1 });
  }
  return positions;
}

function byteOrderMarkLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

function codePointLength(text: string, start: number, end: number): number {
  let length = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    // A high surrogate followed by a low one is one code point.
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < end) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
    length++;
  }
  return length;
}
