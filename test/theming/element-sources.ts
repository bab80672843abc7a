/**
 * Reads the elements' source the way a themer meets it: for each element class (a file with a JSDoc
 * header and `class … extends LitElement`), the CSS and templates it ships, following its relative
 * imports inside src/elements, and the custom properties and parts its header documents.
 *
 * Shared modules (src/elements/shared) are read export by export: an element that imports only
 * `themeStyles` does not ship `stateStyles`, so it need not document the skeleton colour.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const ELEMENTS_DIR = join(REPO_ROOT, 'src/elements');
const SHARED_DIR = join(ELEMENTS_DIR, 'shared');

export interface ElementUnit {
  /** The class name, e.g. "LearningFinder". */
  className: string;
  /** Path of the class's file, relative to the repository. */
  file: string;
  /** Everything the element ships: its file, its local imports, and the shared style blocks it uses. */
  sources: { file: string; text: string }[];
  /** `@cssproperty` names in the class's JSDoc header. */
  documentedProperties: Set<string>;
  /** `@csspart` names in the class's JSDoc header. */
  documentedParts: Set<string>;
}

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listTs(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

export function repoPath(path: string): string {
  return relative(REPO_ROOT, path);
}

/** `{ a, b }` imported from each relative module (statically or with import()): file path → imported names. */
function relativeImports(file: string, text: string): Map<string, string[]> {
  const imports = new Map<string, string[]>();
  for (const match of text.matchAll(/import\s+(type\s+)?(?:\{([^}]*)\}|[\w*\s]+)\s*from\s*'(\.{1,2}\/[^']+)\.js'/g)) {
    if (match[1]) continue;
    const target = resolve(dirname(file), `${match[3]}.ts`);
    const names = (match[2] ?? '').split(',').map((name) => name.replace(/\btype\b/, '').split(/\s+as\s+/)[0]!.trim()).filter(Boolean);
    imports.set(target, [...(imports.get(target) ?? []), ...names]);
  }
  // Code loaded later with import() (the map engine) and re-exported modules are still the element's.
  for (const match of text.matchAll(/(?:import\(\s*|export\s+(?:\{[^}]*\}|\*)\s*from\s*)'(\.{1,2}\/[^']+)\.js'/g)) {
    const target = resolve(dirname(file), `${match[1]}.ts`);
    if (!imports.has(target)) imports.set(target, []);
  }
  return imports;
}

/**
 * A shared module cut at its top-level exports: the part before the first export (imports, private
 * helpers) and each exported declaration by name.
 */
function exportChunks(text: string): { preamble: string; chunks: Map<string, string> } {
  const pieces = text.split(/\n(?=export )/);
  const chunks = new Map<string, string>();
  for (const piece of pieces.slice(1)) {
    const name = /^export (?:const|function|class|let|interface|type)\s+(\w+)/.exec(piece)?.[1];
    if (name) chunks.set(name, piece);
  }
  return { preamble: pieces[0] ?? '', chunks };
}

/** The chunks for `names`, plus the chunks they mention (`${themeStyles}` inside a css`` block). */
function sharedText(text: string, names: Iterable<string>): string {
  const { preamble, chunks } = exportChunks(text);
  const seen = new Set<string>();
  const queue = [...names];
  while (queue.length) {
    const name = queue.pop()!;
    if (seen.has(name) || !chunks.has(name)) continue;
    seen.add(name);
    for (const other of chunks.keys()) if (new RegExp(`\\b${other}\\b`).test(chunks.get(name)!)) queue.push(other);
  }
  return [preamble, ...[...seen].map((name) => chunks.get(name)!)].join('\n');
}

/** The JSDoc comment that directly precedes `export class Name extends LitElement` (or one of our bases). */
function classHeader(text: string): { className: string; header: string } | undefined {
  const match = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export class (\w+) extends (?:LitElement|LocalizedElement|OpportunityView)\b/.exec(text);
  return match ? { className: match[2]!, header: match[1]! } : undefined;
}

function documented(header: string, tag: 'cssproperty' | 'csspart'): Set<string> {
  const names = new Set<string>();
  for (const match of header.matchAll(new RegExp(`@${tag}\\s+(?:\\{[^}]*\\}\\s+)?([\\w-]+)`, 'g'))) names.add(match[1]!);
  return names;
}

