/**
 * A polite live region's text, updated only once results have settled: typing "coding" reads out one
 * count, not six. Kept apart from the visible count so screen readers hear it without it moving.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LiveAnnouncer implements ReactiveController {
  /** What the live region says now. */
  text = '';
  private pending?: ReturnType<typeof setTimeout>;
  private last?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs = 800,
  ) {
    host.addController(this);
  }

  /** Say `message` after `delayMs` of quiet. The first message is only remembered: it is already on screen. */
  announce(message: string): void {
    if (this.last === undefined) this.last = message;
    if (message === this.last) {
      clearTimeout(this.pending);
      return;
    }
    clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.last = message;
      this.text = message;
      this.host.requestUpdate();
    }, this.delayMs);
  }

  hostDisconnected(): void {
    clearTimeout(this.pending);
  }
}
