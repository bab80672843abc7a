/**
 * "Add to calendar": a downloadable .ics for any calendar app, and web links that open Google
 * Calendar's and Outlook's "new event" pages pre-filled. The web links carry the same times as the
 * .ics: wall-clock time with the zone for timed occurrences, dates for all-day ones.
 */
import type { Occurrence, Opportunity, Organization, Place } from '../../core/model.js';
import { exportOccurrenceIcs } from '../../core/formats/ics/export.js';

export interface CalendarEventText {
  title: string;
  details?: string;
  location?: string;
}

/** "2026-12-05T14:00:00+00:00" → "20261205T140000"; "2026-12-05" → "20261205". */
function compact(local: string): string {
  return local.slice(0, 19).replace(/[-:]/g, '');
}

/** The day after an inclusive last day, as Google's all-day end is exclusive. */
function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

export function googleCalendarUrl(occurrence: Occurrence, text: CalendarEventText): string {
  const dates = occurrence.allDay
    ? `${compact(occurrence.start)}/${compact(nextDay(occurrence.end))}`
    : `${compact(occurrence.start)}/${compact(occurrence.end)}`;
  const params = new URLSearchParams({ action: 'TEMPLATE', text: text.title, dates });
  if (!occurrence.allDay) params.set('ctz', occurrence.timeZone);
  if (text.details) params.set('details', text.details);
  if (text.location) params.set('location', text.location);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

export function outlookCalendarUrl(occurrence: Occurrence, text: CalendarEventText): string {
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: text.title,
    // Timed: RFC 3339 with the offset, so Outlook places it right whatever the viewer's zone.
    startdt: occurrence.start,
    enddt: occurrence.allDay ? nextDay(occurrence.end) : occurrence.end,
    allday: String(occurrence.allDay),
  });
  if (text.details) params.set('body', text.details);
  if (text.location) params.set('location', text.location);
  return `https://outlook.live.com/calendar/0/deeplink/compose?${params.toString()}`;
}

/** A file name from the title: letters and digits kept, at most 60 characters. */
export function icsFileName(title: string): string {
  const base = title.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${base || 'event'}.ics`;
}

export interface IcsDownloadInput {
  opportunity: Opportunity;
  occurrence: Occurrence;
  place?: Place;
  organizer?: Organization;
  language?: string;
  title: string;
}

/** Offers the occurrence as a .ics download (Blob + object URL, revoked after the click). */
export function downloadOccurrenceIcs(input: IcsDownloadInput): void {
  const text = exportOccurrenceIcs(input.opportunity, input.occurrence, {
    place: input.place,
    organizer: input.organizer,
    language: input.language,
  });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = icsFileName(input.title);
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
