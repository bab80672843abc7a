/**
 * Problem reports for people and for machines. The wording comes from core/parse; this adds where
 * (file:line:column, found once per file by one scan of the text) and the summary counts.
 */
import { locateJsonPointers } from '../core/json-locate.js';
import type { FeedProblem } from '../core/model.js';

/** Fills in line and column from the source text for problems that do not have them yet. */
export function withPositions(problems: readonly FeedProblem[], text: string): FeedProblem[] {
  const missing = problems.filter((problem) => problem.line === undefined).map((problem) => problem.pointer);
  if (missing.length === 0) return [...problems];
  // A missing required member ("/opportunities/3/name") is shown at the object that lacks it.
  const positions = locateJsonPointers(text, missing, { nearestAncestor: true });
  return problems.map((problem) => {
    if (problem.line !== undefined) return problem;
    const position = positions.get(problem.pointer);
    return position ? { ...problem, line: position.line, column: position.column } : problem;
  });
}

/** Orders problems the way an editor lists them: by place in the file, errors before warnings at one spot. */
export function sortProblems(problems: readonly FeedProblem[]): FeedProblem[] {
  return [...problems].sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      severityRank(a) - severityRank(b) ||
      a.pointer.localeCompare(b.pointer),
  );
}

function severityRank(problem: FeedProblem): number {
  return problem.severity === 'error' ? 0 : 1;
}

/**
 * `file:line:column pointer severity: message`, then the hint indented on the next line. The
 * location comes first so terminals and editors turn it into a link.
 */
export function formatProblem(problem: FeedProblem, source: string): string {
  const where = problem.line === undefined ? source : `${source}:${problem.line}:${problem.column ?? 1}`;
  const pointer = problem.pointer === '' ? '(document)' : problem.pointer;
  const hint = problem.hint ? `\n    ${problem.hint}` : '';
  return `${where} ${pointer} ${problem.severity}: ${problem.message}${hint}`;
}

export interface ProblemCounts {
  errors: number;
  warnings: number;
}

export function countProblems(problems: readonly FeedProblem[]): ProblemCounts {
  let errors = 0;
  for (const problem of problems) if (problem.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

export function describeCounts(counts: ProblemCounts): string {
  return `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}`;
}

/** Problem as it appears in --json output: no undefined members, source left to the enclosing file entry. */
export function problemJson(problem: FeedProblem): Record<string, unknown> {
  return {
    severity: problem.severity,
    pointer: problem.pointer,
    message: problem.message,
    ...(problem.hint === undefined ? {} : { hint: problem.hint }),
    ...(problem.line === undefined ? {} : { line: problem.line, column: problem.column ?? 1 }),
  };
}
