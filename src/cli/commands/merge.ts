import { createHash } from 'node:crypto';
import { mergeFeeds } from '../../core/merge.js';
import { parseFeed } from '../../core/parse/index.js';
import type { FeedProblem } from '../../core/model.js';
import { ExitCode, type CliCommand } from '../command.js';
import { readSource, timeoutFlag, writeOutput } from '../io.js';
import { toFeedDocument } from '../feed-document.js';
import { countProblems, formatProblem, sortProblems, withPositions } from '../problems.js';

export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: 'Join several Learning Feeds into one document, each id namespaced by its feed.',
  usage: 'merge <feed>... [-o <out.json>] [--id <url>] [--timeout <seconds>]',
  flags: [
    { name: 'output', short: 'o', type: 'string', valueName: 'file', description: 'Write the merged feed here (default: standard output).' },
    { name: 'id', type: 'string', valueName: 'url', description: 'The merged feed\'s own id (default: a URN derived from the inputs\' ids).' },
    { name: 'timeout', type: 'string', valueName: 'seconds', description: 'How long to wait for a URL (default 30).' },
  ],
  positionals: { min: 1, max: Infinity },
  details: `Each item's id becomes "<feed id or source>#<id>", and references follow, so two partners'
"1" never collide. Invalid items are left out and listed on standard error; the merged feed is
still written, and the exit code is 1 when any input had errors, so a script can stop there.`,

  async run(args, io) {
    const timeoutMs = timeoutFlag(args.flags.timeout);
    const sources = await Promise.all(args.positionals.map((input) => readSource(input, io, timeoutMs)));
    const feeds = sources.map(({ source, text }) => parseFeed(text, { source }));
    const model = mergeFeeds(feeds);

    const textBySource = new Map(sources.map(({ source, text }) => [source, text]));
    const problems = uniqueProblems([...feeds.flatMap((feed) => feed.problems), ...model.problems]);
    for (const [source, group] of groupBySource(problems, sources[0]!.source)) {
      const text = textBySource.get(source);
      const located = sortProblems(text === undefined ? group : withPositions(group, text));
      for (const problem of located) io.stderr(`${formatProblem(problem, source)}\n`);
    }

    const id = typeof args.flags.id === 'string' ? args.flags.id : derivedId(model.feeds.map((feed) => feed.key));
    const document = toFeedDocument(model, { id });
    const output = typeof args.flags.output === 'string' ? args.flags.output : undefined;
    await writeOutput(output, `${JSON.stringify(document, null, 2)}\n`, io);
    return countProblems(problems).errors > 0 ? ExitCode.problems : ExitCode.ok;
  },
};

/**
 * A feed needs a stable id so a later merge can namespace its items again. Without --id, name the
 * merge after its parts: the same inputs always give the same id.
 */
function derivedId(feedKeys: string[]): string {
  const digest = createHash('sha256').update([...feedKeys].sort().join('\n')).digest('hex').slice(0, 16);
  return `urn:learning-feed:merge:${digest}`;
}

/** mergeFeeds may carry the inputs' problems forward; list each once. */
function uniqueProblems(problems: FeedProblem[]): FeedProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.source}\u0000${problem.pointer}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function groupBySource(problems: FeedProblem[], fallback: string): Map<string, FeedProblem[]> {
  const groups = new Map<string, FeedProblem[]>();
  for (const problem of problems) {
    const source = problem.source ?? fallback;
    groups.set(source, [...(groups.get(source) ?? []), problem]);
  }
  return groups;
}
