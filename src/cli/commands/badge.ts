import { renderBadgeSvg } from '../../core/badge-svg.js';
import { parseFeed } from '../../core/parse/index.js';
import { ExitCode, type CliCommand } from '../command.js';
import { InputError, readSource, timeoutFlag, UsageError, writeOutput } from '../io.js';
import { reportProblemsBriefly } from './shared.js';

export const badgeCommand: CliCommand = {
  name: 'badge',
  summary: 'Draw a static, accessible Learning Lighthouse badge (SVG) for print, email and script-free sites.',
  usage: 'badge <registry feed> --organization <id> [--lang <tag>] [-o <badge.svg>]',
  flags: [
    { name: 'organization', type: 'string', valueName: 'id', description: 'The organization\'s id in the registry feed (required).' },
    { name: 'lang', type: 'string', valueName: 'tag', description: 'Language of the badge text (default en).' },
    { name: 'output', short: 'o', type: 'string', valueName: 'file', description: 'Write the SVG here (default: standard output).' },
    { name: 'timeout', type: 'string', valueName: 'seconds', description: 'How long to wait for a URL (default 30).' },
  ],
  positionals: { min: 1, max: 1 },
  details: `The feed given is the registry: normally the city's feed, never the partner's own, because
the badge says "Learning Lighthouse" only when that feed lists the organization with the
lighthouse status "designated". Any other status gives a neutral badge that claims nothing.
Exit codes: 0 a designated badge was written, 1 the organization is listed but not designated
(a neutral badge is still written), 2 bad command line, unreadable feed or unknown organization.`,

  async run(args, io) {
    const id = args.flags.organization;
    if (typeof id !== 'string' || id === '') throw new UsageError('badge needs --organization <id>');
    const locale = typeof args.flags.lang === 'string' ? args.flags.lang : 'en';
    const { source, text } = await readSource(args.positionals[0]!, io, timeoutFlag(args.flags.timeout));
    const registry = parseFeed(text, { source });
    reportProblemsBriefly(registry.problems, source, io);
    const organization = registry.organizations.find((candidate) => candidate.id === id || candidate.key === id);
    if (!organization) throw new InputError(`${source}: no organization with id "${id}" (ids are listed under /organizations)`);
    const verified = organization.lighthouse?.status === 'designated';
    const output = typeof args.flags.output === 'string' ? args.flags.output : undefined;
    await writeOutput(output, renderBadgeSvg(organization, { locale, verified }), io);
    if (!verified) io.stderr(`${source}: "${id}" is not a designated learning lighthouse there; wrote a neutral badge.\n`);
    return verified ? ExitCode.ok : ExitCode.problems;
  },
};
