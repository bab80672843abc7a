/** Command-line flags: Node's parseArgs, with messages that say what the person typed wrong. */
import { parseArgs } from 'node:util';
import type { CliCommand, ParsedArgs } from './command.js';
import { UsageError } from './io.js';

export function parseCommandArgs(command: CliCommand, argv: string[]): ParsedArgs {
  const options: Record<string, { type: 'boolean' | 'string'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const flag of command.flags) options[flag.name] = { type: flag.type, ...(flag.short ? { short: flag.short } : {}) };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const flags = parsed.values as ParsedArgs['flags'];
  const positionals = parsed.positionals;
  if (!flags.help) {
    const { min, max } = command.positionals;
    if (positionals.length < min) throw new UsageError(min === 1 ? 'give a feed file or URL' : `expected at least ${min} arguments`);
    if (positionals.length > max) throw new UsageError(`unexpected argument "${positionals[max]}"`);
  }
  return { positionals, flags };
}

/** Node's parseArgs messages mention internals; say what the person typed wrong instead. */
function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  // Node quotes the option as it declared it: '-o, --output <value>'; show it as -o/--output.
  const option = /'(-[^']*)'/.exec(message)?.[1]?.replace(/ <value>$/, '').replace(', ', '/');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option ?? message}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(message) ? `${option ?? 'an option'} needs a value` : `${option ?? 'an option'} takes no value`;
  }
  return message;
}
