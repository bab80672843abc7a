/**
 * Full-text search over opportunities, behind our own small interface so MiniSearch stays an
 * implementation detail (a remote engine can take its place for national-scale registries).
 *
 * Indexed: the opportunity's name, description and topics, and the name of its organizer and place,
 * in every language of each language map (a bilingual city's visitor may search in either).
 */
import MiniSearch from 'minisearch';
import type { FeedModel, LocalizedText, Opportunity, Organization, Place } from '../model.js';
import { positionsByKey } from './model-order.js';
import { bestFirst } from './best-first.js';
import { prepareScoring, scoreTerms, type ScoringOptions } from './search-scoring.js';
import { prefetchFirstLetters, type FirstLetterBudget } from './term-scores.js';
import { relevancePages, type OrderedPositions } from './relevance-pages.js';
import { isBigramScriptTerm, tokenizeForIndex, tokenizeQuery } from './tokenize.js';
import { warmResultPath } from './warm-up.js';

export interface SearchHit {
  /** Opportunity key. */
  key: string;
  /** Relevance, higher is better; only meaningful relative to other hits of the same query. */
  score: number;
  /**
   * Where the opportunity was in the model the index was created from, when it was there: saves
   * callers a lookup by key per hit. Check `model.opportunities[position].key` before trusting it.
   */
  position?: number;
}

/** Hits as positions in a model's opportunities, best first, with their scores (same indexes). */
export interface RankedPositions {
  positions: Int32Array;
  scores: Float64Array;
  length: number;
}

/** Runs one slice of work later (e.g. `(run) => requestIdleCallback(() => run())`, or `setTimeout`). */
export type SliceScheduler = (runSlice: () => void) => void;

export interface BuildInSlicesOptions {
  /** Opportunities indexed per slice (default 500: a few milliseconds on a phone). */
  sliceSize?: number;
  /**
   * Ends a slice early once it has run this long (checked every 25 opportunities): a slow phone, or
   * a busy one, then still gets the page back often. Default: slices end by count only.
   */
  sliceMs?: number;
  /** Called after each slice, e.g. to re-run the visitor's query on the growing index. */
  onProgress?: (indexed: number, total: number) => void;
  /** Stops scheduling further slices; the promise then resolves with what was indexed. */
  signal?: AbortSignal;
}

export interface SearchIndexOptions {
  /**
   * Start empty and let `buildInSlices` do the work, so a finder can show results before a large
   * feed is fully indexed. Default false: the constructor indexes everything synchronously.
   */
  deferBuild?: boolean;
  /** Extra words to index for a topic value, e.g. its translated labels ("digital-skills" → "Digital skills", "Compétences numériques"). */
  topicLabels?: (topic: string) => readonly string[];
  /**
   * Rank with MiniSearch's own search instead of search-scoring.ts (same results, slower on big
   * feeds): for tests that check the two agree.
   */
  referenceRanking?: boolean;
}

export interface SearchIndex {
  /** Hits for the query, best first. An empty or blank query gives no hits (no search, not "no match"). */
  search(query: string): SearchHit[];
  /**
   * `search` as positions in `model.opportunities` with their scores, best first (equal scores in
   * no particular order), or with `ordered: false` in no order at all (for relevance-pages.ts, which
   * orders only what is read): no object per hit, for callers that filter and sort 100k hits by
   * position. Undefined when that cannot be given exactly (another model than the index was created
   * from, a build still under way, opportunities added since): use `search`.
   */
  searchPositions(query: string, model: FeedModel, options?: { ordered?: boolean }): RankedPositions | undefined;
  /**
   * `positions` (results from the model, each once) in relevance order by `hits` (from
   * `searchPositions`, in any order), worked out only as far as it is read (relevance-pages.ts).
   * Offered here so that code loads with the search engine, which any query needs anyway, and not
   * with every finder.
   */
  relevancePages(positions: ArrayLike<number>, hits: RankedPositions, locales: readonly string[]): OrderedPositions;
  /** Indexes new opportunities (an opportunity whose key is already indexed is replaced). */
  add(opportunities: Opportunity | readonly Opportunity[]): void;
  /** Drops opportunities by key; unknown keys are ignored. */
  remove(keys: string | readonly string[]): void;
  /** Re-indexes changed opportunities (same as `add`, named for readability at call sites). */
  replace(opportunities: Opportunity | readonly Opportunity[]): void;
  /** Indexes whatever the constructor deferred, one slice per scheduler call. */
  buildInSlices(schedule: SliceScheduler, options?: BuildInSlicesOptions): Promise<void>;
  /**
   * Once the build is complete: works out one-letter queries' scores ahead of need, in slices of
   * about `sliceMs`, so a new query's first keystroke (its dearest) reads them back. Resolves when
   * done, aborted, or the index changed meanwhile, with the letters kept (dearest first). Keeps at
   * most a few megabytes (FIRST_LETTER_BUDGET, which `budget` replaces in tests).
   */
  prefetchFirstLetters(schedule: SliceScheduler, options?: { sliceMs?: number; signal?: AbortSignal; budget?: FirstLetterBudget }): Promise<string[]>;
  has(key: string): boolean;
  /** Opportunities currently searchable. */
  readonly size: number;
  /** Opportunities still waiting for `buildInSlices`. */
  readonly pendingCount: number;
}

