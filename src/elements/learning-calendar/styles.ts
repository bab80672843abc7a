import { css } from 'lit';
import { hostBackground, themeStyles } from '../shared/styles.js';

/** The calendar's look; its custom properties and parts are listed on LearningCalendar (learning-calendar.ts). */
export const calendarStyles = css`
  ${themeStyles}
  ${hostBackground}
  :host {
    display: block;
    container-type: inline-size;
    --_calendar-accent: var(--learning-calendar-accent, var(--_accent));
    --_calendar-border: var(--learning-calendar-border, var(--_border));
    --_event-bg: var(--learning-calendar-event-background, color-mix(in srgb, var(--_calendar-accent) 12%, transparent));
  }
  :host([hidden]) { display: none; }
  .visually-hidden {
    position: absolute; inline-size: 1px; block-size: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  button { font: inherit; color: inherit; }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .header { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; margin-block-end: 0.75rem; }
  .header h2 { flex: 1 1 12rem; margin: 0; font-size: 1.25em; }
  .nav, .views { display: flex; gap: 0.25rem; }
  .nav button, .views button {
    padding: 0.35rem 0.7rem; border: 1px solid var(--_calendar-border); border-radius: 0.35rem; background: transparent; cursor: pointer;
  }
  .views button[aria-pressed='true'] { background: var(--_calendar-accent); color: var(--_on-accent); border-color: var(--_calendar-accent); }
  .nav .arrow { min-inline-size: 2.25rem; }
  :host(:dir(rtl)) .arrow span, .rtl .arrow span { display: inline-block; transform: scaleX(-1); }
  ul { list-style: none; margin: 0; padding: 0; }
  .event {
    display: block; inline-size: 100%; box-sizing: border-box; margin: 0 0 2px; padding: 0.1rem 0.3rem; text-align: start;
    border: 0; border-inline-start: 3px solid var(--_calendar-accent); border-radius: 0.2rem; background: var(--_event-bg); cursor: pointer;
  }
  .status-cancelled .title { text-decoration: line-through; }
  .status { font-weight: 600; }
  .event .status { display: block; font-size: 0.85em; }
  .month { inline-size: 100%; table-layout: fixed; border-collapse: collapse; }
  .month th { padding: 0.25rem; font-weight: 600; text-align: center; }
  .month td {
    block-size: var(--learning-calendar-cell-min-height, 6.5rem); padding: 0.2rem; vertical-align: top;
    border: 1px solid var(--_calendar-border); overflow: hidden;
  }
  .month td.outside { background: var(--learning-calendar-outside-background, color-mix(in srgb, currentColor 6%, transparent)); }
  .month td.outside .day-number { color: color-mix(in srgb, currentColor 70%, transparent); }
  .day-number {
    display: block; min-inline-size: 1.8rem; margin-block-end: 0.15rem; padding: 0.1rem 0.3rem; border: 0; border-radius: 0.3rem;
    background: none; font-size: 0.9em; text-align: start; cursor: pointer;
  }
  .today .day-number { font-weight: 700; color: var(--_calendar-accent); }
  .month .event { font-size: 0.8em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .month .event .status { display: inline; }
  .more { padding: 0 0.3rem; border: 0; background: none; font-size: 0.8em; text-decoration: underline; cursor: pointer; }
  .print-only { display: none; }
  /* Long titles never widen the page: a month chip ends in an ellipsis (the whole title stays in its
     content, so in its name) and holds its screen-reader-only text inside it; elsewhere titles wrap. */
  .event { position: relative; min-inline-size: 0; overflow-wrap: anywhere; }
  .month td, .week-day, .agenda, .agenda-day { min-inline-size: 0; }
  .agenda-shown { margin-block: 0.75rem 0.25rem; font-size: 0.9em; }
  .show-more {
    padding: 0.4rem 0.8rem; border: 1px solid var(--_calendar-border); border-radius: 0.35rem; background: transparent; cursor: pointer;
  }
  .week { display: grid; grid-template-columns: 4rem repeat(7, minmax(0, 1fr)); }
  .week-head { display: contents; }
  .week-day { padding: 0.25rem; border-block-end: 1px solid var(--_calendar-border); min-inline-size: 0; }
  .week-day h3 { margin: 0 0 0.25rem; font-size: 0.95em; font-weight: 600; text-align: center; }
  .week-day.today h3 { color: var(--_calendar-accent); }
  .week .all-day .event { font-size: 0.8em; }
  .time-grid {
    grid-column: 1 / -1; display: grid; grid-template-columns: 4rem repeat(7, minmax(0, 1fr));
    max-block-size: var(--learning-calendar-week-max-height, 36rem); overflow-y: auto;
  }
  .hours, .day-column { block-size: calc(24 * var(--learning-calendar-hour-height, 3rem)); }
  .hour { block-size: var(--learning-calendar-hour-height, 3rem); font-size: 0.75em; text-align: end; padding-inline-end: 0.3rem; transform: translateY(-0.6em); }
  .day-column {
    position: relative; border-inline-start: 1px solid var(--_calendar-border);
    background-image: linear-gradient(to bottom, var(--_calendar-border) 1px, transparent 1px);
    background-size: 100% var(--learning-calendar-hour-height, 3rem);
  }
  .timed { position: absolute; box-sizing: border-box; padding-inline-end: 2px; }
  .timed .event { block-size: 100%; overflow: hidden; font-size: 0.8em; }
  .event .time, .event .place { display: block; }
  .month .event .time { display: inline; }
  .agenda-day h3 { margin: 1rem 0 0.4rem; font-size: 1em; border-block-end: 1px solid var(--_calendar-border); }
  .agenda .event { padding: 0.4rem 0.6rem; margin-block-end: 0.35rem; }
  .agenda .event .title { font-weight: 600; }
  dialog {
    max-inline-size: min(32rem, 90vw); border: 1px solid var(--_calendar-border); border-radius: var(--_radius);
    background: var(--_surface); color: inherit;
  }
  dialog h2 { margin-block-start: 0; font-size: 1.15em; }
  dialog .close { margin-block-start: 1rem; padding: 0.35rem 0.8rem; }
  .selected-occurrence { display: flex; flex-wrap: wrap; gap: 0.25rem 0.6rem; margin-block-start: 0; }
  .message { padding: 1rem; }
  @media (prefers-reduced-motion: no-preference) {
    .time-grid { scroll-behavior: smooth; }
  }
  @media (forced-colors: active) {
    .event { border: 1px solid ButtonText; }
    .views button[aria-pressed='true'] { forced-color-adjust: none; background: Highlight; color: HighlightText; }
  }
  @media print {
    .nav, .views, .more, .show-more, dialog { display: none; }
    .print-only { display: list-item; }
    .month td { block-size: auto; overflow: visible; break-inside: avoid; }
    .month .event, .agenda .event { white-space: normal; background: none; border-inline-start-width: 2px; color: black; }
    .agenda-day { break-inside: avoid; }
    .time-grid { max-block-size: none; overflow: visible; }
  }
`;
