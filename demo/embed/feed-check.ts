// "Check this feed": fetch the URL and read it with the same lenient parser the widgets use
// (core parseFeed), then say what was found and what is wrong. Plain data; embed.ts renders it as text.
import type { FeedProblem, ParsedFeed } from '../../src/core/model.js';
import { parseFeed } from '../../src/core/parse/index.js';

export interface FeedCheck {
  url: string;
  /** Set when the feed could not be fetched at all (network, CORS, HTTP status). */
  failure?: string;
  parsed?: ParsedFeed;
  errors: FeedProblem[];
  warnings: FeedProblem[];
  /** Organization ids as published, designated lighthouses first (for the organization fields). */
  organizationIds: string[];
}

function failed(url: string, failure: string): FeedCheck {
  return { url, failure, errors: [], warnings: [], organizationIds: [] };
}

/** Fetches and parses `url`; never throws. */
export async function checkFeed(url: string, signal?: AbortSignal): Promise<FeedCheck> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    return failed(
      url,
      'The feed could not be fetched: the address is wrong, the server is down, or it does not allow other sites to read it ' +
        '(it must send Access-Control-Allow-Origin for widgets on other sites).',
    );
  }
  if (!response.ok) return failed(url, `The server answered HTTP ${response.status} ${response.statusText}`.trim() + '.');
  const text = await response.text();
  const parsed = parseFeed(text, { source: url });
  const organizations = [...parsed.organizations].sort(
    (a, b) => Number(b.lighthouse?.status === 'designated') - Number(a.lighthouse?.status === 'designated'),
  );
  return {
    url,
    parsed,
    errors: parsed.problems.filter((problem) => problem.severity === 'error'),
    warnings: parsed.problems.filter((problem) => problem.severity === 'warning'),
    organizationIds: organizations.map((organization) => organization.id),
  };
}

/** One line per problem: where, what, what to do. */
export function problemLine(problem: FeedProblem): string {
  const where = problem.pointer ? `at ${problem.pointer}` : 'the whole document';
  const position = problem.line ? ` (line ${problem.line}${problem.column ? `, column ${problem.column}` : ''})` : '';
  return `${problem.severity} ${where}${position}: ${problem.message}${problem.hint ? ` ${problem.hint}` : ''}`;
}