interface SearchDocument {
  key: string;
  name: string;
  description: string;
  topics: string;
  organization: string;
  place: string;
}

/** Field weights: a word in the title says more about the opportunity than one deep in the description. */
const FIELD_BOOSTS = { name: 3, topics: 2, organization: 1.5, place: 1.5, description: 1 } as const;
const FIELDS = Object.keys(FIELD_BOOSTS);

/** Typo tolerance grows with the word: none under 4 characters, one edit up to 7, then two. */
function fuzzinessFor(term: string): number | false {
  if (term.length < 4 || isBigramScriptTerm(term)) return false;
  return term.length >= 8 ? 2 : 1;
}

/**
 * First letters worked out ahead of need: within 16 MB (12 bytes per document a letter reaches:
 * every letter of a 10k feed in some 2 MB, the dearest dozen or so of a 100k one), and only letters
 * whose words have 1,000 postings or more (fewer score in under a millisecond).
 */
const FIRST_LETTER_BUDGET: FirstLetterBudget = { maxBytes: 16 * 1024 * 1024, minPostings: 1_000 };

function byScoreThenKey(a: SearchHit, b: SearchHit): number {
  return b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function allLanguages(text: LocalizedText | undefined): string {
  return text ? Object.values(text).join('\n') : '';
}

/** Maps from the model used to resolve organizer and place names when indexing. */
type Lookups = Pick<FeedModel, 'organizations' | 'places'>;

function toDocument(opportunity: Opportunity, lookups: Lookups, options: SearchIndexOptions): SearchDocument {
  const organization: Organization | undefined = opportunity.organizerKey
    ? lookups.organizations.get(opportunity.organizerKey)
    : undefined;
  const place: Place | undefined = opportunity.placeKey ? lookups.places.get(opportunity.placeKey) : undefined;
  const topicWords = opportunity.topics.flatMap((topic) => [topic, ...(options.topicLabels?.(topic) ?? [])]);
  const placeWords = place ? [allLanguages(place.name), place.address?.addressLocality ?? ''] : [];
  return {
    key: opportunity.key,
    name: allLanguages(opportunity.name),
    description: allLanguages(opportunity.description),
    topics: topicWords.join('\n'),
    organization: allLanguages(organization?.name),
    place: placeWords.join('\n'),
  };
}

function asList<T>(value: T | readonly T[]): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

/**
 * Builds a search index over the model's opportunities. Prefix matching applies to every query word
 * (type-ahead), typo tolerance to words of 4+ characters; all words must match, and only when that
 * finds nothing does a multi-word query fall back to "any word" so a stray word never empties the list.
 */
export function createSearchIndex(model: FeedModel, options: SearchIndexOptions = {}): SearchIndex {
  const lookups: Lookups = model;
  const engine = new MiniSearch<SearchDocument>({
    idField: 'key',
    fields: FIELDS,
    storeFields: [],
    tokenize: (text) => tokenizeForIndex(text),
    processTerm: (term) => term || null,
    searchOptions: {
      tokenize: (text) => tokenizeQuery(text),
      processTerm: (term) => term || null,
      boost: FIELD_BOOSTS,
      prefix: true,
      fuzzy: fuzzinessFor,
      combineWith: 'AND',
    },
  });
  // Keyed by opportunity key; `remove` and `add` take items out so a running build never resurrects them.
  const pending = new Map<string, Opportunity>();

  function indexNow(opportunity: Opportunity): void {
    pending.delete(opportunity.key);
    if (engine.has(opportunity.key)) engine.discard(opportunity.key);
    engine.add(toDocument(opportunity, lookups, options));
  }

  function add(opportunities: Opportunity | readonly Opportunity[]): void {
    for (const opportunity of asList(opportunities)) indexNow(opportunity);
  }

  if (options.deferBuild) {
    for (const opportunity of model.opportunities) pending.set(opportunity.key, opportunity);
  } else {
    for (const opportunity of model.opportunities) indexNow(opportunity);
  }

  /** MiniSearch's own search of the tokenised terms (stop words already dropped), not the raw text. */
  function engineSearch(terms: readonly string[], combineWith: 'AND' | 'OR'): SearchHit[] {
    const results = engine.search(terms.join(' '), { tokenize: (text: string) => text.split(' '), combineWith });
    return results.map((result) => ({ key: String(result.id), score: result.score })).sort(byScoreThenKey);
  }

  /** Hits best first through search-scoring.ts (undefined when it declines): short ids, scores and keys. */
  function scoredInOrder(terms: readonly string[], combineWith: 'AND' | 'OR', tiesByKey = true, ordered = true) {
    const scored = options.referenceRanking
      ? undefined
      : scoreTerms(engine, terms, { boosts: FIELD_BOOSTS, fuzzy: fuzzinessFor, combineWith, positionOf: positionsByKey(model) });
    if (!scored) return undefined;
    const order = ordered
      ? bestFirst(scored.scores, tiesByKey ? (index) => scored.keyOf[scored.ids[index]!]! : undefined)
      : undefined;
    return { ...scored, order };
  }

  /** The same hits and scores as MiniSearch's own search, faster; MiniSearch when search-scoring declines. */
  function rank(terms: readonly string[], combineWith: 'AND' | 'OR'): SearchHit[] {
    const scored = scoredInOrder(terms, combineWith);
    if (!scored) return engineSearch(terms, combineWith);
    const { ids, scores, keyOf, positionById, order } = scored;
    return Array.from(order!, (index) => {
      const id = ids[index]!;
      const position = positionById?.[id] ?? -1;
      return position >= 0 ? { key: keyOf[id]!, score: scores[index]!, position } : { key: keyOf[id]!, score: scores[index]! };
    });
  }

  /** Runs the AND search, then (for several words that together found nothing) the OR one. */
  function withFallback<T extends { length: number }>(query: string, run: (terms: readonly string[], combineWith: 'AND' | 'OR') => T, none: T): T {
    const terms = tokenizeQuery(query);
    if (terms.length === 0) return none;
    const hits = run(terms, 'AND');
    // All words must match; only when that finds nothing does a longer query settle for any word.
    return hits.length === 0 && terms.length > 1 ? run(terms, 'OR') : hits;
  }

  function search(query: string): SearchHit[] {
    return withFallback(query, rank, []);
  }

  function searchPositions(query: string, forModel: FeedModel, { ordered = true }: { ordered?: boolean } = {}): RankedPositions | undefined {
    if (forModel !== model || pending.size > 0) return undefined;
    const run = (terms: readonly string[], combineWith: 'AND' | 'OR'): RankedPositions | { length: number; declined: true } => {
      // Callers order equal scores their own way (the finder: by name), so no key sort here.
      const scored = scoredInOrder(terms, combineWith, false, ordered);
      if (!scored?.positionById) return { length: 1, declined: true };
      const { ids, scores, positionById, order } = scored;
      const positions = new Int32Array(ids.length);
      const inOrder = order ? new Float64Array(ids.length) : scores;
      for (let at = 0; at < ids.length; at++) {
        const position = positionById[ids[order ? order[at]! : at]!]!;
        // An opportunity added after the index was created has no place in the model.
        if (position < 0) return { length: 1, declined: true };
        positions[at] = position;
        if (order) inOrder[at] = scores[order[at]!]!;
      }
      return { positions, scores: inOrder, length: positions.length };
    };
    const ranked = withFallback(query, run, { positions: new Int32Array(0), scores: new Float64Array(0), length: 0 });
    return 'declined' in ranked ? undefined : ranked;
  }

  /**
   * One real search of `query`, filtered and ordered as the finder does (warm-up.ts): the first
   * keystroke then finds that code compiled.
   */
  function warmWith(query: string | undefined): void {
    const ranked = query ? searchPositions(query, model, { ordered: false }) : undefined;
    if (query && ranked) warmResultPath(model, query, ranked, Date.now());
  }

  /** As the build ends: a word from the feed. */
  function warmUp(): void {
    const first = model.opportunities.find((opportunity) => engine.has(opportunity.key));
    // A whole word: in a trial it readied the first keystroke better than a two-letter prefix.
    warmWith(first ? tokenizeQuery(allLanguages(first.name))[0] : undefined);
  }

  function prefetchLetters(
    schedule: SliceScheduler,
    { sliceMs = 8, signal, budget = FIRST_LETTER_BUDGET }: { sliceMs?: number; signal?: AbortSignal; budget?: FirstLetterBudget } = {},
  ): Promise<string[]> {
    if (pending.size > 0 || options.referenceRanking) return Promise.resolve([]);
    const scoring: ScoringOptions = { boosts: FIELD_BOOSTS, fuzzy: fuzzinessFor, combineWith: 'AND' };
    const steps = prefetchFirstLetters(engine, scoring, budget);
    return new Promise((resolve, reject) => {
      const runSlice = (): void => {
        try {
          const deadline = performance.now() + sliceMs;
          while (!signal?.aborted && performance.now() < deadline) {
            const step = steps.next();
            if (!step.done) continue;
            // The dearest letter through the finder's path too, in a slice of its own: the whole
            // word of warmUp leaves cold the paths only a big hit list takes (picking the first
            // pages among 100k scores, for one), and the first letter typed took them cold.
            const letters = step.value;
            if (!letters[0]) return resolve(letters);
            return schedule(() => {
              try {
                warmWith(letters[0]);
                resolve(letters);
              } catch (error) {
                reject(error);
              }
            });
          }
          if (signal?.aborted) resolve([]);
          else schedule(runSlice);
        } catch (error) {
          reject(error);
        }
      };
      schedule(runSlice);
    });
  }

  function buildInSlices(schedule: SliceScheduler, buildOptions: BuildInSlicesOptions = {}): Promise<void> {
    const sliceSize = Math.max(1, Math.floor(buildOptions.sliceSize ?? 500));
    const total = engine.documentCount + pending.size;
    return new Promise((resolve, reject) => {
      const runSlice = (): void => {
        try {
          if (buildOptions.signal?.aborted) return resolve();
          const deadline = buildOptions.sliceMs === undefined ? Infinity : performance.now() + buildOptions.sliceMs;
          let done = 0;
          for (const opportunity of pending.values()) {
            if (done >= sliceSize || (done % 25 === 0 && done > 0 && performance.now() > deadline)) break;
            indexNow(opportunity);
            done++;
          }
          // The last slice also readies the scoring tables, or the first keystroke would build them.
          if (pending.size === 0 && !options.referenceRanking) {
            prepareScoring(engine, positionsByKey(model));
            warmUp();
          }
          buildOptions.onProgress?.(total - pending.size, total);
          if (pending.size === 0) resolve();
          else schedule(runSlice);
        } catch (error) {
          reject(error);
        }
      };
      if (pending.size === 0) resolve();
      else schedule(runSlice);
    });
  }

  return {
    search,
    searchPositions,
    relevancePages: (positions, hits, locales) => relevancePages(model, positions, hits, locales),
    add,
    replace: add,
    remove(keys) {
      for (const key of asList(keys)) {
        pending.delete(key);
        if (engine.has(key)) engine.discard(key);
      }
    },
    buildInSlices,
    prefetchFirstLetters: prefetchLetters,
    has: (key) => engine.has(key),
    get size() {
      return engine.documentCount;
    },
    get pendingCount() {
      return pending.size;
    },
  };
}
