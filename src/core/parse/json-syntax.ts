/**
 * Says where and why a text is not JSON, the same way in every JavaScript engine.
 *
 * `JSON.parse` errors differ between engines (V8 sometimes gives a position, sometimes not; "Unexpected
 * end of JSON input" gives none), and a partner fixing a feed needs a line and column. So when
 * `JSON.parse` fails we walk the text once with this small RFC 8259 scanner. It is iterative (an
 * explicit stack), so deeply nested input cannot overflow the call stack.
 */

export interface JsonSyntaxError {
  /** UTF-16 offset of the offending character (the text length when the text ends too early). */
  offset: number;
  message: string;
  hint?: string;
}

type Expect = 'value' | 'value-or-close' | 'key-or-close' | 'key' | 'colon' | 'comma-or-close';

const WHITESPACE = new Set([0x20, 0x0a, 0x0d, 0x09]);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

function show(text: string, offset: number): string {
  const codePoint = text.codePointAt(offset)!;
  return codePoint < 0x20 ? `the control character U+${codePoint.toString(16).padStart(4, '0').toUpperCase()}` : `"${String.fromCodePoint(codePoint)}"`;
}

/** Offset just past the string that opens at `start`, or a syntax error. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let index = start + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x22) return index + 1;
    if (code === 0x5c) {
      const escape = text[index + 1];
      if (escape === undefined) break;
      if (escape === 'u') {
        if (!HEX4.test(text.slice(index + 2, index + 6))) {
          return { offset: index, message: 'Invalid \\u escape in a string: it needs four hexadecimal digits.' };
        }
        index += 6;
        continue;
      }
      if (!ESCAPES.has(escape)) {
        return { offset: index, message: `Invalid escape "\\${escape}" in a string.`, hint: 'Write a backslash as \\\\.' };
      }
      index += 2;
      continue;
    }
    if (code < 0x20) {
      return { offset: index, message: `A string contains ${show(text, index)}.`, hint: 'Write line breaks inside strings as \\n and tabs as \\t.' };
    }
    index++;
  }
  return { offset: text.length, message: 'The text ends inside a string: a closing quote (") is missing.', hint: 'The file may have been cut off; check that it was saved or generated completely.' };
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: Array<'}' | ']'> = [];
  let expect: Expect = 'value';
  let index = 0;
  for (;;) {
    while (index < text.length && WHITESPACE.has(text.charCodeAt(index))) index++;
    if (index >= text.length) {
      if (stack.length === 0 && expect === 'comma-or-close') return undefined;
      if (stack.length === 0 && expect === 'value') return { offset: index, message: 'The document is empty.', hint: 'A feed is a JSON object: {"version": "1.0", …}.' };
      return {
        offset: index,
        message: `The text ends before the JSON is complete${stack.length ? `: ${stack.length} unclosed ${stack.length === 1 ? 'bracket' : 'brackets'} ("${stack.slice().reverse().join('')}" missing)` : ''}.`,
        hint: 'The file may have been cut off; check that it was saved or generated completely.',
      };
    }
    const char = text[index]!;
    switch (expect) {
      case 'value':
      case 'value-or-close': {
        if (char === ']' && expect === 'value-or-close') {
          stack.pop();
          index++;
          expect = 'comma-or-close';
          break;
        }
        if (char === '{' || char === '[') {
          stack.push(char === '{' ? '}' : ']');
          index++;
          expect = char === '{' ? 'key-or-close' : 'value-or-close';
          break;
        }
        if (char === '"') {
          const end = scanString(text, index);
          if (typeof end !== 'number') return end;
          index = end;
          expect = 'comma-or-close';
          break;
        }
        NUMBER.lastIndex = index;
        if (/[-0-9]/.test(char) && NUMBER.test(text)) {
          index = NUMBER.lastIndex;
          expect = 'comma-or-close';
          break;
        }
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, index));
        if (literal) {
          index += literal.length;
          expect = 'comma-or-close';
          break;
        }
        if (char === ']' || char === '}') {
          return { offset: index, message: `Unexpected "${char}": a value is missing, perhaps after a trailing comma.`, hint: 'JSON does not allow a comma before a closing bracket.' };
        }
        if (char === "'") return { offset: index, message: 'Strings must use double quotes ("), not single quotes.' };
        return { offset: index, message: `Unexpected ${show(text, index)} where a value should be.`, hint: 'A value is a string in double quotes, a number, true, false, null, an object or a list.' };
      }
      case 'key-or-close':
      case 'key': {
        if (char === '}' && expect === 'key-or-close') {
          stack.pop();
          index++;
          expect = 'comma-or-close';
          break;
        }
        if (char === '"') {
          const end = scanString(text, index);
          if (typeof end !== 'number') return end;
          index = end;
          expect = 'colon';
          break;
        }
        if (char === '}') return { offset: index, message: 'Unexpected "}" after a comma.', hint: 'JSON does not allow a comma before a closing bracket.' };
        return { offset: index, message: `Unexpected ${show(text, index)} where a property name should be.`, hint: 'Property names are strings in double quotes: "name".' };
      }
      case 'colon':
        if (char !== ':') return { offset: index, message: `Expected ":" after a property name, found ${show(text, index)}.` };
        index++;
        expect = 'value';
        break;
      case 'comma-or-close': {
        const close = stack[stack.length - 1];
        if (close === undefined) return { offset: index, message: `Unexpected ${show(text, index)} after the end of the document.`, hint: 'A feed is exactly one JSON object; remove what follows it.' };
        if (char === ',') {
          index++;
          expect = close === '}' ? 'key' : 'value';
          break;
        }
        if (char === close) {
          stack.pop();
          index++;
          break;
        }
        return { offset: index, message: `Expected "," or "${close}", found ${show(text, index)}.`, hint: 'A comma may be missing between two values.' };
      }
    }
  }
}

/** 1-based line and column (in code points) of a UTF-16 offset. Lines end at \n, \r\n or \r. */
export function positionOfOffset(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++;
      lineStart = index + 1;
    }
  }
  let column = 1;
  for (let index = lineStart; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < end) index++;
    column++;
  }
  return { line, column };
}
