/**
 * core/slices.ts: the one way long passes over big feeds give the host a turn (parser, calendar,
 * map, finder). A turn is a later task; work runs in slices of about `sliceMs` and stops on abort.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runInSlices, yieldToHost } from '../../src/core/slices.js';

describe('yieldToHost', () => {
  it('resolves in a later task, not among the current task\'s microtasks', async () => {
    let resolved = false;
    const turn = yieldToHost().then(() => (resolved = true));
    for (let tick = 0; tick < 100; tick++) await Promise.resolve();
    assert.equal(resolved, false);
    await turn;
    assert.equal(resolved, true);
  });
});

describe('runInSlices', () => {
  it('runs steps until one says done, resolving true', async () => {
    let steps = 0;
    const done = await runInSlices(() => ++steps === 1000);
    assert.equal(done, true);
    assert.equal(steps, 1000);
  });

  it('gives the host a turn once a slice has used its time', async () => {
    let turns = 0;
    let steps = 0;
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    await runInSlices(
      () => {
        busy(1);
        return ++steps === 40;
      },
      { sliceMs: 5, yieldToHost: () => (turns++, yieldToHost()) },
    );
    // 40 steps of 1 ms in slices of 5 ms: about 8 turns (fewer only if a step overran).
    assert.ok(turns >= 4 && turns <= 40, `${turns} turns`);
  });

  it('stops at the next turn once its signal aborts, resolving false', async () => {
    const controller = new AbortController();
    let steps = 0;
    const done = await runInSlices(
      () => {
        steps++;
        return false;
      },
      {
        sliceMs: 0,
        signal: controller.signal,
        yieldToHost: async () => controller.abort(),
      },
    );
    assert.equal(done, false);
    assert.equal(steps, 1);
  });

  it('does no work for a signal aborted beforehand', async () => {
    let steps = 0;
    const done = await runInSlices(() => ++steps > 0, { signal: AbortSignal.abort() });
    assert.equal(done, false);
    assert.equal(steps, 0);
  });
});
