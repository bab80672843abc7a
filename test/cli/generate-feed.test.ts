import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateFeed, seededRandom } from '../../bench/generate.js';
import { parseFeed } from '../../src/core/parse/index.js';

describe('bench/generate generateFeed', () => {
  it('gives the same document for the same seed and a different one for another seed', () => {
    const first = JSON.stringify(generateFeed({ opportunities: 200, seed: 9 }));
    assert.equal(JSON.stringify(generateFeed({ opportunities: 200, seed: 9 })), first);
    assert.notEqual(JSON.stringify(generateFeed({ opportunities: 200, seed: 10 })), first);
  });

  it('makes feeds the parser accepts without a single problem', () => {
    const feed = parseFeed(generateFeed({ opportunities: 500, seed: 3 }));
    assert.deepEqual(feed.problems, []);
    assert.equal(feed.opportunities.length, 500);
    assert.equal(feed.places.length, 25);
    assert.equal(feed.organizations.length, 10);
  });

  it('mixes one-offs with weekly, fortnightly and monthly schedules, bilingual names and geo in the city', () => {
    const document = generateFeed({ opportunities: 1000, seed: 5 });
    const schedules = document.opportunities.flatMap((item) => (item.eventSchedule as Array<Record<string, unknown>> | undefined) ?? []);
    const frequencies = new Set(schedules.map((schedule) => schedule.repeatFrequency ?? (schedule.rrule as string).split(';')[0]));
    assert.deepEqual([...frequencies].sort(), ['FREQ=MONTHLY', 'P1M', 'P1W', 'P2W']);
    const oneOffs = document.opportunities.filter((item) => item.startDate !== undefined).length;
    assert.ok(oneOffs > 300 && oneOffs < 500, `${oneOffs} one-offs`);
    assert.ok(document.opportunities.some((item) => typeof item.name === 'object'), 'some names are language maps');
    for (const place of document.places as Array<{ geo: { latitude: number; longitude: number } }>) {
      assert.ok(place.geo.latitude >= 53.38 && place.geo.latitude <= 53.48);
      assert.ok(place.geo.longitude >= -2.42 && place.geo.longitude <= -2.22);
    }
  });

  it('breaks exactly the share of opportunities asked for, each with an error the parser reports', () => {
    const feed = parseFeed(generateFeed({ opportunities: 400, seed: 4, problemRate: 0.05 }));
    const broken = new Set(
      feed.problems.filter((problem) => problem.severity === 'error').map((problem) => /^\/opportunities\/(\d+)/.exec(problem.pointer)?.[1]),
    );
    assert.equal(broken.size, 20);
  });
});

describe('bench/generate seededRandom', () => {
  it('repeats its sequence for a seed and stays within [0, 1)', () => {
    const a = seededRandom(123);
    const b = seededRandom(123);
    const values = Array.from({ length: 1000 }, () => a());
    assert.deepEqual(Array.from({ length: 1000 }, () => b()), values);
    assert.ok(values.every((value) => value >= 0 && value < 1));
    // Roughly uniform: each tenth of the range gets a share near 100 of the 1000 draws.
    const buckets = Array.from({ length: 10 }, (_, bucket) => values.filter((value) => Math.floor(value * 10) === bucket).length);
    assert.ok(buckets.every((count) => count > 60 && count < 140), buckets.join(','));
  });
});
