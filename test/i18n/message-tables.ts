/**
 * Finds every UI message table in src, loads it, private ones included, and reads the parameter types
 * of its function messages with the TypeScript checker so the test can call each one with arguments of
 * the right kind. Two kinds of table:
 * - `const name: MessageTable<…> = { en, fr, … }`: every locale in one object (core's, topic labels);
 * - `const name = defineMessages('section', english)`: English here, every other locale in the
 *   `section` of src/i18n/translations/<locale>.ts (the lazily loaded chunks).
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(REPO_ROOT, 'src');
const TABLE_DECLARATION = /^(export\s+)?const\s+(\w+)\s*:\s*MessageTable<([^>]+)>\s*=/gm;
const SECTION_DECLARATION = /^(export\s+)?const\s+(\w+)\s*=\s*defineMessages\(\s*'(\w+)'/gm;
const TRANSLATIONS = join(SRC, 'i18n', 'translations');

export interface MessageTableInfo {
  /** "src/elements/shared/messages.ts#sharedMessages" */
  name: string;
  table: Record<string, unknown>;
  /** Parameter types of each function message, by dotted key path ("mode.online" for nested keys). */
  parameters: Map<string, string[]>;
}

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return listTs(path);
    return entry.endsWith('.ts') && !entry.endsWith('.d.ts') ? [path] : [];
  });
}

export interface TableDeclaration {
  file: string;
  variable: string;
  exported: boolean;
  /** For a `defineMessages` table: its section of the translations modules. */
  section?: string;
}

/** Every file and table name declared as a MessageTable or with defineMessages, exported or not. */
export function findTableDeclarations(): TableDeclaration[] {
  return listTs(SRC).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [
      ...[...text.matchAll(TABLE_DECLARATION)].map((match) => ({ file, variable: match[2]!, exported: !!match[1] })),
      ...[...text.matchAll(SECTION_DECLARATION)].map((match) => ({ file, variable: match[2]!, exported: !!match[1], section: match[3]! })),
    ];
  });
}

/** Each non-English locale's translations module (its default export), by locale. */
export async function loadTranslations(): Promise<Map<string, Record<string, unknown>>> {
  const modules = new Map<string, Record<string, unknown>>();
  for (const file of readdirSync(TRANSLATIONS).filter((name) => name.endsWith('.ts'))) {
    modules.set(file.replace(/\.ts$/, ''), (await import(pathToFileURL(join(TRANSLATIONS, file)).href)).default as Record<string, unknown>);
  }
  return modules;
}

/**
 * A private table is reached through a copy of its module that also exports it. The copy imports the
 * real modules by absolute URL, so it shares their instances.
 */
async function loadTable(file: string, variable: string, exported: boolean): Promise<Record<string, unknown>> {
  if (exported) return (await import(pathToFileURL(file).href))[variable] as Record<string, unknown>;
  const source = readFileSync(file, 'utf8').replace(/from\s+'(\.{1,2}\/[^']+)\.js'/g, (_, specifier: string) => {
    return `from '${pathToFileURL(resolve(dirname(file), `${specifier}.ts`)).href}'`;
  });
  const copy = join(mkdtempSync(join(tmpdir(), 'message-table-')), 'module.ts');
  writeFileSync(copy, `${source}\nexport { ${variable} as __table };\n`);
  return (await import(pathToFileURL(copy).href)).__table as Record<string, unknown>;
}

let program: ts.Program | undefined;

/** Parameter type names of every function member of the table's English entry (`en`, in both kinds), by key path. */
function functionParameters(file: string, variable: string): Map<string, string[]> {
  program ??= ts.createProgram(findTableDeclarations().map((declaration) => declaration.file), {
    strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true,
  });
  const checker = program.getTypeChecker();
  const sourceFile = program.getSourceFile(file)!;
  const parameters = new Map<string, string[]>();
  const visit = (type: ts.Type, path: string[]) => {
    const signature = type.getCallSignatures()[0];
    if (signature) {
      parameters.set(path.join('.'), signature.parameters.map((parameter) => checker.typeToString(checker.getTypeOfSymbol(parameter))));
      return;
    }
    if (!(type.flags & ts.TypeFlags.Object)) return;
    for (const property of checker.getPropertiesOfType(type)) visit(checker.getTypeOfSymbol(property), [...path, property.name]);
  };
  ts.forEachChild(sourceFile, function find(node) {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === variable) {
      const english = checker.getTypeOfSymbol(checker.getPropertyOfType(checker.getTypeAtLocation(node), 'en')!);
      visit(english, []);
    }
    ts.forEachChild(node, find);
  });
  return parameters;
}

/**
 * Every table as `{ en, fr, … }`. A defineMessages table gets English from its declaration and each
 * other locale from that locale's translations module, under its section (undefined when missing).
 */
export async function loadMessageTables(): Promise<MessageTableInfo[]> {
  const tables: MessageTableInfo[] = [];
  const translations = await loadTranslations();
  for (const { file, variable, exported, section } of findTableDeclarations()) {
    let table = await loadTable(file, variable, exported);
    if (section !== undefined) {
      table = { en: table.en, ...Object.fromEntries([...translations].map(([locale, words]) => [locale, words[section]])) };
    }
    tables.push({ name: `${relative(REPO_ROOT, file)}#${variable}`, table, parameters: functionParameters(file, variable) });
  }
  return tables;
}

/** The leaves of one locale's entry, by dotted key path: strings, functions and anything unexpected. */
export function leaves(entry: unknown, path: string[] = []): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (entry && typeof entry === 'object') {
    for (const [key, value] of Object.entries(entry)) for (const [leafPath, leaf] of leaves(value, [...path, key])) found.set(leafPath, leaf);
  } else {
    found.set(path.join('.'), entry);
  }
  return found;
}

/** Counts that reach every plural form of the six locales (Arabic has zero, one, two, few, many, other). */
export const SAMPLE_COUNTS = [0, 1, 2, 5, 11, 100] as const;

/**
 * Argument lists for a function message, one per sample count, built from its parameter types.
 * Returns undefined for a parameter type the test does not know how to fill.
 */
export function sampleArguments(types: readonly string[], locale: string): unknown[][] | undefined {
  const lists: unknown[][] = [];
  const optionalCount = types.filter((type) => type === 'string | undefined').length;
  for (const count of SAMPLE_COUNTS) {
    const formatted = new Intl.NumberFormat(locale).format(count);
    const category = new Intl.PluralRules(locale).select(count);
    const variants = optionalCount > 0 ? [false, true] : [false];
    for (const leaveOptionalOut of variants) {
      const args: unknown[] = [];
      let optionalSeen = 0;
      for (const type of types) {
        if (type === 'number') args.push(count);
        else if (type === 'string') args.push(formatted);
        else if (type === 'string | undefined') {
          optionalSeen += 1;
          // With two optional values (an age range) callers always pass at least one: leave out only the first.
          args.push(leaveOptionalOut && optionalSeen === 1 ? undefined : formatted);
        } else if (/LDMLPluralRule|"one"/.test(type)) args.push(category);
        else return undefined;
      }
      lists.push(args);
    }
  }
  return lists;
}
