/** Helpers shared by commands that consume feeds rather than check them (merge, occurrences, …). */
import type { FeedProblem } from '../../core/model.js';
import type { CliIO } from '../io.js';
import { countProblems, describeCounts } from '../problems.js';

/**
 * Consumers are lenient: invalid items are skipped. Say so on stderr, so stdout stays clean JSON,
 * and point at `validate` for the details.
 */
export function reportProblemsBriefly(problems: readonly FeedProblem[], source: string, io: CliIO): void {
  if (problems.length === 0) return;
  io.stderr(`${source}: ${describeCounts(countProblems(problems))}; invalid items were left out. Run "learning-feed validate ${source}" for details.\n`);
}
