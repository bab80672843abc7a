import { parseFeed } from '../../core/parse/index.js';
import { localToEpochMs, occurrencesBetween } from '../../core/time/index.js';
import { ExitCode, type CliCommand } from '../command.js';
import { UsageError, readSource, timeoutFlag } from '../io.js';
import { formatProblem, withPositions } from '../problems.js';
import { reportProblemsBriefly } from './shared.js';

export const occurrencesCommand: CliCommand = {
  name: 'occurrences',
  summary: 'List every occurrence of a feed\'s opportunities between two dates, as JSON sorted by start.',
  usage: 'occurrences <feed> --from YYYY-MM-DD --to YYYY-MM-DD [--timeout <seconds>]',
  flags: [
    { name: 'from', type: 'string', valueName: 'YYYY-MM-DD', description: 'First day of the window (from 00:00, feed time zone).' },
    { name: 'to', type: 'string', valueName: 'YYYY-MM-DD', description: 'Last day of the window, included to its end.' },
    { name: 'timeout', type: 'string', valueName: 'seconds', description: 'How long to wait for a URL (default 30).' },
  ],
  positionals: { min: 1, max: 1 },
  details: `The window's days are read in the feed's time zone. Output:
  [{"id": "<opportunity id>", "start": "2026-03-24T18:00:00+00:00", "end": "…", "timeZone": "Europe/London"}]
start and end are RFC 3339 with the local offset, or a plain date (YYYY-MM-DD) for all-day
occurrences, whose end is the last day. An occurrence is listed when it overlaps the window.
Problems in the feed are summarised on standard error and invalid items left out (exit 0);
a file that is not a feed at all (not JSON, not an object) prints nothing and exits 1.`,

  async run(args, io) {
    const from = dateFlag('from', args.flags.from);
    const to = dateFlag('to', args.flags.to);
    if (to < from) throw new UsageError(`--to ${to} is before --from ${from}`);
    const { source, text } = await readSource(args.positionals[0]!, io, timeoutFlag(args.flags.timeout));
    const feed = parseFeed(text, { source });
    // A document-level error (not JSON, not an object) means there is no feed to expand at all.
    const unusable = feed.problems.filter((problem) => problem.severity === 'error' && problem.pointer === '');
    if (unusable.length > 0) {
      for (const problem of withPositions(unusable, text)) io.stderr(`${formatProblem(problem, source)}\n`);
      return ExitCode.problems;
    }
    reportProblemsBriefly(feed.problems, source, io);

    const zone = feed.info.timeZone;
    const fromMs = localToEpochMs(`${from}T00:00:00`, zone);
    const toMs = localToEpochMs(`${nextDay(to)}T00:00:00`, zone);
    const idByKey = new Map(feed.opportunities.map((opportunity) => [opportunity.key, opportunity.id]));
    const occurrences = occurrencesBetween(feed.opportunities, fromMs, toMs)
      .slice()
      .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || compare(a.opportunityKey, b.opportunityKey));
    const rows = occurrences.map((occurrence) => ({
      id: idByKey.get(occurrence.opportunityKey) ?? occurrence.opportunityKey,
      start: occurrence.start,
      end: occurrence.end,
      timeZone: occurrence.timeZone,
    }));
    io.stdout(`${rows.length === 0 ? '[]' : `[\n${rows.map((row) => `  ${JSON.stringify(row)}`).join(',\n')}\n]`}\n`);
    return ExitCode.ok;
  },
};

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Checks a YYYY-MM-DD flag is present and a real calendar date (no 2026-02-30). */
function dateFlag(name: string, value: string | boolean | undefined): string {
  if (value === undefined || typeof value === 'boolean') throw new UsageError(`--${name} YYYY-MM-DD is required`);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    if (date.toISOString().slice(0, 10) === value) return value;
  }
  throw new UsageError(`--${name} must be a date written YYYY-MM-DD, got "${value}"`);
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
