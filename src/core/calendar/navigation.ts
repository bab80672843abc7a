/**
 * Keyboard movement in a date grid, after the WAI-ARIA APG date picker dialog:
 * https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/examples/datepicker-dialog/
 *
 * Month and year jumps remember the day the visitor started from (`anchorDay`): PageUp from 31 January
 * goes to 31 December, then 30 November, then back to 31 October, instead of drifting to the 30th for good.
 */
import { addDays, addMonths, endOfWeek, startOfWeek, type IsoWeekday, type LocalDate } from './local-date.js';

export interface GridFocus {
  /** The focused day. */
  readonly date: LocalDate;
  /** The day of the month month/year jumps aim for; reset by every other move. */
  readonly anchorDay: number;
}

export interface GridKeyPress {
  /** `KeyboardEvent.key`. */
  readonly key: string;
  readonly shiftKey?: boolean;
}

export interface GridNavigationOptions {
  firstDay: IsoWeekday;
  /** In right-to-left layouts the arrow keys follow what the eye sees: ArrowRight goes back a day. */
  direction?: 'ltr' | 'rtl';
}

/** Keys a date grid handles; anything else should be left to the browser (Tab must never be trapped). */
export const GRID_KEYS: ReadonlySet<string> = new Set([
  'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown',
]);

export function focusOn(date: LocalDate): GridFocus {
  return { date, anchorDay: date.day };
}

function byDays(focus: GridFocus, days: number): GridFocus {
  return focusOn(addDays(focus.date, days));
}

function byMonths(focus: GridFocus, months: number): GridFocus {
  return { date: addMonths(focus.date, months, focus.anchorDay), anchorDay: focus.anchorDay };
}

/** Where focus goes for a key press, or undefined when the key is not a grid key. */
export function moveFocus(focus: GridFocus, press: GridKeyPress, options: GridNavigationOptions): GridFocus | undefined {
  const forward = options.direction === 'rtl' ? -1 : 1;
  switch (press.key) {
    case 'ArrowRight':
      return byDays(focus, forward);
    case 'ArrowLeft':
      return byDays(focus, -forward);
    case 'ArrowDown':
      return byDays(focus, 7);
    case 'ArrowUp':
      return byDays(focus, -7);
    case 'Home':
      return focusOn(startOfWeek(focus.date, options.firstDay));
    case 'End':
      return focusOn(endOfWeek(focus.date, options.firstDay));
    case 'PageUp':
      return byMonths(focus, press.shiftKey ? -12 : -1);
    case 'PageDown':
      return byMonths(focus, press.shiftKey ? 12 : 1);
    default:
      return undefined;
  }
}
