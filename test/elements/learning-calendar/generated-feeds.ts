/** Feeds made in the test, served as blob: URLs, for sizes and titles the fixtures do not have. */

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface WeeklyFeedOptions {
  /** Title of series `index` (default "Stop 12"). */
  title?: (index: number) => string;
}

/**
 * `count` weekly series through 2026, like a mobile library's stops: series `index` meets on weekday
 * `index % 7` (0 = Monday) at a time between 09:00 and 16:30, in Europe/London.
 */
export function weeklyFeedUrl(count: number, options: WeeklyFeedOptions = {}): string {
  const opportunities = Array.from({ length: count }, (_, index) => {
    const minutes = 9 * 60 + (index % 16) * 30;
    const time = (total: number) => `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
    return {
      id: `stop-${index}`,
      type: 'sessionSeries',
      name: options.title?.(index) ?? `Stop ${index}`,
      eventSchedule: [{
        repeatFrequency: 'P1W',
        byDay: [WEEKDAYS[index % 7]],
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        startTime: time(minutes),
        endTime: time(minutes + 30),
        scheduleTimezone: 'Europe/London',
      }],
    };
  });
  const feed = { version: '1.0', id: 'https://example.org/generated.json', language: 'en', timeZone: 'Europe/London', opportunities };
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}

/** How many meetings `weeklyFeedUrl(count)` has in a month (1–12) of 2026, counted from the weekdays of its days. */
export function weeklyMeetingsIn(count: number, month: number): number {
  let meetings = 0;
  for (let day = 1; day <= new Date(Date.UTC(2026, month, 0)).getUTCDate(); day++) {
    const mondayFirst = (new Date(Date.UTC(2026, month - 1, day)).getUTCDay() + 6) % 7;
    meetings += Math.floor(count / 7) + (mondayFirst < count % 7 ? 1 : 0);
  }
  return meetings;
}

/** `count` one-hour sessions on one day (YYYY-MM-DD) in Europe/London, starting every 5 minutes from 08:00. */
export function oneDayFeedUrl(count: number, day: string): string {
  const opportunities = Array.from({ length: count }, (_, index) => {
    const minutes = 8 * 60 + ((index * 5) % (14 * 60));
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return { id: `session-${index}`, name: `Session ${index}`, eventAttendanceMode: 'online', startDate: `${day}T${time}`, duration: 'PT1H' };
  });
  const feed = { version: '1.0', id: 'https://example.org/one-day.json', language: 'en', timeZone: 'Europe/London', opportunities };
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}
