/**
 * parseFeed under generated input: it never throws, every problem's JSON pointer names a real place
 * in the document (or the spot where a missing field belongs), and good items survive a bad sibling.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFeed } from '../../src/core/parse/index.js';
import type { FeedProblem } from '../../src/core/model.js';
import { anyValue, feedShape, opportunityShape, validOpportunity } from './feed-arbitraries.js';
import { PropertyLog } from './property-log.js';

const log = new PropertyLog('parseFeed properties');
after(() => console.log(log.summary()));

const own = (value: unknown, token: string) =>
  typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, token);

/**
 * Why `pointer` does not resolve in `document`, or undefined when it does. A pointer may also name
 * a missing member of an object that exists ("/opportunities/0/name" for an item with no name).
 */
export function pointerFault(document: unknown, pointer: string): string | undefined {
  if (pointer === '') return undefined;
  if (!pointer.startsWith('/')) return `"${pointer}" does not start with "/"`;
  const tokens = pointer.slice(1).split('/').map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
  let current: unknown = document;
  for (const [index, token] of tokens.entries()) {
    const isLast = index === tokens.length - 1;
    if (Array.isArray(current)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= current.length) return `no item ${token} at ${pointer}`;
      current = current[Number(token)];
    } else if (own(current, token)) {
      current = (current as Record<string, unknown>)[token];
    } else if (isLast && typeof current === 'object' && current !== null) {
      return undefined; // a missing member of an object that is there
    } else {
      return `"${token}" is not in ${JSON.stringify(current)?.slice(0, 80)} (${pointer})`;
    }
  }
  return undefined;
}

function assertPointersResolve(document: unknown, problems: readonly FeedProblem[]): void {
  for (const problem of problems) {
    const fault = pointerFault(document, problem.pointer);
    assert.equal(fault, undefined, `${fault} — problem: ${problem.message}`);
  }
}

describe('parseFeed, generated input', () => {
  it('never throws on arbitrary JSON values, and their pointers resolve', () => {
    log.assert('arbitrary JSON value: no throw, pointers resolve', fc.property(fc.jsonValue(), (value) => {
      const parsed = parseFeed(value);
      assert.ok(Array.isArray(parsed.opportunities) && Array.isArray(parsed.problems));
      assertPointersResolve(value, parsed.problems);
    }), 500);
  });

  it('never throws on arbitrary text; syntax errors point at "" with a line and column inside the text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.json(),
      feedShape.chain((feed) => {
        const json = JSON.stringify(feed);
        return fc.integer({ min: 0, max: json.length }).map((cut) => json.slice(0, cut));
      }),
    );
    log.assert('arbitrary or truncated text: no throw, positions inside the text', fc.property(text, (input) => {
      const parsed = parseFeed(input);
      let document: unknown;
      try {
        document = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
      } catch {
        const syntax = parsed.problems.find((problem) => problem.line !== undefined);
        assert.ok(syntax, 'a syntax error has a line');
        assert.equal(syntax.pointer, '');
        const lines = input.split(/\r\n|\r|\n/);
        assert.ok(syntax.line! >= 1 && syntax.line! <= lines.length, `line ${syntax.line} of ${lines.length}`);
        assert.ok(syntax.column! >= 1 && syntax.column! <= lines[syntax.line! - 1]!.length + 1, `column ${syntax.column}`);
        return;
      }
      assertPointersResolve(document, parsed.problems);
    }), 400);
  });

  it('feed-shaped documents with anything inside: no throw, every pointer resolves', () => {
    log.assert('feed-shaped document: every pointer resolves', fc.property(feedShape, (feed) => {
      const document = JSON.parse(JSON.stringify(feed)) as unknown;
      assertPointersResolve(document, parseFeed(document, { source: 'https://example.org/feed.json' }).problems);
    }), 1500);
  });

  it('valid opportunities survive a corrupted sibling, with their names', () => {
    const corruption = fc.oneof(anyValue, opportunityShape).filter((value) => !JSON.stringify(value ?? null).includes('keep-'));
    const scenario = fc.integer({ min: 1, max: 6 }).chain((count) =>
      fc.record({
        items: fc.tuple(...Array.from({ length: count }, (_, index) => validOpportunity(index))),
        bad: corruption,
        at: fc.integer({ min: 0, max: count }),
      }),
    );
    log.assert('good items survive a bad sibling', fc.property(scenario, ({ items, bad, at }) => {
      const opportunities: unknown[] = [...items];
      opportunities.splice(at, 0, bad);
      const document = JSON.parse(JSON.stringify({ version: '1.0', id: 'f', timeZone: 'Europe/London', opportunities })) as unknown;
      const parsed = parseFeed(document);
      const kept = new Map(parsed.opportunities.map((item) => [item.id, item]));
      for (const item of items) {
        assert.equal(kept.get(item.id as string)?.name.en, item.name, `${item.id as string} was lost next to ${JSON.stringify(bad)}`);
        assert.equal(kept.get(item.id as string)?.timing.start !== undefined || kept.get(item.id as string)!.timing.schedules.length > 0, true);
      }
      assertPointersResolve(document, parsed.problems);
    }), 600);
  });

  it('a valid opportunity with one field corrupted keeps its siblings and reports at that field', () => {
    const fieldNames = ['startDate', 'endDate', 'duration', 'eventSchedule', 'location', 'organizer', 'offers', 'ageRange', 'topics', 'url', 'timeZone'];
    const scenario = fc.record({
      first: validOpportunity(0),
      victim: validOpportunity(1),
      last: validOpportunity(2),
      fieldName: fc.constantFrom(...fieldNames),
      bad: anyValue,
    });
    log.assert('one corrupted field: siblings kept, problem under that item', fc.property(scenario, ({ first, victim, last, fieldName, bad }) => {
      const document = JSON.parse(JSON.stringify({ version: '1.0', id: 'f', timeZone: 'UTC', opportunities: [first, { ...victim, [fieldName]: bad }, last] })) as unknown;
      const parsed = parseFeed(document);
      assert.deepEqual(parsed.opportunities.map((item) => item.id).filter((id) => id !== 'keep-1'), ['keep-0', 'keep-2']);
      assertPointersResolve(document, parsed.problems);
      for (const problem of parsed.problems.filter((entry) => entry.severity === 'error')) {
        assert.match(problem.pointer, /^\/opportunities\/1(\/|$)/, `an error outside the corrupted item: ${problem.pointer} ${problem.message}`);
      }
    }), 800);
  });
});

describe('parseFeed, counterexamples the properties found (kept as regressions)', () => {
  it('a single value where a list belongs: its problems point at the value, not at a "/0" that is not there', () => {
    const document = {
      version: '1.0', id: 'f', timeZone: 'UTC', sources: 'Open data portal', deleted: 0,
      opportunities: [{ id: 'a', name: 'A', startDate: '2026-01-01', offers: 'free', topics: 7, occurrenceChanges: 'none', eventSchedule: 'weekly' }],
    };
    const parsed = parseFeed(document);
    const pointers = parsed.problems.map((problem) => problem.pointer);
    for (const pointer of ['/sources', '/deleted', '/opportunities/0/offers', '/opportunities/0/topics', '/opportunities/0/occurrenceChanges', '/opportunities/0/eventSchedule']) {
      assert.ok(pointers.includes(pointer), `a problem at ${pointer}; got ${pointers.join(', ')}`);
    }
    assertPointersResolve(document, parsed.problems);
    assert.deepEqual(parsed.info.deleted, ['0'], 'the repaired single id is still used');
  });
});
