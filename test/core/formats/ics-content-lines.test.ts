import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeText, foldLine, parseContentLine, splitTextList, unescapeText, unfoldLines } from '../../../src/core/formats/ics/content-lines.js';

test('unfolding joins continuation lines for CRLF, LF and tab folds, keeping the first line number', () => {
  const lines = unfoldLines('BEGIN:VEVENT\r\nDESCRIPTION:Hello\r\n  world\r\n\t again\nSUMMARY:x\n');
  assert.deepEqual(lines, [
    { text: 'BEGIN:VEVENT', line: 1 },
    { text: 'DESCRIPTION:Hello world again', line: 2 },
    { text: 'SUMMARY:x', line: 5 },
  ]);
});

test('parameters: quoted values keep ; : and , and repeated values are split', () => {
  const line = parseContentLine({ text: 'ATTENDEE;CN="Lal, James: Mozilla";MEMBER="a@x","b@x";ROLE=CHAIR:mailto:j@x', line: 3 });
  assert.ok(!('error' in line));
  assert.equal(line.name, 'ATTENDEE');
  assert.deepEqual(line.params.CN, ['Lal, James: Mozilla']);
  assert.deepEqual(line.params.MEMBER, ['a@x', 'b@x']);
  assert.equal(line.value, 'mailto:j@x');
});

test('a line without a colon is an error naming the line', () => {
  const line = parseContentLine({ text: 'SUMMARY Missing colon', line: 7 });
  assert.ok('error' in line);
  assert.match(line.error, /Line 7/);
});

test('text escaping round-trips backslash, semicolon, comma and newlines', () => {
  const original = 'Room 3; bring pens, paper\nand C:\\files';
  assert.equal(escapeText(original), 'Room 3\\; bring pens\\, paper\\nand C:\\\\files');
  assert.equal(unescapeText(escapeText(original)), original);
  assert.deepEqual(splitTextList('Digital skills,Coding\\, beginners,  '), ['Digital skills', 'Coding, beginners']);
});

test('folding keeps every physical line within 75 octets and never splits a UTF-8 character', () => {
  const line = `SUMMARY:${'Café ☕ 한국어 수업 '.repeat(12)}`;
  const folded = foldLine(line);
  const physical = folded.split('\r\n');
  assert.ok(physical.length > 1);
  for (const part of physical) assert.ok(new TextEncoder().encode(part).length <= 75, `${part} is too long`);
  for (const part of physical.slice(1)) assert.ok(part.startsWith(' '));
  assert.equal(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join(''), line);
  assert.ok(!folded.includes('\uFFFD'));
});
