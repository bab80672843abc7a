/**
 * The command table. Adding a command is one module in this folder and one line here; the runner
 * builds the help, flag parsing and exit codes from these entries.
 */
import type { CliCommand } from '../command.js';
import { badgeCommand } from './badge.js';
import { convertCommand } from './convert.js';
import { icsCommand } from './ics.js';
import { mergeCommand } from './merge.js';
import { occurrencesCommand } from './occurrences.js';
import { validateCommand } from './validate.js';

export const commands: Record<string, CliCommand> = {
  [validateCommand.name]: validateCommand,
  [mergeCommand.name]: mergeCommand,
  [occurrencesCommand.name]: occurrencesCommand,
  [convertCommand.name]: convertCommand,
  [icsCommand.name]: icsCommand,
  [badgeCommand.name]: badgeCommand,
};
