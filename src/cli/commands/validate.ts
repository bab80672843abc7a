import { parseFeed } from '../../core/parse/index.js';
import type { FeedProblem, ParsedFeed } from '../../core/model.js';
import { ExitCode, type CliCommand } from '../command.js';
import { InputError, readSource, timeoutFlag, type CliIO } from '../io.js';
import { countProblems, describeCounts, formatProblem, plural, problemJson, sortProblems, withPositions } from '../problems.js';

interface FeedReport {
  source: string;
  /** Set when the input could not be read at all. */
  readError?: string;
  problems: FeedProblem[];
  parsed?: ParsedFeed;
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Check Learning Feed documents and list every problem with its line, column and JSON pointer.',
  usage: 'validate <file|url>... [--json] [--strict] [--timeout <seconds>]',
  flags: [
    { name: 'json', type: 'boolean', description: 'Print a JSON report instead of text.' },
    { name: 'strict', type: 'boolean', description: 'Fail on warnings too.' },
    { name: 'timeout', type: 'string', valueName: 'seconds', description: 'How long to wait for a URL (default 30).' },
  ],
  positionals: { min: 1, max: Infinity },
  details: `Inputs are files, http(s) URLs, or "-" for standard input.

Exit codes: 0 every feed is valid (warnings allowed unless --strict), 1 problems found,
2 bad command line or an input could not be read.

--json prints {"valid", "errors", "warnings", "feeds": [{"source", "valid", "errors",
"warnings", "counts": {"organizations", "places", "opportunities"}, "problems": [{"severity",
"pointer", "message", "hint"?, "line"?, "column"?}], "readError"?}]}.`,

  async run(args, io) {
    const timeoutMs = timeoutFlag(args.flags.timeout);
    const strict = args.flags.strict === true;
    const reports = await Promise.all(args.positionals.map((input) => validateInput(input, io, timeoutMs)));

    const totals = countProblems(reports.flatMap((report) => report.problems));
    const unreadable = reports.filter((report) => report.readError !== undefined).length;
    const failed = totals.errors > 0 || (strict && totals.warnings > 0);

    if (args.flags.json === true) io.stdout(`${JSON.stringify(jsonReport(reports, strict), null, 2)}\n`);
    else printReports(reports, io, strict);

    if (unreadable > 0) return ExitCode.usageOrIo;
    return failed ? ExitCode.problems : ExitCode.ok;
  },
};

async function validateInput(input: string, io: CliIO, timeoutMs: number): Promise<FeedReport> {
  try {
    const { source, text } = await readSource(input, io, timeoutMs);
    const parsed = parseFeed(text, { source });
    return { source, parsed, problems: sortProblems(withPositions(parsed.problems, text)) };
  } catch (error) {
    if (error instanceof InputError) return { source: input, readError: error.message, problems: [] };
    throw error;
  }
}

function isValid(report: FeedReport, strict: boolean): boolean {
  const counts = countProblems(report.problems);
  return report.readError === undefined && counts.errors === 0 && (!strict || counts.warnings === 0);
}

function contents(parsed: ParsedFeed | undefined): string {
  if (!parsed) return '';
  return ` (${plural(parsed.opportunities.length, 'opportunity', 'opportunities')}, ${plural(parsed.places.length, 'place')}, ${plural(parsed.organizations.length, 'organization')})`;
}

function printReports(reports: FeedReport[], io: CliIO, strict: boolean): void {
  for (const report of reports) {
    if (report.readError !== undefined) {
      io.stderr(`${report.readError}\n`);
      continue;
    }
    for (const problem of report.problems) io.stdout(`${formatProblem(problem, report.source)}\n`);
    const counts = countProblems(report.problems);
    const verdict = isValid(report, strict) ? (report.problems.length ? 'valid with' : 'valid') : 'invalid:';
    const detail = report.problems.length ? ` ${describeCounts(counts)}` : '';
    io.stdout(`${report.source}: ${verdict}${detail}${contents(report.parsed)}\n`);
  }
  if (reports.length > 1) {
    const valid = reports.filter((report) => isValid(report, strict)).length;
    const totals = countProblems(reports.flatMap((report) => report.problems));
    io.stdout(`${valid} of ${plural(reports.length, 'feed')} valid; ${describeCounts(totals)} in all\n`);
  }
}

function jsonReport(reports: FeedReport[], strict: boolean): Record<string, unknown> {
  const totals = countProblems(reports.flatMap((report) => report.problems));
  return {
    valid: reports.every((report) => isValid(report, strict)),
    errors: totals.errors,
    warnings: totals.warnings,
    feeds: reports.map((report) => ({
      source: report.source,
      valid: isValid(report, strict),
      ...countProblems(report.problems),
      ...(report.parsed
        ? {
            counts: {
              organizations: report.parsed.organizations.length,
              places: report.parsed.places.length,
              opportunities: report.parsed.opportunities.length,
            },
          }
        : {}),
      problems: report.problems.map(problemJson),
      ...(report.readError === undefined ? {} : { readError: report.readError }),
    })),
  };
}
