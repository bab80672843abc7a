/**
 * Leniency for RRULE values found in the wild: an unknown rule part ("UNTL=20191023", an X- part)
 * is dropped with a warning, as ical.js and most calendar apps do, instead of losing the whole
 * series; a rule the recurrence engine still cannot read is reported and left out.
 */
import { parseRRule, RRuleError } from '../../time/rrule.js';

const RULE_PARTS = new Set([
  'FREQ', 'UNTIL', 'COUNT', 'INTERVAL', 'BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH', 'BYSETPOS', 'WKST',
]);

export interface RuleCheck {
  /** The usable rule, or undefined when none is left. */
  rule?: string;
  warnings: string[];
  error?: string;
}

export function checkRule(text: string): RuleCheck {
  const warnings: string[] = [];
  const kept: string[] = [];
  for (const part of text.trim().replace(/^RRULE:/i, '').split(';')) {
    if (part.trim() === '') continue;
    const name = part.split('=')[0]!.trim().toUpperCase();
    if (RULE_PARTS.has(name)) {
      kept.push(part.trim());
      continue;
    }
    const guess = [...RULE_PARTS].find((known) => known.startsWith(name.slice(0, 2)) && Math.abs(known.length - name.length) <= 1);
    warnings.push(`RRULE part "${part.trim()}" is not an RFC 5545 rule part and was ignored${guess ? ` (did you mean ${guess}?)` : ''}`);
  }
  // COUNT=-1 (a "no limit" some producers write) or COUNT beside UNTIL: the UNTIL is the intent.
  const count = kept.find((part) => /^COUNT=/i.test(part));
  if (count && (!/^COUNT=\d+$/i.test(count) || Number(count.slice(6)) < 1 || kept.some((part) => /^UNTIL=/i.test(part)))) {
    kept.splice(kept.indexOf(count), 1);
    warnings.push(`RRULE part "${count}" is ${kept.some((part) => /^UNTIL=/i.test(part)) ? 'not allowed beside UNTIL' : 'not a count of 1 or more'} and was ignored`);
  }
  const rule = kept.join(';');
  try {
    parseRRule(rule);
    return { rule, warnings };
  } catch (error) {
    if (!(error instanceof RRuleError)) throw error;
    return { warnings, error: `RRULE "${text.trim()}" cannot be used: ${error.message}` };
  }
}
