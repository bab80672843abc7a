import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSearchIndex } from '../../../src/core/search/search-index.js';
import { feedModel, idsOf, keyOf, opportunity, organization, place } from './model-builders.js';

const library = organization('sale-library', { name: { en: 'Sale Library' } });
const hall = place('waterside', { name: { en: 'Waterside Arts Centre' } });

const model = feedModel({
  organizations: [library],
  places: [hall],
  opportunities: [
    opportunity('french', { name: { en: "French at l'École du soir" }, description: { en: 'Evening classes for adults.' } }),
    opportunity('cafe', { name: { en: 'Repair Café' }, topics: ['sustainability'] }),
    opportunity('photo', { name: { en: 'Photography walk' }, description: { en: 'Bring a camera.' } }),
    opportunity('code-club', {
      name: { en: 'Code club', cy: 'Clwb codio' },
      description: { en: 'Scratch and Python for ages 9–13.' },
      organizerKey: library.key,
      placeKey: hall.key,
      topics: ['digital-skills'],
    }),
    opportunity('python-talk', { name: { en: 'A talk about snakes' }, description: { en: 'Pythons and their care, with a code of conduct for handling.' } }),
    opportunity('korean', { name: { ko: '어린이 코딩 교실' } }),
    opportunity('chinese', { name: { 'zh-Hans': '少儿编程课' } }),
    opportunity('japanese', { name: { ja: '子ども向けプログラミング教室' } }),
  ],
});

const index = createSearchIndex(model);
const search = (query: string): string[] => idsOf(index.search(query).map((hit) => hit.key));

describe('createSearchIndex: matching', () => {
  it('ignores accents in either direction', () => {
    assert.deepEqual(search('ecole'), ['french']);
    assert.equal(search('cafe')[0], 'cafe');
    assert.deepEqual(index.search('CAFÉ'), index.search('cafe'));
  });

  it('matches word prefixes while typing', () => {
    assert.deepEqual(search('photog'), ['photo']);
  });

  it('tolerates a typo in words of four or more letters', () => {
    assert.deepEqual(search('photografy walk'), ['photo']);
    assert.deepEqual(search('pithon'), ['code-club']);
  });

  it('does not guess at typos in short words', () => {
    assert.deepEqual(search('cde'), []);
    assert.deepEqual(search('cpd'), []);
  });

  it('searches every language of a language map', () => {
    assert.deepEqual(search('clwb codio'), ['code-club']);
  });

  it('finds opportunities by organizer, place and topic', () => {
    assert.deepEqual(search('sale library'), ['code-club']);
    assert.deepEqual(search('waterside'), ['code-club']);
    assert.deepEqual(search('digital skills'), ['code-club']);
    assert.deepEqual(search('sustainability'), ['cafe']);
  });

  it('finds a topic by its translated label when labels are given', () => {
    const labelled = createSearchIndex(model, {
      topicLabels: (topic) => (topic === 'digital-skills' ? ['Digital skills', 'Compétences numériques'] : []),
    });
    assert.deepEqual(idsOf(labelled.search('competences numeriques').map((hit) => hit.key)), ['code-club']);
    assert.deepEqual(search('competences'), []);
  });

  it('finds Korean, Chinese and Japanese titles by a word inside them', () => {
    assert.deepEqual(search('코딩'), ['korean']);
    assert.deepEqual(search('编程'), ['chinese']);
    assert.deepEqual(search('プログラミング'), ['japanese']);
    assert.deepEqual(search('教室'), ['japanese']);
  });

  it('does not match Chinese characters that are in the title but not next to each other', () => {
    assert.deepEqual(search('少课'), []);
  });

  it('ranks a title match above a description match', () => {
    assert.deepEqual(search('code'), ['code-club', 'python-talk']);
  });

  it('requires every word, and falls back to any word only when nothing has them all', () => {
    assert.deepEqual(search('python scratch'), ['code-club']);
    assert.deepEqual(search('camera zebra'), ['photo']);
  });

  it('ignores connecting words, so "code for kids" is not ranked by "for"', () => {
    // "for" is in the French class's description ("for adults"); it must not make that a hit.
    assert.deepEqual(search('code for kids'), ['code-club', 'python-talk']);
    assert.ok(search('for').includes('french'), 'a query of nothing but connecting words still searches them');
  });

  it('gives no hits for a blank query', () => {
    assert.deepEqual(index.search('   '), []);
  });
});

