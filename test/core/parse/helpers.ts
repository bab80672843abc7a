/** Small builders for parser tests: a valid base feed to break one field of at a time. */
import type { FeedProblem, ParsedFeed } from '../../../src/core/model.js';
import { parseFeed } from '../../../src/core/parse/index.js';

export function baseFeed(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: '1.0',
    id: 'https://test.example/feed.json',
    language: 'en',
    timeZone: 'Europe/London',
    places: [{ id: 'library', name: 'Central Library', geo: { latitude: 53.48, longitude: -2.24 } }],
    organizations: [{ id: 'council', name: 'City Council', places: ['library'] }],
    ...extra,
  };
}

/** A feed with one opportunity: the given fields over a valid in-person event. */
export function withOpportunity(fields: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return baseFeed({ opportunities: [{ id: 'talk', name: 'Talk', location: 'library', startDate: '2026-12-01T18:00', ...fields }], ...extra });
}

export function parse(document: unknown, options?: { source?: string; feedKey?: string }): ParsedFeed {
  return parseFeed(typeof document === 'string' ? document : JSON.stringify(document), options);
}

export function problemsAt(parsed: ParsedFeed, pointer: string): FeedProblem[] {
  return parsed.problems.filter((problem) => problem.pointer === pointer);
}

export function describeProblems(parsed: ParsedFeed): string {
  return parsed.problems.map((problem) => `${problem.severity} ${problem.pointer}: ${problem.message}`).join('\n');
}
