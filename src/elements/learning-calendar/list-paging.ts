/**
 * "Show more" paging of one list of events (the list view, a day's dialog): how many it draws, starting
 * again for a new period or day, and which event takes focus once the next page is drawn — the first one
 * added, so a keyboard user carries on where the new events begin.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AGENDA_PAGE_SIZE, nextAgendaLimit } from '../../core/calendar/index.js';
import type { AgendaPaging } from './agenda-view.js';

export class ListPaging implements ReactiveController, AgendaPaging {
  limit = AGENDA_PAGE_SIZE;
  private focusIndex?: number;
  private shownFor?: unknown;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    /** The list's event buttons, in order. */
    private readonly buttons: string,
  ) {
    host.addController(this);
  }

  /** Back to the first page when the list shows something else (`key`: its days, or its day). */
  startFor(key: unknown): void {
    if (key === this.shownFor) return;
    this.shownFor = key;
    this.limit = AGENDA_PAGE_SIZE;
  }

  reset(): void {
    this.shownFor = undefined;
    this.limit = AGENDA_PAGE_SIZE;
  }

  showMore = (shown: number, total: number): void => {
    this.limit = nextAgendaLimit(shown, total);
    this.focusIndex = shown;
    this.host.requestUpdate();
  };

  hostUpdated(): void {
    if (this.focusIndex === undefined) return;
    this.host.renderRoot.querySelectorAll<HTMLElement>(this.buttons)[this.focusIndex]?.focus();
    this.focusIndex = undefined;
  }
}
