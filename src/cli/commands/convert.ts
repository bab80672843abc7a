import { importCsv, importIcs, importOpenActive, type CsvMapping, type ImportResult } from '../../core/formats/index.js';
import { ExitCode, type CliCommand } from '../command.js';
import { readSource, timeoutFlag, UsageError, writeOutput } from '../io.js';
import { countProblems, formatProblem, sortProblems } from '../problems.js';

const FORMATS = ['ics', 'openactive', 'csv'] as const;
type SourceFormat = (typeof FORMATS)[number];

export const convertCommand: CliCommand = {
  name: 'convert',
  summary: 'Turn an iCalendar export, an OpenActive feed or a spreadsheet (CSV) into a Learning Feed.',
  usage: 'convert <file|url> --from ics|openactive|csv [--mapping <m.json>] [--timezone <Zone>] [--id <url>] [-o <out.json>]',
  flags: [
    { name: 'from', type: 'string', valueName: 'ics|openactive|csv', description: 'The format of the input (required).' },
    { name: 'mapping', type: 'string', valueName: 'file', description: 'CSV only: which column becomes which field (docs/formats.md).' },
    { name: 'timezone', type: 'string', valueName: 'Zone', description: 'IANA zone for times that carry none (default: from the input, else UTC).' },
    { name: 'id', type: 'string', valueName: 'url', description: 'The new feed\'s id (recommended: the URL you will publish it at).' },
    { name: 'output', short: 'o', type: 'string', valueName: 'file', description: 'Write the feed here (default: standard output).' },
    { name: 'timeout', type: 'string', valueName: 'seconds', description: 'How long to wait for a URL (default 30).' },
  ],
  positionals: { min: 1, max: 1 },
  details: `Problems are listed on standard error with the input's line (ics, csv) or JSON pointer
(openactive); events or rows that could not be read are left out and the rest are converted.
Exit codes: 0 converted cleanly (warnings allowed), 1 converted with errors (some items left
out), 2 bad command line or unreadable input.

Examples:
  learning-feed convert events.ics --from ics --timezone Europe/London -o feed.json
  learning-feed convert sessions.json --from openactive -o feed.json
  learning-feed convert stops.csv --from csv --mapping mapping.json -o feed.json`,

  async run(args, io) {
    const format = sourceFormat(args.flags.from);
    const timeoutMs = timeoutFlag(args.flags.timeout);
    const { source, text } = await readSource(args.positionals[0]!, io, timeoutMs);
    const options = {
      source,
      ...(typeof args.flags.timezone === 'string' ? { timeZone: args.flags.timezone } : {}),
      ...(typeof args.flags.id === 'string' ? { feedId: args.flags.id } : {}),
    };
    let result: ImportResult;
    if (format === 'csv') {
      result = importCsv(text, await readMapping(args.flags.mapping, io, timeoutMs), options);
    } else if (format === 'ics') {
      result = importIcs(text, options);
    } else {
      result = importOpenActive(text, options);
    }
    for (const problem of sortProblems(result.problems)) io.stderr(`${formatProblem(problem, source)}\n`);
    const output = typeof args.flags.output === 'string' ? args.flags.output : undefined;
    await writeOutput(output, `${JSON.stringify(result.feed, null, 2)}\n`, io);
    return countProblems(result.problems).errors > 0 ? ExitCode.problems : ExitCode.ok;
  },
};

function sourceFormat(value: string | boolean | undefined): SourceFormat {
  if (typeof value !== 'string') throw new UsageError('convert needs --from ics, --from openactive or --from csv');
  if (!(FORMATS as readonly string[]).includes(value)) {
    throw new UsageError(`--from must be one of ${FORMATS.join(', ')}, got "${value}"`);
  }
  return value as SourceFormat;
}

async function readMapping(path: string | boolean | undefined, io: Parameters<CliCommand['run']>[1], timeoutMs: number): Promise<CsvMapping> {
  if (typeof path !== 'string') throw new UsageError('--from csv needs --mapping <file>: see docs/formats.md for the mapping format');
  const { text } = await readSource(path, io, timeoutMs);
  try {
    return JSON.parse(text) as CsvMapping;
  } catch (error) {
    throw new UsageError(`${path}: the mapping is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}
