/**
 * Builds the BEGIN/END component tree of an iCalendar stream. Lenient: a bad line or a stray END
 * is reported with its line number and skipped, so the good events of a damaged file survive.
 */
import { parseContentLine, unfoldLines, type ContentLine } from './content-lines.js';

export interface IcsComponent {
  /** Component name, upper-cased ("VCALENDAR", "VEVENT", "STANDARD"). */
  name: string;
  line: number;
  properties: ContentLine[];
  components: IcsComponent[];
}

export interface LexProblem {
  message: string;
  line: number;
  severity: 'error' | 'warning';
}

export interface ParsedComponents {
  /** Top-level components, normally one or more VCALENDARs. */
  roots: IcsComponent[];
  problems: LexProblem[];
}

const TOP_LEVEL = new Set(['VEVENT', 'VTODO', 'VJOURNAL', 'VFREEBUSY', 'VTIMEZONE']);

export function parseComponents(text: string): ParsedComponents {
  const problems: LexProblem[] = [];
  const roots: IcsComponent[] = [];
  const stack: IcsComponent[] = [];
  for (const physical of unfoldLines(text)) {
    const parsed = parseContentLine(physical);
    if ('error' in parsed) {
      problems.push({ message: parsed.error, line: physical.line, severity: 'error' });
      continue;
    }
    if (parsed.name === 'BEGIN') {
      const component: IcsComponent = { name: parsed.value.trim().toUpperCase(), line: parsed.line, properties: [], components: [] };
      // VEVENT, VTODO, … only live in a VCALENDAR: one starting inside another means the one
      // before lost its END (a typo such as END:VTOOD), so close it rather than swallow the rest.
      if (TOP_LEVEL.has(component.name) && stack.some((open) => open.name === 'VCALENDAR')) {
        while (stack.length && stack[stack.length - 1]!.name !== 'VCALENDAR') {
          const unclosed = stack.pop()!;
          problems.push({ message: `BEGIN:${unclosed.name} (line ${unclosed.line}) has no END:${unclosed.name} before BEGIN:${component.name}; it was closed there`, line: parsed.line, severity: 'warning' });
        }
      }
      const parent = stack[stack.length - 1];
      if (parent) parent.components.push(component);
      else roots.push(component);
      stack.push(component);
    } else if (parsed.name === 'END') {
      const name = parsed.value.trim().toUpperCase();
      const openIndex = stack.map((component) => component.name).lastIndexOf(name);
      if (openIndex < 0) {
        problems.push({ message: `END:${name} without a matching BEGIN:${name}`, line: parsed.line, severity: 'error' });
        continue;
      }
      for (const unclosed of stack.splice(openIndex + 1)) {
        problems.push({
          message: `BEGIN:${unclosed.name} (line ${unclosed.line}) is closed by END:${name} without its own END:${unclosed.name}`,
          line: parsed.line,
          severity: 'warning',
        });
      }
      stack.pop();
    } else {
      const current = stack[stack.length - 1];
      if (current) current.properties.push(parsed);
      else problems.push({ message: `${parsed.name} is outside any BEGIN/END component`, line: parsed.line, severity: 'warning' });
    }
  }
  for (const unclosed of stack) {
    problems.push({ message: `BEGIN:${unclosed.name} is never closed with END:${unclosed.name}`, line: unclosed.line, severity: 'warning' });
  }
  return { roots, problems };
}

/** All direct children named `name` (upper-case). */
export function childrenNamed(component: IcsComponent, name: string): IcsComponent[] {
  return component.components.filter((child) => child.name === name);
}

export function property(component: IcsComponent, name: string): ContentLine | undefined {
  return component.properties.find((line) => line.name === name);
}

export function properties(component: IcsComponent, name: string): ContentLine[] {
  return component.properties.filter((line) => line.name === name);
}
