/**
 * The per-locale words: English until a locale is loaded, that locale's words after, for any tag of
 * its language; and the schedule words an element loads say what core's own table says.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeTiming, describeTimingWith } from '../../src/core/describe/index.js';
import type { Opportunity, ScheduleSpec } from '../../src/core/model.js';
import { scheduleMessages, sharedMessages } from '../../src/elements/shared/messages.js';
import { isLocaleSettled, loadLocale } from '../../src/i18n/catalog.js';

const schedule: ScheduleSpec = {
  start: '2026-03-05T10:00:00', durationSeconds: 1200, allDay: false, timeZone: 'Europe/London', rrule: 'FREQ=WEEKLY;INTERVAL=2', rdates: [], exdates: [],
};
const fortnightly: Pick<Opportunity, 'timing'> = { timing: { timeZone: 'Europe/London', allDay: false, schedules: [schedule], changes: [] } };

describe('UI words loaded per locale', () => {
  it('speaks English until a locale is loaded, then that locale for any tag of its language', async () => {
    assert.equal(isLocaleSettled('de'), false);
    assert.equal(sharedMessages.for('de-AT').loading, 'Loading…');
    await loadLocale('de');
    assert.equal(isLocaleSettled('de'), true);
    assert.equal(sharedMessages.for('de-AT').loading, 'Wird geladen…');
    assert.equal(sharedMessages.for('de').register, 'Anmelden');
    // Other languages are untouched by loading German.
    assert.equal(sharedMessages.for('es').register, 'Register');
    assert.equal(sharedMessages.for('pt-BR').register, 'Register');
  });

  it('gives an element the same schedule sentence as core’s own table, once the locale is in', async () => {
    await loadLocale('ar');
    for (const tag of ['en-GB', 'ar']) {
      assert.equal(describeTimingWith(fortnightly, tag, scheduleMessages.for(tag)), describeTiming(fortnightly, tag));
    }
    assert.match(describeTimingWith(fortnightly, 'ar', scheduleMessages.for('ar')), /كل أسبوعين/);
  });
});
