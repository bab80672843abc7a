/**
 * Collecting FeedProblems while parsing.
 *
 * Every problem names an RFC 6901 pointer, so the widget console, `learning-feed validate` and an
 * editor all point at the same value. A hostile feed (two million nulls) must not turn into two
 * million problem objects, so the log keeps the first `limit` and ends with one summary problem.
 */
import type { FeedProblem, ProblemSeverity } from '../model.js';

export const DEFAULT_PROBLEM_LIMIT = 5000;

/** Escapes one reference token (RFC 6901 section 3: "~" → "~0", "/" → "~1"). */
export function escapePointerToken(token: string | number): string {
  if (typeof token === 'number') return String(token);
  // The parser builds a pointer for every field it reads, problem or not: most tokens need no escaping.
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * `pointerTo("/opportunities/3", "startDate")` → "/opportunities/3/startDate". One token, no rest
 * parameter: it runs some twenty times per opportunity.
 */
export function pointerTo(base: string, token: string | number): string {
  return base + '/' + escapePointerToken(token);
}

/** `pointerTo` for a field name written in our own code, which never needs escaping ("startDate", not feed data). */
export function fieldPointer(base: string, name: string): string {
  return base + '/' + name;
}

/** A short, safe rendering of a value for a message: never the whole of a 10 MB string. */
export function describeValue(value: unknown, maxLength = 60): string {
  let text: string;
  if (value === undefined) text = 'nothing';
  else if (typeof value === 'string') text = JSON.stringify(value.length > maxLength ? value.slice(0, maxLength) : value);
  else if (Array.isArray(value)) text = `a list of ${value.length}`;
  else if (value === null) text = 'null';
  else if (typeof value === 'object') text = 'an object';
  else text = String(value);
  if (typeof value === 'string' && value.length > maxLength) text = text.slice(0, -1) + '…"';
  return text;
}

/** What kind of JSON value this is, for "expected a string, found a number" messages. */
export function jsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

export class ProblemLog {
  readonly problems: FeedProblem[] = [];
  private suppressed = 0;
  private suppressedErrors = 0;

  constructor(
    private readonly source?: string,
    private readonly limit = DEFAULT_PROBLEM_LIMIT,
  ) {}

  error(pointer: string, message: string, hint?: string): void {
    this.add('error', pointer, message, hint);
  }

  warning(pointer: string, message: string, hint?: string): void {
    this.add('warning', pointer, message, hint);
  }

  add(severity: ProblemSeverity, pointer: string, message: string, hint?: string, position?: { line: number; column: number }): void {
    if (this.problems.length >= this.limit) {
      this.suppressed++;
      if (severity === 'error') this.suppressedErrors++;
      return;
    }
    const problem: FeedProblem = this.source === undefined ? { severity, pointer, message } : { severity, source: this.source, pointer, message };
    if (hint !== undefined) problem.hint = hint;
    if (position) {
      problem.line = position.line;
      problem.column = position.column;
    }
    this.problems.push(problem);
  }

  get errorCount(): number {
    return this.problems.filter((problem) => problem.severity === 'error').length + this.suppressedErrors;
  }

  /** The problems, ending with a summary of any that went over the limit. */
  finish(): FeedProblem[] {
    if (this.suppressed > 0) {
      const summary: FeedProblem = {
        severity: this.suppressedErrors > 0 ? 'error' : 'warning',
        pointer: '',
        message: `${this.suppressed} more problems (${this.suppressedErrors} errors) were found but not listed; only the first ${this.limit} are shown.`,
        hint: 'Fix the problems above and validate again to see the rest.',
      };
      if (this.source !== undefined) summary.source = this.source;
      this.problems.push(summary);
      this.suppressed = 0;
      this.suppressedErrors = 0;
    }
    return this.problems;
  }
}