describe('createSearchIndex: incremental updates', () => {
  it('adds, replaces and removes opportunities', () => {
    const growing = createSearchIndex(feedModel({ opportunities: [opportunity('a', { name: { en: 'Pottery' } })] }));
    growing.add(opportunity('b', { name: { en: 'Pottery for families' } }));
    assert.deepEqual(idsOf(growing.search('pottery').map((hit) => hit.key)).sort(), ['a', 'b']);

    growing.replace(opportunity('a', { name: { en: 'Weaving' } }));
    assert.deepEqual(idsOf(growing.search('pottery').map((hit) => hit.key)), ['b']);
    assert.deepEqual(idsOf(growing.search('weaving').map((hit) => hit.key)), ['a']);

    growing.remove([keyOf('b'), keyOf('never-indexed')]);
    assert.deepEqual(growing.search('pottery'), []);
    assert.equal(growing.size, 1);
  });
});

describe('createSearchIndex: building in slices', () => {
  const many = feedModel({
    opportunities: Array.from({ length: 25 }, (_, number) => opportunity(`item-${number}`, { name: { en: `Workshop ${number}` } })),
  });

  it('starts empty, becomes searchable slice by slice, and reports progress', async () => {
    const deferred = createSearchIndex(many, { deferBuild: true });
    assert.equal(deferred.size, 0);
    assert.equal(deferred.pendingCount, 25);

    const progress: Array<[number, number]> = [];
    const sizesSeenBetweenSlices: number[] = [];
    await deferred.buildInSlices(
      (runSlice) => {
        sizesSeenBetweenSlices.push(deferred.search('workshop').length);
        setImmediate(runSlice);
      },
      { sliceSize: 10, onProgress: (indexed, total) => progress.push([indexed, total]) },
    );
    assert.deepEqual(progress, [[10, 25], [20, 25], [25, 25]]);
    assert.deepEqual(sizesSeenBetweenSlices, [0, 10, 20]);
    assert.equal(deferred.search('workshop').length, 25);
    assert.equal(deferred.pendingCount, 0);
  });

  it('does not bring back an opportunity removed while the build is running', async () => {
    const deferred = createSearchIndex(many, { deferBuild: true });
    let slices = 0;
    await deferred.buildInSlices(
      (runSlice) => {
        if (slices++ === 1) deferred.remove(keyOf('item-24'));
        setImmediate(runSlice);
      },
      { sliceSize: 10 },
    );
    assert.equal(deferred.has(keyOf('item-24')), false);
    assert.equal(deferred.size, 24);
  });

  it('stops when aborted and keeps what it indexed', async () => {
    const deferred = createSearchIndex(many, { deferBuild: true });
    const controller = new AbortController();
    await deferred.buildInSlices(
      (runSlice) => setImmediate(runSlice),
      { sliceSize: 10, signal: controller.signal, onProgress: () => controller.abort() },
    );
    assert.equal(deferred.size, 10);
    assert.equal(deferred.pendingCount, 15);
  });
});

