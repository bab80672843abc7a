/**
 * Reads `eventSchedule` through core/time's `scheduleToSpec`, which owns the meaning of a Schedule
 * (weekdays, frequencies, rrule). This module only turns its relative problem paths into pointers
 * and keeps one bad schedule from costing the opportunity its other schedules.
 */
import type { ScheduleSpec } from '../model.js';
import { scheduleToSpec, type SchemaScheduleInput } from '../time/schedule.js';
import { jsonTypeName, pointerTo, type ProblemLog } from './problems.js';
import { field, isRecord, listItemPointer, readList, type ReadContext } from './values.js';

/** Long enough for any honest message; a schedule message quoting a 10 MB value is cut. */
const MAX_MESSAGE_LENGTH = 400;

function cut(text: string | undefined): string | undefined {
  return text !== undefined && text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;
}

export interface ScheduleDefaults {
  timeZone: string;
  /** The opportunity's `duration`: the length of each occurrence when the schedule gives none. */
  durationSeconds?: number;
}

/**
 * Whether a schedule must be copied without its nulls before it is read. Nearly every schedule is a
 * plain JSON object with none (and no "__proto__" key, which the copy turns into a prototype): that
 * one is read as it is, and 6 000 schedules make no copies.
 */
function needsCopy(record: Record<string, unknown>): boolean {
  if (Object.getPrototypeOf(record) !== Object.prototype) return true;
  for (const name of Object.keys(record)) if (record[name] === null || name === '__proto__') return true;
  return false;
}

function readOneSchedule(record: Record<string, unknown>, pointer: string, log: ProblemLog, defaults: ScheduleDefaults): ScheduleSpec | undefined {
  // Null means "not given" everywhere in a feed; scheduleToSpec reads only what is there.
  let given = record;
  if (needsCopy(record)) {
    given = {};
    for (const [name, value] of Object.entries(record)) {
      if (value === null) log.warning(pointerTo(pointer, name), `${name} is null.`, 'Leave the field out instead of writing null.');
      else given[name] = value;
    }
  }
  let result: ReturnType<typeof scheduleToSpec>;
  try {
    result = scheduleToSpec(given as SchemaScheduleInput, { timeZone: defaults.timeZone });
  } catch (error) {
    log.error(pointer, `This schedule could not be read: ${cut(error instanceof Error ? error.message : String(error))}`);
    return undefined;
  }
  for (const problem of result.problems) {
    const message = cut(/[.!?]$/.test(problem.message) ? problem.message : `${problem.message}.`)!;
    const hint = cut(problem.hint === undefined || /[.!?]$/.test(problem.hint) ? problem.hint : `${problem.hint}.`);
    log.error(pointer + problem.path, message, hint);
  }
  const spec = result.spec;
  if (!spec) return undefined;
  const givesLength = field(record, 'duration') !== undefined || field(record, 'endTime') !== undefined;
  if (!spec.allDay && spec.durationSeconds === 0 && !givesLength && defaults.durationSeconds !== undefined) {
    return { ...spec, durationSeconds: defaults.durationSeconds };
  }
  return spec;
}

/** Every readable schedule of `eventSchedule` (one object or a list). */
export function readSchedules(value: unknown, pointer: string, context: ReadContext, defaults: ScheduleDefaults): ScheduleSpec[] {
  // schema.org allows one Schedule as well as a list; a single object is read without complaint.
  const list = isRecord(value) ? [value] : readList(value, pointer, context);
  if (!list) return [];
  const specs: ScheduleSpec[] = [];
  list.forEach((entry, index) => {
    const at = listItemPointer(value, pointer, index);
    if (!isRecord(entry)) {
      context.log.error(at, `This schedule is ${jsonTypeName(entry)}, not an object, so it was ignored.`, 'Write {"repeatFrequency": "P1W", "byDay": ["TU"], "startDate": "…", "startTime": "18:00"}.');
      return;
    }
    const spec = readOneSchedule(entry, at, context.log, defaults);
    if (spec) specs.push(spec);
  });
  return specs;
}
