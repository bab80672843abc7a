import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { firstDayFromTable, firstDayOfWeek, parseFirstDay } from '../../../src/core/calendar/week-start.js';

describe('first day of the week', () => {
  it('follows the locale: Monday in Britain and France, Sunday in the US and Korea, Saturday in Egypt', () => {
    assert.equal(firstDayOfWeek('en-GB'), 1);
    assert.equal(firstDayOfWeek('fr-FR'), 1);
    assert.equal(firstDayOfWeek('en-US'), 7);
    assert.equal(firstDayOfWeek('ko'), 7);
    assert.equal(firstDayOfWeek('ar-EG'), 6);
  });

  it('honours the -u-fw- extension', () => {
    assert.equal(firstDayOfWeek('en-GB-u-fw-sun'), 7);
    assert.equal(firstDayFromTable('en-US-u-fw-mon'), 1);
  });

  it('the fallback table agrees with Intl for the supported UI locales and common regions', () => {
    for (const tag of ['en-GB', 'en-US', 'fr', 'es', 'es-MX', 'de', 'ko', 'ar', 'ar-EG', 'ar-AE', 'ar-SA', 'dv-MV', 'zh-CN', 'pt-BR', 'ja', 'he-IL', 'en-IN']) {
      assert.equal(firstDayFromTable(tag), firstDayOfWeek(tag), tag);
    }
  });

  it('gives Monday for a tag Intl refuses, without throwing', () => {
    assert.equal(firstDayOfWeek('not a tag!'), 1);
  });

  it('reads first-day attribute values', () => {
    assert.deepEqual(['1', '7', '0', 'sunday', 'Sat', 'wed'].map(parseFirstDay), [1, 7, 7, 7, 6, 3]);
    assert.deepEqual(['8', 'someday', 'mondays', '', null].map(parseFirstDay), [undefined, undefined, undefined, undefined, undefined]);
  });
});
