import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatLocalDate, parseLocalDate } from '../../../src/core/calendar/local-date.js';
import { focusOn, moveFocus, type GridFocus, type GridNavigationOptions } from '../../../src/core/calendar/navigation.js';

const mondayFirst: GridNavigationOptions = { firstDay: 1 };

function start(text: string): GridFocus {
  const date = parseLocalDate(text);
  assert.ok(date);
  return focusOn(date);
}

/** Presses the keys in turn and lists the focused dates after each. */
function walk(from: string, keys: Array<string | [string, 'shift']>, options = mondayFirst): string[] {
  let focus = start(from);
  return keys.map((entry) => {
    const [key, shift] = typeof entry === 'string' ? [entry, undefined] : entry;
    const next = moveFocus(focus, { key, shiftKey: shift === 'shift' }, options);
    assert.ok(next, `${key} should move`);
    focus = next;
    return formatLocalDate(focus.date);
  });
}

describe('date grid keyboard movement (APG)', () => {
  it('arrows move by a day and a week', () => {
    assert.deepEqual(walk('2026-03-31', ['ArrowRight', 'ArrowLeft', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'ArrowUp']),
      ['2026-04-01', '2026-03-31', '2026-03-30', '2026-04-06', '2026-03-30', '2026-03-23']);
  });

  it('mirrors left and right in right-to-left layouts', () => {
    assert.deepEqual(walk('2026-03-31', ['ArrowRight', 'ArrowLeft', 'ArrowLeft'], { firstDay: 6, direction: 'rtl' }),
      ['2026-03-30', '2026-03-31', '2026-04-01']);
  });

  it('Home and End go to the edges of the week for the locale', () => {
    assert.deepEqual(walk('2026-04-01', ['Home', 'End']), ['2026-03-30', '2026-04-05']);
    assert.deepEqual(walk('2026-04-01', ['Home', 'End'], { firstDay: 7 }), ['2026-03-29', '2026-04-04']);
    assert.deepEqual(walk('2026-04-01', ['Home'], { firstDay: 6 }), ['2026-03-28']);
  });

  it('PageUp keeps the day the visitor started from where the month has it', () => {
    assert.deepEqual(walk('2026-01-31', ['PageUp', 'PageUp', 'PageUp', 'PageUp']),
      ['2025-12-31', '2025-11-30', '2025-10-31', '2025-09-30']);
  });

  it('PageDown from the 31st comes back to the 31st after a short month', () => {
    assert.deepEqual(walk('2026-01-31', ['PageDown', 'PageDown', 'PageDown', 'PageDown']),
      ['2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31']);
  });

  it('Shift+PageUp and Shift+PageDown move by a year and find 29 February again', () => {
    const back = walk('2024-02-29', [['PageUp', 'shift'], ['PageUp', 'shift'], ['PageUp', 'shift'], ['PageUp', 'shift']]);
    assert.deepEqual(back, ['2023-02-28', '2022-02-28', '2021-02-28', '2020-02-29']);
    assert.deepEqual(walk('2024-02-29', [['PageDown', 'shift'], ['PageDown', 'shift'], ['PageDown', 'shift'], ['PageDown', 'shift']]),
      ['2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29']);
  });

  it('any other move forgets the remembered day', () => {
    assert.deepEqual(walk('2026-01-31', ['PageUp', 'PageUp', 'ArrowLeft', 'PageUp']),
      ['2025-12-31', '2025-11-30', '2025-11-29', '2025-10-29']);
  });

  it('leaves Tab, letters and Enter to the browser', () => {
    for (const key of ['Tab', 'Enter', ' ', 'a', 'Escape']) assert.equal(moveFocus(start('2026-01-01'), { key }, mondayFirst), undefined);
  });
});
