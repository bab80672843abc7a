/**
 * Every UI message table speaks every supported locale completely: the same keys as English, no empty
 * string, every function message returns a real phrase for counts that reach each plural form, and no
 * English phrase is left in another locale unless it is listed below as the right word there too.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { SUPPORTED_LOCALES } from '../../src/i18n/locales.js';
import { findTableDeclarations, leaves, loadMessageTables, loadTranslations, sampleArguments, type MessageTableInfo } from './message-tables.js';

/**
 * Values that are rightly the same as English: "table key locale" → why. Anything else identical to the
 * English value is an untranslated string.
 */
const SAME_AS_ENGLISH: Readonly<Record<string, string>> = {
  'src/elements/shared/vocabulary-labels.ts#audiences parents fr': 'French for parents is "Parents".',
  'src/elements/shared/vocabulary-labels.ts#accessibility braille fr': 'Braille is a name.',
  'src/elements/shared/vocabulary-labels.ts#accessibility braille es': 'Braille is a name.',
  'src/elements/shared/vocabulary-labels.ts#accessibility braille de': 'Braille is a name.',
  'src/elements/shared/messages.ts#sharedMessages outlookCalendar fr': 'Outlook is a product name.',
  'src/elements/shared/messages.ts#sharedMessages outlookCalendar es': 'Outlook is a product name.',
  'src/elements/shared/messages.ts#sharedMessages outlookCalendar de': 'Outlook is a product name.',
  'src/elements/shared/messages.ts#sharedMessages outlookCalendar ko': 'Outlook is a product name.',
  'src/elements/shared/messages.ts#sharedMessages outlookCalendar ar': 'Outlook is a product name.',
  'src/elements/shared/messages.ts#sharedMessages googleCalendar es': 'Google sells it as "Google Calendar" in Spanish.',
  'src/elements/shared/messages.ts#sharedMessages mode.online de': 'German uses "Online".',
  'src/elements/shared/messages.ts#sharedMessages website de': 'German uses "Website".',
  'src/elements/learning-calendar/messages.ts#calendarMessages online de': 'German uses "Online".',
  'src/elements/learning-finder/messages.ts#finderMessages distance fr': 'French for distance is "Distance".',
  'src/elements/learning-finder/messages.ts#finderMessages sort.distance fr': 'French for distance is "Distance".',
  'src/elements/learning-finder/messages.ts#finderMessages sort.name de': 'German for name is "Name".',
};

/** Text that carries no language: digits, spaces and punctuation (a formatted count alone). */
const LANGUAGE_FREE = /^[\p{N}\p{P}\p{S}\s]*$/u;

function describeValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}

let tables: MessageTableInfo[] = [];

describe('UI message tables', () => {
  before(async () => {
    tables = await loadMessageTables();
  });

  it('finds the tables of every element and of core', () => {
    const names = findTableDeclarations().map(({ variable }) => variable);
    for (const expected of ['sharedMessages', 'finderMessages', 'calendarMessages', 'mapMessages', 'ownMessages', 'scheduleMessages', 'scheduleWords', 'badgeWords', 'topics', 'audiences', 'accessibility']) {
      assert.ok(names.includes(expected), `no message table named ${expected} found; found ${names.join(', ')}`);
    }
  });

  it('every section of the translations modules has its English table, and every other locale has a module', async () => {
    const sections = findTableDeclarations().flatMap(({ section }) => (section === undefined ? [] : [section]));
    const translations = await loadTranslations();
    assert.deepEqual([...translations.keys()].sort(), SUPPORTED_LOCALES.filter((locale) => locale !== 'en').sort());
    for (const [locale, words] of translations) {
      assert.deepEqual(Object.keys(words).sort(), [...new Set(sections)].sort(), `${locale}: sections without an English defineMessages table, or English tables without a section`);
    }
  });

  it('each locale has exactly the keys of English', () => {
    const problems: string[] = [];
    for (const { name, table } of tables) {
      const english = [...leaves(table.en).keys()];
      for (const locale of SUPPORTED_LOCALES) {
        const keys = [...leaves(table[locale]).keys()];
        for (const key of english.filter((key) => !keys.includes(key))) problems.push(`${name} ${locale}: missing "${key}"`);
        for (const key of keys.filter((key) => !english.includes(key))) problems.push(`${name} ${locale}: "${key}" is not an English key`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('no message is empty and every leaf is a string or a function', () => {
    const problems: string[] = [];
    for (const { name, table } of tables) {
      for (const locale of SUPPORTED_LOCALES) {
        for (const [key, value] of leaves(table[locale])) {
          if (typeof value === 'function') continue;
          if (typeof value !== 'string') problems.push(`${name} ${locale} "${key}": ${describeValue(value)} is neither text nor a function`);
          else if (value.trim() === '') problems.push(`${name} ${locale} "${key}": empty`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('function messages return a phrase for counts 0, 1, 2, 5, 11 and 100', () => {
    const problems: string[] = [];
    let calls = 0;
    for (const { name, table, parameters } of tables) {
      for (const locale of SUPPORTED_LOCALES) {
        for (const [key, message] of leaves(table[locale])) {
          if (typeof message !== 'function') continue;
          const types = parameters.get(key);
          const argumentLists = types && sampleArguments(types, locale);
          if (!argumentLists) {
            problems.push(`${name} "${key}": parameter types ${JSON.stringify(types)} unknown to this test; teach sampleArguments()`);
            continue;
          }
          for (const args of argumentLists) {
            calls += 1;
            const label = `${name} ${locale} "${key}"(${args.map((arg) => JSON.stringify(arg) ?? 'undefined').join(', ')})`;
            let result: unknown;
            try {
              result = (message as (...values: unknown[]) => unknown)(...args);
            } catch (error) {
              problems.push(`${label} threw ${String(error)}`);
              continue;
            }
            if (typeof result !== 'string' || result.trim() === '') problems.push(`${label} returned ${describeValue(result)}`);
            else if (/undefined|NaN|\[object|\{\w*\}/.test(result)) problems.push(`${label} returned ${JSON.stringify(result)}`);
          }
        }
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(calls > 500, `only ${calls} calls: did the tables load?`);
  });

  it('no English value is left untranslated outside the allow-list', () => {
    const problems: string[] = [];
    const allowed = new Set<string>();
    for (const { name, table, parameters } of tables) {
      const english = leaves(table.en);
      for (const locale of SUPPORTED_LOCALES.filter((locale) => locale !== 'en')) {
        for (const [key, value] of leaves(table[locale])) {
          const englishValue = english.get(key);
          let same: string | undefined;
          if (typeof value === 'string' && value === englishValue && !LANGUAGE_FREE.test(value)) same = value;
          if (typeof value === 'function' && typeof englishValue === 'function') {
            // Same arguments to both, so only the words can differ.
            const args = sampleArguments(parameters.get(key) ?? [], 'en')?.[3];
            const ours = args && String(value(...args));
            if (ours !== undefined && ours === String(englishValue(...args!)) && !LANGUAGE_FREE.test(ours)) same = ours;
          }
          if (same === undefined) continue;
          const entry = `${name} ${key} ${locale}`;
          if (entry in SAME_AS_ENGLISH) allowed.add(entry);
          else problems.push(`${entry}: ${JSON.stringify(same)} is the English text`);
        }
      }
    }
    assert.deepEqual(problems, [], 'translate these, or add them to SAME_AS_ENGLISH with the reason they are right');
    const unused = Object.keys(SAME_AS_ENGLISH).filter((entry) => !allowed.has(entry));
    assert.deepEqual(unused, [], 'these allow-list entries no longer match an English value: remove them');
  });
});
