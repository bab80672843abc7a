import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findJsonSyntaxError, positionOfOffset } from '../../../src/core/parse/json-syntax.js';
import { parseFeed } from '../../../src/core/parse/index.js';

describe('findJsonSyntaxError', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ', '"text"', '0']) {
      assert.equal(findJsonSyntaxError(text), undefined, text);
    }
  });

  it('finds where a truncated document ends', () => {
    const error = findJsonSyntaxError('{"opportunities": [{"id": "a"');
    assert.equal(error?.offset, 29);
    assert.match(error!.message, /ends before the JSON is complete.*"}\]}" missing/);
  });

  it('names trailing commas, single quotes, missing commas and control characters', () => {
    assert.match(findJsonSyntaxError('{"a": [1, 2,]}')!.message, /trailing comma/);
    assert.match(findJsonSyntaxError("{'a': 1}")!.message, /property name/);
    assert.match(findJsonSyntaxError('[1 2]')!.message, /Expected "," or "]"/);
    assert.match(findJsonSyntaxError('["a\tb"]')!.message, /control character U\+0009/);
    assert.match(findJsonSyntaxError('{"a": 1} {"b": 2}')!.message, /after the end of the document/);
  });

  it('survives nesting far deeper than the call stack', () => {
    const deep = '['.repeat(200_000);
    assert.match(findJsonSyntaxError(deep)!.message, /200000 unclosed brackets/);
  });

  it('counts lines and code-point columns', () => {
    assert.deepEqual(positionOfOffset('{\n  "a": 😀x', 11), { line: 2, column: 9 });
    assert.deepEqual(positionOfOffset('a\r\nb', 3), { line: 2, column: 1 });
  });
});

describe('parseFeed on text that is not JSON', () => {
  it('gives one error with the line and column of the cut', () => {
    const text = '{\n  "version": "1.0",\n  "opportunities": [\n    {"id": "a", "name": "A"';
    const parsed = parseFeed(text, { source: 'cut.json' });
    assert.equal(parsed.problems.length, 1);
    assert.deepEqual(
      { severity: parsed.problems[0]!.severity, pointer: parsed.problems[0]!.pointer, line: parsed.problems[0]!.line, column: parsed.problems[0]!.column },
      { severity: 'error', pointer: '', line: 4, column: 28 },
    );
    assert.equal(parsed.opportunities.length, 0);
  });

  it('ignores a byte-order mark', () => {
    const parsed = parseFeed('\uFEFF{"version": "1.0", "id": "x", "timeZone": "UTC"}');
    assert.deepEqual(parsed.problems, []);
  });
});
