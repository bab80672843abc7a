/**
 * The contract's three forms agree: every example in docs/feed-spec.md is a file in docs/examples/,
 * the JSON Schema accepts it, and the parser reads it without a single problem. Invalid fixtures
 * fail the schema and the parser at the same JSON pointer.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { parseFeed } from '../../src/core/parse/index.js';
import {
  ATTENDANCE_MODES, DEFAULT_ACCESSIBILITY, DEFAULT_AUDIENCES, DEFAULT_TOPICS, documentedSpellings, EVENT_STATUSES, OPPORTUNITY_KINDS,
} from '../../src/core/parse/vocabulary.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const schema = JSON.parse(read('schema/learning-feed.schema.json'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

const exampleNames = readdirSync(new URL('docs/examples/', root)).filter((name) => name.endsWith('.json')).sort();

/** The pointers ajv blames: the failing value, or for `required` the missing member. */
function schemaPointers(errors: ErrorObject[] | null | undefined): Set<string> {
  return new Set(
    (errors ?? []).map((error) =>
      error.keyword === 'required' ? `${error.instancePath}/${(error.params as { missingProperty: string }).missingProperty}` : error.instancePath,
    ),
  );
}

describe('docs/examples', () => {
  it('has examples', () => assert.ok(exampleNames.length >= 8));

  for (const name of exampleNames) {
    it(`${name} is valid against the schema and parses with no problems`, () => {
      const text = read(`docs/examples/${name}`);
      const valid = validate(JSON.parse(text));
      assert.ok(valid, JSON.stringify(validate.errors, null, 2));
      const parsed = parseFeed(text, { source: name });
      assert.deepEqual(parsed.problems, []);
      assert.ok(parsed.opportunities.length > 0);
    });
  }

  it('every JSON block in the spec is one of the example files, and every example is in the spec', () => {
    const spec = read('docs/feed-spec.md');
    const blocks = [...spec.matchAll(/<!-- example: ([\w.-]+) -->\s*```json\n([\s\S]*?)```/g)];
    const allJsonBlocks = [...spec.matchAll(/```json\n/g)];
    assert.equal(blocks.length, allJsonBlocks.length, 'every ```json block is preceded by <!-- example: file.json -->');
    for (const [, name, body] of blocks) {
      assert.deepEqual(JSON.parse(body!), JSON.parse(read(`docs/examples/${name}`)), `${name} in the spec matches the file`);
    }
    for (const name of exampleNames) assert.ok(spec.includes(`docs/examples/${name}`), `${name} is referenced in the spec`);
  });
});

describe('invalid fixtures fail the schema and the parser at the same pointer', () => {
  const expectations: Record<string, string> = {
    'bad-start-date.json': '/opportunities/0/startDate',
    'missing-name.json': '/opportunities/0/name',
    'missing-id.json': '/opportunities/0/id',
    'latitude-out-of-range.json': '/places/0/geo/latitude',
    'javascript-url.json': '/opportunities/0/url',
    'unknown-event-status.json': '/opportunities/0/eventStatus',
    'negative-capacity.json': '/opportunities/0/maximumAttendeeCapacity',
    'missing-version.json': '/version',
    'bad-time-zone.json': '/timeZone',
    'bad-duration.json': '/opportunities/0/duration',
    'name-wrong-type.json': '/opportunities/0/name',
    'bad-lighthouse-status.json': '/organizations/0/lighthouse/status',
    'data-image-url.json': '/opportunities/0/image',
    'bad-currency.json': '/opportunities/0/offers/0/priceCurrency',
    'bad-schedule-time.json': '/opportunities/0/eventSchedule/0/startTime',
    'blank-name.json': '/opportunities/0/name',
  };
  const fixtureNames = readdirSync(new URL('test/fixtures/feeds/invalid/', root)).filter((name) => name.endsWith('.json') && name !== 'truncated.json');

  it('has an expectation for every fixture', () => assert.deepEqual(fixtureNames.sort(), Object.keys(expectations).sort()));

  for (const [name, pointer] of Object.entries(expectations)) {
    it(`${name}: ${pointer}`, () => {
      const text = read(`test/fixtures/feeds/invalid/${name}`);
      assert.equal(validate(JSON.parse(text)), false);
      assert.ok(schemaPointers(validate.errors).has(pointer), `schema blames ${[...schemaPointers(validate.errors)].join(', ')}`);
      const errors = parseFeed(text).problems.filter((problem) => problem.severity === 'error');
      assert.deepEqual(errors.map((problem) => problem.pointer), [pointer]);
    });
  }

  it('truncated.json is not JSON: one parser error with its line and column', () => {
    const text = read('test/fixtures/feeds/invalid/truncated.json');
    assert.throws(() => JSON.parse(text));
    const problems = parseFeed(text).problems;
    assert.deepEqual(problems.map(({ severity, pointer, line, column }) => ({ severity, pointer, line, column })), [
      { severity: 'error', pointer: '', line: 4, column: 39 },
    ]);
  });
});

describe('schema and parser agree on value spellings', () => {
  const definitions = schema.$defs;
  it('event statuses, attendance modes and kinds accepted silently are exactly the schema enums', () => {
    assert.deepEqual(new Set(definitions.eventStatus.enum), new Set(documentedSpellings(EVENT_STATUSES)));
    assert.deepEqual(new Set(definitions.opportunity.properties.eventAttendanceMode.enum), new Set(documentedSpellings(ATTENDANCE_MODES)));
    assert.deepEqual(new Set(definitions.opportunity.properties.type.enum), new Set(documentedSpellings(OPPORTUNITY_KINDS)));
  });
});

describe('the spec lists the vocabularies the parser knows', () => {
  const spec = read('docs/feed-spec.md');
  const listed = (label: string) => [...(new RegExp(`\\*\\*${label}\\*\\*: (.*)\\.`).exec(spec)?.[1] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1]);
  it('topics, audience and accessibility support', () => {
    assert.deepEqual(listed('Topics'), [...DEFAULT_TOPICS]);
    assert.deepEqual(listed('Audience'), [...DEFAULT_AUDIENCES]);
    assert.deepEqual(listed('Accessibility support'), [...DEFAULT_ACCESSIBILITY]);
  });
});

describe('demo/feeds/multilingual.json', () => {
  const text = read('demo/feeds/multilingual.json');
  const parsed = parseFeed(text, { source: 'multilingual.json' });

  it('is valid against the schema and parses with no problems', () => {
    assert.ok(validate(JSON.parse(text)), JSON.stringify(validate.errors, null, 2));
    assert.deepEqual(parsed.problems, []);
  });

  it('is the realistic mix the demo needs', () => {
    assert.ok(parsed.opportunities.length >= 12);
    const languages = new Set(parsed.opportunities.flatMap((o) => Object.keys(o.name)));
    for (const language of ['en', 'ar', 'ko']) assert.ok(languages.has(language), language);
    assert.ok(parsed.organizations.some((organization) => organization.lighthouse?.status === 'designated'));
    const rules = parsed.opportunities.flatMap((o) => o.timing.schedules.map((schedule) => schedule.rrule ?? ''));
    assert.ok(rules.some((rule) => /FREQ=WEEKLY/.test(rule) && !/INTERVAL/.test(rule)), 'weekly');
    assert.ok(rules.some((rule) => /FREQ=WEEKLY;INTERVAL=2/.test(rule)), 'fortnightly');
    assert.ok(rules.some((rule) => /FREQ=MONTHLY/.test(rule)), 'monthly');
    assert.equal(parsed.opportunities.filter((o) => o.status === 'cancelled').length, 1);
    assert.ok(parsed.opportunities.some((o) => o.attendanceMode === 'online' && o.placeKey === undefined));
    assert.ok(parsed.opportunities.some((o) => o.isFree === true));
    assert.ok(parsed.opportunities.some((o) => o.isFree === false));
  });
});
