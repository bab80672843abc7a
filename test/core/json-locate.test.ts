import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { locateJsonPointer, locateJsonPointers, parseJsonPointer } from '../../src/core/json-locate.js';

/** Position of the first occurrence of `needle` in `text`, counted the way an editor shows it. */
function positionOf(text: string, needle: string, from = 0): { line: number; column: number } {
  const offset = text.indexOf(needle, from);
  assert.ok(offset >= 0, `${needle} not in text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: [...before.at(-1)!].length + 1 };
}

const feed = `{
  "version": "1.0",
  "opportunities": [
    { "id": "a", "name": "Code club" },
    {
      "id": "b",
      "eventSchedule": [
        { "byDay": ["TU", "TH"], "startTime": "18:00" },
        { "rrule": "FREQ=MONTHLY", "exceptDate": [[1, 2], [3, [4, 5]]] }
      ]
    }
  ]
}`;

describe('locateJsonPointer', () => {
  it('finds the root at the first non-blank character', () => {
    assert.deepEqual(locateJsonPointer('\n\n  {"a": 1}', ''), { line: 3, column: 3 });
  });

  it('points at the value of an object member, not its key', () => {
    assert.deepEqual(locateJsonPointer(feed, '/version'), positionOf(feed, '"1.0"'));
  });

  it('walks into nested arrays by index', () => {
    assert.deepEqual(locateJsonPointer(feed, '/opportunities/1/id'), positionOf(feed, '"b"'));
    assert.deepEqual(
      locateJsonPointer(feed, '/opportunities/1/eventSchedule/0/byDay/1'),
      positionOf(feed, '"TH"'),
    );
    assert.deepEqual(
      locateJsonPointer(feed, '/opportunities/1/eventSchedule/1/exceptDate/1/1/0'),
      positionOf(feed, '4, 5'),
    );
  });

  it('returns undefined for members, indexes and pointers that do not exist', () => {
    assert.equal(locateJsonPointer(feed, '/opportunities/2'), undefined);
    assert.equal(locateJsonPointer(feed, '/opportunities/0/description'), undefined);
    assert.equal(locateJsonPointer(feed, '/opportunities/-'), undefined);
    assert.equal(locateJsonPointer(feed, '/opportunities/01'), undefined);
    assert.equal(locateJsonPointer(feed, 'version'), undefined, 'a pointer must start with /');
    assert.equal(locateJsonPointer(feed, '/version/0'), undefined, 'a string has no members');
  });

  it('resolves ~0 and ~1 in pointer tokens and JSON escapes in keys', () => {
    const text = '{"a/b": 1, "m~n": 2, "~1": 3, "t\\"q": 4, "\\u0041": 5}';
    assert.deepEqual(locateJsonPointer(text, '/a~1b'), positionOf(text, '1,'));
    assert.deepEqual(locateJsonPointer(text, '/m~0n'), positionOf(text, '2,'));
    assert.deepEqual(locateJsonPointer(text, '/~01'), positionOf(text, '3,'));
    assert.deepEqual(locateJsonPointer(text, '/t"q'), positionOf(text, '4,'));
    assert.deepEqual(locateJsonPointer(text, '/A'), positionOf(text, '5}'));
  });

  it('is not fooled by brackets, quotes and backslashes inside strings', () => {
    const text = '{"skip": "]}\\\\", "also": ["{[\\"", {"x": "]"}], "target": true}';
    assert.equal(JSON.parse(text).target, true);
    assert.deepEqual(locateJsonPointer(text, '/target'), positionOf(text, 'true'));
  });

  it('counts columns in code points, so emoji and CJK text take one column each', () => {
    const text = '{"name": {"ko": "코딩 클럽 😀", "ar": "نادي"}, "x": 1}\n{';
    assert.deepEqual(locateJsonPointer(text, '/x'), { line: 1, column: [...'{"name": {"ko": "코딩 클럽 😀", "ar": "نادي"}, "x": '].length + 1 });
    assert.deepEqual(locateJsonPointer('{"😀": [0, "😀", 7]}', '/😀/2'), { line: 1, column: 16 });
  });

  it('understands \\r\\n and \\r line endings and a byte order mark', () => {
    assert.deepEqual(locateJsonPointer('{\r\n "a":\r\n  [1,\r 2]}', '/a/1'), { line: 4, column: 2 });
    assert.deepEqual(locateJsonPointer('\uFEFF{"a": 1}', '/a'), { line: 1, column: 7 });
  });

  it('keeps the last of duplicate keys, as JSON.parse does', () => {
    assert.deepEqual(locateJsonPointer('{"a": 1,\n "a": 2}', '/a'), { line: 2, column: 7 });
  });

  it('gives up quietly on malformed text instead of throwing', () => {
    assert.equal(locateJsonPointer('{"a": [1, 2', '/a/5'), undefined);
    assert.equal(locateJsonPointer('{"a": "unterminated', '/b'), undefined);
    assert.equal(locateJsonPointer('', ''), undefined);
    assert.deepEqual(locateJsonPointer('{"a": [1, 2', '/a/1'), { line: 1, column: 11 });
  });
});

describe('locateJsonPointers', () => {
  it('finds many pointers in one walk and leaves out the missing ones', () => {
    const found = locateJsonPointers(feed, ['/version', '/opportunities/0/name', '/nope', '/opportunities/1/eventSchedule/0']);
    assert.deepEqual([...found.keys()].sort(), ['/opportunities/0/name', '/opportunities/1/eventSchedule/0', '/version']);
    assert.deepEqual(found.get('/opportunities/0/name'), positionOf(feed, '"Code club"'));
    assert.deepEqual(found.get('/opportunities/1/eventSchedule/0'), positionOf(feed, '{ "byDay"'));
  });

  it('falls back to the nearest ancestor that exists when asked', () => {
    const found = locateJsonPointers(feed, ['/opportunities/0/description', '/opportunities/9/name', '/missing'], {
      nearestAncestor: true,
    });
    assert.deepEqual(found.get('/opportunities/0/description'), positionOf(feed, '{ "id": "a"'));
    assert.deepEqual(found.get('/opportunities/9/name'), positionOf(feed, '[\n    { "id"'));
    assert.deepEqual(found.get('/missing'), { line: 1, column: 1 });
  });

  it('points at the exact text JSON.stringify wrote for every value, compact or indented', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const lines = text.split('\n');
        const pointers = allPointers(value);
        const found = locateJsonPointers(text, pointers.map(([pointer]) => pointer));
        for (const [pointer, expected, depth] of pointers) {
          const position = found.get(pointer);
          assert.ok(position, `${pointer} not found`);
          const offset = lines.slice(0, position.line - 1).reduce((sum, line) => sum + line.length + 1, 0)
            + [...lines[position.line - 1]!].slice(0, position.column - 1).join('').length;
          // A value nested `depth` levels deep is written with its inner lines indented 2 × depth more.
          const written = pretty
            ? JSON.stringify(expected, null, 2).replace(/\n/g, `\n${' '.repeat(2 * depth)}`)
            : JSON.stringify(expected);
          assert.equal(text.slice(offset, offset + written.length), written, pointer);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseJsonPointer', () => {
  it('unescapes ~1 before ~0 as RFC 6901 requires', () => {
    assert.deepEqual(parseJsonPointer('/a~1b/~01/~0'), ['a/b', '~1', '~']);
    assert.deepEqual(parseJsonPointer(''), []);
    assert.deepEqual(parseJsonPointer('/'), ['']);
    assert.equal(parseJsonPointer('/bad~2'), undefined);
  });
});

function allPointers(value: unknown, pointer = '', depth = 0): Array<[string, unknown, number]> {
  const here: Array<[string, unknown, number]> = [[pointer, value, depth]];
  if (Array.isArray(value)) {
    return here.concat(value.flatMap((item, index) => allPointers(item, `${pointer}/${index}`, depth + 1)));
  }
  if (value && typeof value === 'object') {
    return here.concat(
      Object.entries(value).flatMap(([key, item]) =>
        allPointers(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1),
      ),
    );
  }
  return here;
}
