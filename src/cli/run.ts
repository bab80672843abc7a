/**
 * The `learning-feed` command runner: picks the command, parses its flags, prints help and usage,
 * and turns failures into the documented exit codes (0 ok, 1 problems found, 2 usage or I/O error).
 */
import { readFileSync } from 'node:fs';
import { parseCommandArgs } from './args.js';
import { commands } from './commands/index.js';
import { ExitCode, type CliCommand, type ParsedArgs } from './command.js';
import { InputError, UsageError, processIO, type CliIO } from './io.js';
import { commandHelp, commandUsage, overview } from './help.js';

export async function runCli(argv: readonly string[], io: CliIO = processIO): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout)(overview(commands));
    return name === undefined ? ExitCode.usageOrIo : ExitCode.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${packageVersion()}\n`);
    return ExitCode.ok;
  }
  if (name === 'help') {
    const topic = rest[0] === undefined ? undefined : findCommand(rest[0]);
    if (rest[0] !== undefined && !topic) return unknownCommand(rest[0], io);
    io.stdout(topic ? commandHelp(topic) : overview(commands));
    return ExitCode.ok;
  }
  const command = findCommand(name);
  if (!command) return unknownCommand(name, io);

  let args: ParsedArgs;
  try {
    args = parseCommandArgs(command, rest);
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(command, error.message, io);
    throw error;
  }
  if (args.flags.help) {
    io.stdout(commandHelp(command));
    return ExitCode.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(command, error.message, io);
    if (error instanceof InputError) {
      io.stderr(`learning-feed ${command.name}: ${error.message}\n`);
      return ExitCode.usageOrIo;
    }
    throw error;
  }
}

function findCommand(name: string): CliCommand | undefined {
  return Object.hasOwn(commands, name) ? commands[name] : undefined;
}

function unknownCommand(name: string, io: CliIO): ExitCode {
  io.stderr(`learning-feed: unknown command "${name}"\n\n${overview(commands)}`);
  return ExitCode.usageOrIo;
}

function usageFailure(command: CliCommand, message: string, io: CliIO): ExitCode {
  io.stderr(`learning-feed ${command.name}: ${message}\n${commandUsage(command)}\nRun "learning-feed ${command.name} --help" for details.\n`);
  return ExitCode.usageOrIo;
}

function packageVersion(): string {
  // src/cli/run.ts and dist/cli/run.js both sit two folders below package.json.
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
