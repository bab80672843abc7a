/**
 * "Anything the JSON Schema rejects, the parser reports": random damage to a valid feed is either
 * still valid against the schema, or the parser finds at least one problem.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseFeed } from '../../../src/core/parse/index.js';

const root = new URL('../../../', import.meta.url);
const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(new URL('schema/learning-feed.schema.json', root), 'utf8')));
const examples = ['one-off-event.json', 'weekly-course.json', 'organizations-and-places.json', 'multilingual.json', 'rrule-schedule.json'].map(
  (name) => JSON.parse(readFileSync(new URL(`docs/examples/${name}`, root), 'utf8')) as Record<string, unknown>,
);

/** Every [path, value] in a JSON value, so a mutation can target any existing member. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item, index) => paths(item, [...prefix, index]))];
  if (value !== null && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))];
  return [prefix];
}

function setAt(document: unknown, path: Array<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let node = copy;
  for (const token of path.slice(0, -1)) node = node[token] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

const damage = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.constant(' '),
  fc.constant({}),
  fc.constant([]),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constantFrom('javascript:alert(1)', '2026-02-30', '31/12/2026', 'P1M', 'Mars/Base', 'xx-invalid-tag-!!', 'maybe', 'gbp', 'mailto:a@b.example', '-1FR', '25:00'),
  fc.string({ maxLength: 12 }),
);

describe('schema and parser agreement', () => {
  it('a document the schema rejects always gets at least one problem from the parser', () => {
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.nat(), damage, (example, pick, value) => {
        const targets = paths(example).filter((path) => path.length > 0);
        const document = setAt(example, targets[pick % targets.length]!, value);
        if (validate(document)) return;
        const problems = parseFeed(JSON.stringify(document)).problems;
        assert.ok(problems.length > 0, `schema rejected ${JSON.stringify(validate.errors?.[0])} but the parser found nothing`);
      }),
      { numRuns: 2000 },
    );
  });
});
