/**
 * RFC 5545 §3.1 content lines: unfolding, parameters, text escaping, and folding for output.
 *
 * Kept apart from the calendar semantics so the reader and the writer agree on one lexer. Input
 * may use CRLF (the RFC), LF (most files in the wild) or CR line ends.
 */

export interface ContentLine {
  /** Property name, upper-cased ("DTSTART", "X-WR-CALNAME"). */
  name: string;
  /** Parameters, names upper-cased; each may repeat values ("MEMBER=a,b"). */
  params: Record<string, string[]>;
  /** The raw value, still escaped (escaping depends on the value type). */
  value: string;
  /** 1-based line in the source where the (folded) line starts. */
  line: number;
}

export interface PhysicalLine {
  text: string;
  line: number;
}

/** Joins folded lines (a line starting with a space or tab continues the one before). */
export function unfoldLines(text: string): PhysicalLine[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rawLines = source.split(/\r\n|\n|\r/);
  const logical: PhysicalLine[] = [];
  rawLines.forEach((raw, index) => {
    const previous = logical[logical.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && previous) {
      previous.text += raw.slice(1);
    } else if (raw.trim() !== '') {
      logical.push({ text: raw, line: index + 1 });
    }
  });
  return logical;
}

/** RFC 6868 caret encoding inside parameter values: ^n newline, ^' double quote, ^^ caret. */
function decodeParamValue(value: string): string {
  return value.replace(/\^([n'^])/g, (_match, code: string) => (code === 'n' ? '\n' : code === "'" ? '"' : '^'));
}

/** Splits `NAME;PARAM=a,"b;c":value`; returns an error message for a line that is not a property. */
export function parseContentLine(physical: PhysicalLine): ContentLine | { error: string } {
  const { text, line } = physical;
  const nameMatch = /^([A-Za-z0-9-]+)/.exec(text);
  if (!nameMatch) return { error: `Line ${line} is not an iCalendar property: "${text.slice(0, 40)}"` };
  const name = nameMatch[1]!.toUpperCase();
  const params: Record<string, string[]> = {};
  let position = name.length;
  while (text[position] === ';') {
    const paramMatch = /^([A-Za-z0-9-]+)=/.exec(text.slice(position + 1));
    if (!paramMatch) return { error: `Line ${line}: parameter of ${name} has no "=": "${text.slice(0, 60)}"` };
    const paramName = paramMatch[1]!.toUpperCase();
    position += 1 + paramMatch[0].length;
    const values: string[] = [];
    for (;;) {
      if (text[position] === '"') {
        const close = text.indexOf('"', position + 1);
        if (close < 0) return { error: `Line ${line}: unclosed quote in parameter ${paramName} of ${name}` };
        values.push(decodeParamValue(text.slice(position + 1, close)));
        position = close + 1;
      } else {
        const rest = /^[^;:,"]*/.exec(text.slice(position))![0];
        values.push(decodeParamValue(rest));
        position += rest.length;
      }
      if (text[position] !== ',') break;
      position += 1;
    }
    params[paramName] = [...(params[paramName] ?? []), ...values];
  }
  if (text[position] !== ':') return { error: `Line ${line}: property ${name} has no ":" before its value` };
  return { name, params, value: text.slice(position + 1), line };
}

/** The first value of a parameter, upper-cased when `upper` (VALUE=date → DATE). */
export function paramValue(line: ContentLine, name: string, upper = false): string | undefined {
  const value = line.params[name]?.[0];
  return upper ? value?.toUpperCase() : value;
}

/** Undoes TEXT escaping (§3.3.11): \\ \; \, \n \N. A lone backslash before anything else is kept. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_match, code: string) => (code === 'n' || code === 'N' ? '\n' : code));
}

/** Splits a multi-valued TEXT property (CATEGORIES) on commas that are not escaped. */
export function splitTextList(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    if (char === '\\' && index + 1 < value.length) {
      current += char + value[index + 1];
      index++;
    } else if (char === ',') {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map(unescapeText).map((part) => part.trim()).filter((part) => part !== '');
}

/** TEXT escaping for output: backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value.replace(/\r\n|\r/g, '\n').replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\n/g, '\\n');
}

/** A parameter value, quoted when it holds characters that would end it (RFC 5545 §3.2, RFC 6868). */
export function formatParamValue(value: string): string {
  const encoded = value.replace(/\^/g, '^^').replace(/\n/g, '^n').replace(/"/g, "^'");
  return /[;:,]/.test(encoded) ? `"${encoded}"` : encoded;
}

const encoder = new TextEncoder();

/**
 * Folds one content line into chunks of at most 75 octets, joined by CRLF + space (§3.1). Splits
 * only between code points, so a multi-byte UTF-8 character is never cut in two.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const chunks: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const char of line) {
    const octets = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = chunks.length === 0 ? 75 : 74;
    if (currentOctets + octets > limit) {
      chunks.push(current);
      current = '';
      currentOctets = 0;
    }
    current += char;
    currentOctets += octets;
  }
  chunks.push(current);
  return chunks.join('\r\n ');
}
