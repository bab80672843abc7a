import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateFeed } from '../../../bench/generate.js';
import { parseFeed, parseFeedInSlices } from '../../../src/core/parse/index.js';

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.json')).sort().map((name) => join(dir, name));
}

/** A host turn that is only counted, so a test knows how many pauses the parse made. */
function countingYield() {
  const counter = { pauses: 0, yieldToHost: async () => void counter.pauses++ };
  return counter;
}

describe('parseFeedInSlices', () => {
  const files = [...jsonFiles('docs/examples'), ...jsonFiles('demo/feeds')];

  it('finds the example and demo feeds to compare', () => {
    assert.ok(files.length >= 10, `only ${files.length} files found`);
  });

  for (const file of files) {
    it(`gives exactly what parseFeed gives for ${file}, problems in the same order`, async () => {
      const text = readFileSync(file, 'utf8');
      const counter = countingYield();
      const sliced = await parseFeedInSlices(text, { source: file, sliceSize: 3, yieldToHost: counter.yieldToHost });
      assert.deepEqual(sliced, parseFeed(text, { source: file }));
    });
  }

  it('gives exactly what parseFeed gives for a generated 10 000-item feed with problems, pausing between slices', async () => {
    const document = generateFeed({ opportunities: 10_000, seed: 7, problemRate: 0.05 });
    const counter = countingYield();
    const sliced = await parseFeedInSlices(document, { source: 'generated.json', sliceSize: 250, yieldToHost: counter.yieldToHost });
    const whole = parseFeed(document, { source: 'generated.json' });
    assert.deepEqual(sliced, whole);
    assert.equal(whole.opportunities.length > 9_000, true, `${whole.opportunities.length} opportunities read`);
    assert.ok(whole.problems.length > 100, `${whole.problems.length} problems`);
    const entries = ['places', 'organizations', 'opportunities'].reduce((sum, name) => sum + ((document[name] as unknown[] | undefined)?.length ?? 0), 0);
    assert.equal(counter.pauses, Math.floor(entries / 250));
  });

  it('reports broken JSON and non-feeds exactly as parseFeed does', async () => {
    for (const input of ['{"version": "1.0", "opportunities": [', 'null', '[1, 2]', { version: '1.0', opportunities: 'many' }]) {
      assert.deepEqual(await parseFeedInSlices(input, { source: 'bad.json', sliceSize: 1 }), parseFeed(input, { source: 'bad.json' }));
    }
  });

  it('places a syntax error in text (after a byte-order mark) at its line and column', async () => {
    const text = '\uFEFF{\n  "version": "1.0",\n  "opportunities": [\n    {"id": "a", "name": \'Code\'}\n';
    const sliced = await parseFeedInSlices(text, { source: 'bad.json' });
    assert.deepEqual(sliced.problems.map(({ message, line, column }) => ({ message, line, column })), [
      { message: 'The feed is not valid JSON: Strings must use double quotes ("), not single quotes.', line: 4, column: 25 },
    ]);
    assert.deepEqual(sliced, parseFeed(text, { source: 'bad.json' }));
  });

  it('reports a getter that throws part-way through the list instead of rejecting', async () => {
    const items: unknown[] = Array.from({ length: 20 }, (_, n) => ({ id: `item-${n}`, name: `Item ${n}` }));
    Object.defineProperty(items, 12, { get: () => { throw new Error('boom'); } });
    const document = { version: '1.0', opportunities: items };
    const sliced = await parseFeedInSlices(document, { sliceSize: 5, yieldToHost: async () => {} });
    assert.deepEqual(sliced, parseFeed(document));
    assert.match(sliced.problems.at(-1)!.message, /could not be read: boom/);
  });

  it('stops reading at the next pause once the signal aborts, rejecting with its reason', async () => {
    const document = generateFeed({ opportunities: 2_000, seed: 3 });
    const controller = new AbortController();
    const reason = new DOMException('The feed store was released.', 'AbortError');
    let pauses = 0;
    let itemsReadWhenAborted = 0;
    const reads = new Set<number>();
    const watched = {
      ...document,
      opportunities: document.opportunities.map((item, index) => new Proxy(item, { get: (target, key) => (reads.add(index), Reflect.get(target, key)) })),
    };
    const parsing = parseFeedInSlices(watched, {
      sliceSize: 100,
      signal: controller.signal,
      yieldToHost: async () => {
        if (++pauses === 3) {
          controller.abort(reason);
          itemsReadWhenAborted = reads.size;
        }
      },
    });
    await assert.rejects(parsing, (error) => error === reason);
    assert.equal(pauses, 3);
    assert.equal(reads.size, itemsReadWhenAborted, 'no opportunity was read after the abort');
    assert.ok(reads.size < document.opportunities.length / 2, `${reads.size} of ${document.opportunities.length} opportunities read`);
  });

  it('does not start when the signal has already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(parseFeedInSlices('{"version": "1.0"}', { signal: controller.signal }), { name: 'AbortError' });
  });

  it('pauses on the host by default and still matches parseFeed', async () => {
    const document = generateFeed({ opportunities: 1_200, seed: 5 });
    assert.deepEqual(await parseFeedInSlices(document, { sliceSize: 200 }), parseFeed(document));
  });
});
