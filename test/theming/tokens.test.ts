/**
 * Every `--learning-*` custom property an element reads is documented in its JSDoc header (and so in
 * custom-elements.json and Storybook), every documented one is really read, the same for `::part()`
 * names, and docs/theming.md lists every token.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ELEMENTS_DIR, REPO_ROOT, elementUnits, partNameAppears, renderedParts, usedProperties } from './element-sources.js';

const units = elementUnits();
const themingDoc = readFileSync(join(REPO_ROOT, 'docs/theming.md'), 'utf8');

/** The global tokens: every `--learning-*` the shared theme layer reads. */
function globalTokens(): string[] {
  const text = readFileSync(join(ELEMENTS_DIR, 'shared/styles.ts'), 'utf8');
  return [...new Set([...text.matchAll(/var\(\s*(--learning-[\w-]+)/g)].map((match) => match[1]!))].sort();
}

describe('theming tokens', () => {
  it('finds every element class with a header', () => {
    const names = units.map((unit) => unit.className);
    for (const expected of ['LearningCalendar', 'LearningFeed', 'LearningFinder', 'LearningLighthouse', 'LearningMap', 'LearningOpportunityCard', 'LearningOpportunityDetail']) {
      assert.ok(names.includes(expected), `no JSDoc header found for ${expected}; found ${names.join(', ')}`);
    }
  });

  it('the theme layer reads the global tokens', () => {
    const tokens = globalTokens();
    for (const expected of ['--learning-text', '--learning-accent', '--learning-background', '--learning-focus', '--learning-font-family', '--learning-radius']) {
      assert.ok(tokens.includes(expected), `src/elements/shared/styles.ts no longer reads ${expected}`);
    }
  });

  for (const unit of units) {
    describe(unit.className, () => {
      const used = usedProperties(unit);

      it('documents every custom property its styles read', () => {
        const missing = [...used].filter(([name]) => !unit.documentedProperties.has(name));
        assert.deepEqual(
          missing.map(([name, file]) => `${name} (read in ${file})`),
          [],
          `add "@cssproperty <name> - <what it changes>" to the JSDoc header of ${unit.className} in ${unit.file}`,
        );
      });

      it('documents no custom property its styles do not read', () => {
        const stale = [...unit.documentedProperties].filter((name) => !used.has(name));
        assert.deepEqual(stale, [], `${unit.file} documents properties that none of ${unit.className}'s styles read: remove them or use them`);
      });

      it('documents every part its templates set', () => {
        const missing = [...renderedParts(unit)].filter(([name]) => !unit.documentedParts.has(name));
        assert.deepEqual(
          missing.map(([name, file]) => `${name} (set in ${file})`),
          [],
          `add "@csspart <name> - <what it is>" to the JSDoc header of ${unit.className} in ${unit.file}`,
        );
      });

      it('documents no part its templates do not set', () => {
        const stale = [...unit.documentedParts].filter((name) => !partNameAppears(unit, name));
        assert.deepEqual(stale, [], `${unit.file} documents parts that ${unit.className} never renders`);
      });
    });
  }

  it('docs/theming.md lists every global token', () => {
    const missing = globalTokens().filter((token) => !themingDoc.includes(`\`${token}\``));
    assert.deepEqual(missing, [], 'add these tokens to the global token table in docs/theming.md');
  });

  it('docs/theming.md lists every documented per-element property', () => {
    const missing = units.flatMap((unit) =>
      [...unit.documentedProperties].filter((name) => !themingDoc.includes(`\`${name}\``)).map((name) => `${name} (${unit.file})`),
    );
    assert.deepEqual([...new Set(missing)], [], 'add these properties to docs/theming.md');
  });

  it('docs/theming.md names no property that no element reads', () => {
    const known = new Set(units.flatMap((unit) => [...usedProperties(unit).keys()]));
    const named = [...new Set([...themingDoc.matchAll(/`(--learning-[\w-]+)`/g)].map((match) => match[1]!))];
    assert.deepEqual(named.filter((name) => !known.has(name)), [], 'docs/theming.md names properties no element reads');
  });
});