export function elementUnits(): ElementUnit[] {
  const units: ElementUnit[] = [];
  for (const file of listTs(ELEMENTS_DIR)) {
    const text = readFileSync(file, 'utf8');
    const header = classHeader(text);
    if (!header) continue;
    const importedNames = new Map<string, Set<string>>();
    const visited: string[] = [];
    const queue = [file];
    while (queue.length) {
      const current = queue.pop()!;
      if (visited.includes(current)) continue;
      visited.push(current);
      for (const [target, names] of relativeImports(current, readFileSync(current, 'utf8'))) {
        if (!target.startsWith(ELEMENTS_DIR)) continue;
        // Another element's class file is that element's to document, not this one's.
        if (target !== file && classHeader(readFileSync(target, 'utf8'))) continue;
        const known = importedNames.get(target) ?? new Set<string>();
        names.forEach((name) => known.add(name));
        importedNames.set(target, known);
        queue.push(target);
      }
    }
    const sources = visited.map((path) => {
      const whole = readFileSync(path, 'utf8');
      // Shared helpers are read export by export: importing loadingState does not ship errorState's parts.
      const shipped = path !== file && path.startsWith(SHARED_DIR) ? sharedText(whole, importedNames.get(path) ?? []) : whole;
      return { file: repoPath(path), text: shipped };
    });
    units.push({
      className: header.className,
      file: repoPath(file),
      sources,
      documentedProperties: documented(header.header, 'cssproperty'),
      documentedParts: documented(header.header, 'csspart'),
    });
  }
  return units.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * The `--learning-*` properties a unit's CSS really reads. A declaration of a private variable
 * (`--_accent: var(--learning-accent, …)`) only counts when something reads `var(--_accent)`: the theme
 * layer defines every private colour, but the calendar never paints the warning colours.
 * Returns property → first file that reads it.
 */
export function usedProperties(unit: ElementUnit): Map<string, string> {
  const definitions = new Map<string, { file: string; value: string }[]>();
  const roots: { file: string; value: string }[] = [];
  for (const source of unit.sources) {
    for (const match of source.text.matchAll(/(-{0,2}[a-zA-Z_][\w-]*)\s*:\s*([^;{}]*var\([^;{}]*)[;}]/g)) {
      const [, property, value] = match;
      if (property!.startsWith('--_')) {
        definitions.set(property!, [...(definitions.get(property!) ?? []), { file: source.file, value: value! }]);
      } else {
        roots.push({ file: source.file, value: value! });
      }
    }
  }
  const used = new Map<string, string>();
  const seenPrivate = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const { file, value } = queue.pop()!;
    for (const match of value.matchAll(/var\(\s*(--learning-[\w-]+)/g)) if (!used.has(match[1]!)) used.set(match[1]!, file);
    for (const match of value.matchAll(/var\(\s*(--_[\w-]+)/g)) {
      if (seenPrivate.has(match[1]!)) continue;
      seenPrivate.add(match[1]!);
      queue.push(...(definitions.get(match[1]!) ?? []));
    }
  }
  return used;
}

/** Parts a unit's templates set with a literal name: `part="a b"`, `setAttribute('part', 'x')`, literals in `part=${…}`. */
export function renderedParts(unit: ElementUnit): Map<string, string> {
  const parts = new Map<string, string>();
  const add = (name: string, file: string) => {
    if (!parts.has(name)) parts.set(name, file);
  };
  for (const { file, text } of unit.sources) {
    for (const match of text.matchAll(/\bpart="([^"$]*)"/g)) match[1]!.split(/\s+/).filter(Boolean).forEach((name) => add(name, file));
    for (const line of text.split('\n')) {
      if (!/\bpart=\$\{|setAttribute\('part'/.test(line)) continue;
      for (const match of line.matchAll(/['`]\s*([a-z][\w-]*(?:\s+[a-z][\w-]*)*)\s*['`$]/g)) {
        match[1]!.split(/\s+/).filter((name) => name !== 'part').forEach((name) => add(name, file));
      }
    }
  }
  return parts;
}

/** Whether a documented part's name appears in the unit's source as a quoted word (covers `part=${section.key}`). */
export function partNameAppears(unit: ElementUnit, name: string): boolean {
  const quoted = new RegExp(`['"\`](?:[\\w-]+\\s+)*${name}(?:\\s+[\\w-]+)*['"\`]|[\\s'\`]${name}['\`$]`);
  return unit.sources.some(({ text }) => quoted.test(text));
}
