/**
 * Reads libical's recurrence regression cases (shared/conformance/rrule/icalrecur_test.txt) and
 * expands them with our engine, in the file's own notation (19970902T090000, 20120229T120000Z, 20241024).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { localToSeconds, secondsToLocal } from '../../../src/core/time/datetime.js';
import { expandRule } from '../../../src/core/time/expand.js';
import { parseRRule } from '../../../src/core/time/rrule.js';

export interface ConformanceCase {
  /** The case's comment lines, or its RRULE when it has none. */
  name: string;
  rrule: string;
  dtstart: string;
  /** "Instances from this point": the tail of `instances` an iterator started here must give. */
  startAt?: string;
  /** Expected instances, or the error text libical reports. */
  instances: string[];
  error?: string;
}

export const CONFORMANCE_FILE = resolve(process.cwd(), '../shared/conformance/rrule/icalrecur_test.txt');

export function readConformanceCases(path = CONFORMANCE_FILE): ConformanceCase[] {
  const cases: ConformanceCase[] = [];
  for (const block of readFileSync(path, 'utf8').split(/\r?\n\s*\r?\n/)) {
    const comments: string[] = [];
    const fields = new Map<string, string>();
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith('#')) comments.push(line.replace(/^#\s*/, ''));
      else if (line.includes(':')) fields.set(line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim());
    }
    const rrule = fields.get('RRULE');
    if (!rrule) continue;
    const instancesText = fields.get('INSTANCES') ?? '';
    const isError = instancesText.startsWith('***');
    cases.push({
      name: comments.join(' / ') || rrule,
      rrule,
      dtstart: fields.get('DTSTART')!,
      startAt: fields.get('START-AT'),
      instances: isError || instancesText === '' ? [] : instancesText.split(','),
      error: isError ? instancesText.replace(/^\*+\s*/, '') : undefined,
    });
  }
  return cases;
}

/** "19970902T090000" / "…Z" / "20241024" → ISO local text. */
function basicToLocal(value: string): string {
  const text = value.replace(/Z$/, '');
  return text.length === 8
    ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`
    : `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}T${text.slice(9, 11)}:${text.slice(11, 13)}:${text.slice(13, 15)}`;
}

/**
 * Expands a case's rule from its DTSTART. The file's times are floating or UTC, so they are read in
 * UTC; `from` starts the iterator later (our skip-ahead path), as libical's START-AT does.
 */
export function expandCase(testCase: Pick<ConformanceCase, 'rrule' | 'dtstart'>, from?: string): string[] {
  const rule = parseRRule(testCase.rrule);
  const dateOnly = testCase.dtstart.length === 8;
  const suffix = testCase.dtstart.endsWith('Z') ? 'Z' : '';
  const starts = expandRule(rule, {
    start: localToSeconds(basicToLocal(testCase.dtstart)),
    dateOnly,
    timeZone: 'UTC',
    from: from === undefined ? undefined : localToSeconds(basicToLocal(from)),
  });
  const result: string[] = [];
  for (const start of starts) {
    result.push(secondsToLocal(start, dateOnly).replace(/[-:]/g, '') + suffix);
    if (result.length > 5000) break;
  }
  return result;
}