describe('createSearchIndex: its own ranking agrees with MiniSearch', () => {
  // search-scoring.ts recomputes MiniSearch's scores with typed arrays; both must give the same
  // hits with the same scores, to the last bit, for prefixes, typos, several words and Korean.
  const ranked = (target: ReturnType<typeof createSearchIndex>, query: string) => target.search(query).map(({ key, score }) => ({ key, score }));
  const queries = ['c', 'co', 'cod', 'code', 'code club', 'pithon', 'photografy walk', 'ecole du', 'é', 'repair zzzz', 'zzzz', '코', '코딩', 'sale library', 'a'];

  it('for every query, on the same index contents', () => {
    const reference = createSearchIndex(model, { referenceRanking: true });
    for (const query of queries) assert.deepEqual(ranked(index, query), ranked(reference, query), query);
  });

  it('after an opportunity was replaced and another removed (MiniSearch keeps their old postings until it vacuums)', () => {
    const ours = createSearchIndex(model);
    const reference = createSearchIndex(model, { referenceRanking: true });
    for (const target of [ours, reference]) {
      target.replace(opportunity('cafe', { name: { en: 'Repair Café and code clinic' } }));
      target.remove(keyOf('photo'));
    }
    for (const query of queries) assert.deepEqual(ranked(ours, query), ranked(reference, query), query);
  });

  it('while a query is typed word by word, with the index changing between keystrokes', () => {
    // The words already typed are scored once and read back on the next keystrokes: a change to the
    // index in between must be seen (a new "code" document, one no longer about code).
    const ours = createSearchIndex(model);
    const reference = createSearchIndex(model, { referenceRanking: true });
    const typed = ['c', 'co', 'cod', 'code', 'code c', 'code cl', 'code c', 'code cl', 'code clu', 'code club'];
    const changes: Record<string, (target: ReturnType<typeof createSearchIndex>) => void> = {
      'code c': (target) => target.add(opportunity('code-dojo', { name: { en: 'Code dojo' }, description: { en: 'Coding club for teens.' } })),
      'code clu': (target) => target.replace(opportunity('python-talk', { name: { en: 'A talk about snakes' } })),
      'code club': (target) => target.remove(keyOf('code-dojo')),
    };
    const seen = new Set<string>();
    for (const query of typed) {
      const change = seen.has(query) ? undefined : changes[query];
      seen.add(query);
      for (const target of [ours, reference]) change?.(target);
      assert.deepEqual(ranked(ours, query), ranked(reference, query), query);
      const dojoFound = ranked(ours, query).some((hit) => hit.key === keyOf('code-dojo'));
      if (query === 'code c') assert.ok(dojoFound, 'the added document is found by the word typed before it came');
      if (query === 'code club') assert.ok(!dojoFound, 'the removed document is gone');
    }
  });

  it('when a first letter comes back for a new query, with the index changed in between', () => {
    // Term scores of older searches are kept too (within a memory budget): a change to the index
    // between two uses of "c" must be seen, and without a change the kept scores must be the right ones.
    const ours = createSearchIndex(model);
    const reference = createSearchIndex(model, { referenceRanking: true });
    const typed = ['c', 'co', 'code', 'p', 'ph', 'c', 'a', 'r', 'c', 'e', 'c'];
    typed.forEach((query, at) => {
      if (at === 8) for (const target of [ours, reference]) target.add(opportunity('chess', { name: { en: 'Chess club' } }));
      assert.deepEqual(ranked(ours, query), ranked(reference, query), `${query} (key ${at + 1})`);
    });
    assert.ok(ranked(ours, 'c').some((hit) => hit.key === keyOf('chess')), 'the added document is found by a letter scored before it came');
  });
});

describe('createSearchIndex: first letters worked out ahead of need', () => {
  const ranked = (target: ReturnType<typeof createSearchIndex>, query: string) => target.search(query).map(({ key, score }) => ({ key, score }));
  const runAtOnce = (runSlice: () => void) => setImmediate(runSlice);

  it('keeps letters only once the build is complete, and searches then rank as MiniSearch does, before and after a change', async () => {
    const ours = createSearchIndex(model, { deferBuild: true });
    const reference = createSearchIndex(model, { referenceRanking: true });
    const budget = { maxBytes: 1e6, minPostings: 1 };
    assert.deepEqual(await ours.prefetchFirstLetters(runAtOnce, { budget }), [], 'nothing while the build is pending');
    await ours.buildInSlices(runAtOnce);
    const kept = await ours.prefetchFirstLetters(runAtOnce, { budget });
    assert.ok(kept.includes('c') && kept.includes('코'), `kept: ${kept.join(' ')}`);
    for (const query of ['c', 'p', 's', '코', 'co', 'ch']) assert.deepEqual(ranked(ours, query), ranked(reference, query), query);
    for (const target of [ours, reference]) target.add(opportunity('chess', { name: { en: 'Chess club' } }));
    assert.deepEqual(ranked(ours, 'c'), ranked(reference, 'c'), 'c after a change');
    assert.ok(ranked(ours, 'c').some((hit) => hit.key === keyOf('chess')));
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    assert.deepEqual(await index.prefetchFirstLetters(runAtOnce, { signal: controller.signal, budget: { maxBytes: 1e6, minPostings: 1 } }), []);
  });
});

describe('createSearchIndex: searchPositions', () => {
  it('gives the same hits and scores as search, as positions in the model, best first', () => {
    for (const query of ['c', 'code club', 'pithon', '코딩', 'zzzz']) {
      const ranked = index.searchPositions(query, model)!;
      const scores = Array.from(ranked.scores);
      assert.deepEqual(scores, [...scores].sort((a, b) => b - a), `${query}: best first`);
      // Equal scores come in no particular order (the finder orders them by name): compare by key.
      const asHits = Array.from(ranked.positions, (position, at) => ({ key: model.opportunities[position]!.key, score: ranked.scores[at]! }))
        .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
      assert.deepEqual(asHits, index.search(query).map(({ key, score }) => ({ key, score })), query);
    }
  });

  it('declines for another model and while a build is under way', () => {
    const other = feedModel({ opportunities: [opportunity('elsewhere', { name: { en: 'Code club' } })] });
    assert.equal(index.searchPositions('code', other), undefined);
    const deferred = createSearchIndex(model, { deferBuild: true });
    assert.equal(deferred.searchPositions('code', model), undefined);
  });
});
