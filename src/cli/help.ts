/** Help text for the CLI, generated from the command table so it never drifts from the flags. */
import type { CliCommand } from './command.js';

export function overview(commands: Record<string, CliCommand>): string {
  const list = Object.values(commands);
  const width = Math.max(...list.map((command) => command.name.length));
  return [
    'Usage: learning-feed <command> [options]',
    '',
    'Commands:',
    ...list.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run "learning-feed <command> --help" for a command\'s options.',
    'Exit codes: 0 ok, 1 problems found in a feed, 2 usage or I/O error.',
    '',
  ].join('\n');
}

export function commandUsage(command: CliCommand): string {
  return `Usage: learning-feed ${command.usage}`;
}

export function commandHelp(command: CliCommand): string {
  const flags = [...command.flags, { name: 'help', short: 'h', type: 'boolean' as const, description: 'Show this help.' }];
  const labels = flags.map((flag) => {
    const long = `--${flag.name}${flag.type === 'string' ? ` <${flag.valueName ?? 'value'}>` : ''}`;
    return flag.short ? `-${flag.short}, ${long}` : `    ${long}`;
  });
  const width = Math.max(...labels.map((label) => label.length));
  return [
    commandUsage(command),
    '',
    command.summary,
    '',
    'Options:',
    ...flags.map((flag, index) => `  ${labels[index]!.padEnd(width)}  ${flag.description}`),
    ...(command.details ? ['', command.details.trimEnd()] : []),
    '',
  ].join('\n');
}
