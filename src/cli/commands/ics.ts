import { exportIcs } from '../../core/formats/index.js';
import { mergeFeeds } from '../../core/merge.js';
import { parseFeed } from '../../core/parse/index.js';
import { ExitCode, type CliCommand } from '../command.js';
import { readSource, timeoutFlag, writeOutput } from '../io.js';
import { reportProblemsBriefly } from './shared.js';

export const icsCommand: CliCommand = {
  name: 'ics',
  summary: 'Export a Learning Feed as an iCalendar file (RFC 5545) that calendar apps subscribe to.',
  usage: 'ics <feed>... [-o <out.ics>] [--name <calendar name>] [--timeout <seconds>]',
  flags: [
    { name: 'output', short: 'o', type: 'string', valueName: 'file', description: 'Write the calendar here (default: standard output).' },
    { name: 'name', type: 'string', valueName: 'text', description: 'The calendar\'s name (default: the feed\'s name).' },
    { name: 'timeout', type: 'string', valueName: 'seconds', description: 'How long to wait for a URL (default 30).' },
  ],
  positionals: { min: 1, max: Infinity },
  details: `Recurring opportunities are written once, as RRULE/RDATE/EXDATE with a VTIMEZONE for their zone,
not as exploded copies; cancelled and moved sessions become RECURRENCE-ID events. UIDs are stable
across exports, so a calendar that re-imports the file updates events instead of duplicating them.
Invalid feed items are left out (run "learning-feed validate" for details).`,

  async run(args, io) {
    const timeoutMs = timeoutFlag(args.flags.timeout);
    const sources = await Promise.all(args.positionals.map((input) => readSource(input, io, timeoutMs)));
    const feeds = sources.map(({ source, text }) => parseFeed(text, { source }));
    feeds.forEach((feed, index) => reportProblemsBriefly(feed.problems, sources[index]!.source, io));
    const model = feeds.length === 1 ? feeds[0]! : mergeFeeds(feeds);
    const calendar = exportIcs(model, typeof args.flags.name === 'string' ? { calendarName: args.flags.name } : {});
    const output = typeof args.flags.output === 'string' ? args.flags.output : undefined;
    await writeOutput(output, calendar, io);
    return ExitCode.ok;
  },
};
