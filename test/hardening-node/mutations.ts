/**
 * Random damage to a real file, the kinds a text goes through on its way to a parser: truncation,
 * dropped, doubled and swapped lines, stray bytes, line-ending changes, and hostile lines spliced in.
 */
import fc from 'fast-check';

type Mutation = (text: string) => string;

function lineMutation(apply: (lines: string[], at: number) => void, position: number): Mutation {
  return (text) => {
    const lines = text.split('\n');
    apply(lines, Math.floor(position * lines.length) % Math.max(1, lines.length));
    return lines.join('\n');
  };
}

function mutation(hostileLines: readonly string[]): fc.Arbitrary<Mutation> {
  const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
  const at = (text: string, where: number) => Math.floor(where * (text.length + 1));
  return fc.oneof(
    position.map((where): Mutation => (text) => text.slice(0, at(text, where))),
    position.map((where) => lineMutation((lines, index) => void lines.splice(index, 1), where)),
    position.map((where) => lineMutation((lines, index) => void lines.splice(index, 0, lines[index] ?? ''), where)),
    fc.tuple(position, position).map(([first, second]) => lineMutation((lines, index) => {
      const other = Math.floor(second * lines.length);
      [lines[index], lines[other]] = [lines[other] ?? '', lines[index] ?? ''];
    }, first)),
    fc.tuple(position, fc.constantFrom(...hostileLines)).map(([where, line]) => lineMutation((lines, index) => void lines.splice(index, 0, line), where)),
    fc.tuple(position, fc.string({ unit: 'binary', minLength: 1, maxLength: 4 })).map(([where, bytes]): Mutation => (text) => {
      const index = at(text, where);
      return text.slice(0, index) + bytes + text.slice(index + 1);
    }),
    fc.constantFrom<Mutation>((text) => text.replace(/\r\n/g, '\n'), (text) => text.replace(/\r?\n/g, '\r'), (text) => `\uFEFF${text}`, (text) => text.replace(/:/g, ';')),
  );
}

/** `text` after one to six random mutations. */
export function mutatedText(text: string, hostileLines: readonly string[]): fc.Arbitrary<string> {
  return fc.array(mutation(hostileLines), { minLength: 1, maxLength: 6 }).map((mutations) => mutations.reduce((current, apply) => apply(current), text));
}

/** Every path to a value inside `value` (objects and arrays), the root included. */
function pathsIn(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => pathsIn(child, [...prefix, key]))];
}

function replaceAt(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = replaceAt(copy[head!], rest, replacement);
  return copy;
}

/** A copy of the JSON `value` with one to four of its values (at any depth) replaced by `replacement`s. */
export function mutatedJson(value: unknown, replacement: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const paths = pathsIn(value);
  return fc.array(fc.tuple(fc.integer({ min: 0, max: paths.length - 1 }), replacement), { minLength: 1, maxLength: 4 })
    .map((changes) => changes.reduce((current, [index, next]) => replaceAt(current, paths[index]!, next), value));
}
