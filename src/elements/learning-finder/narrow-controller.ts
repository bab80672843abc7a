/** Tracks whether the host is narrower than a threshold (its own width, not the window's: it may sit in a sidebar). */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class NarrowController implements ReactiveController {
  narrow = false;
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly thresholdPx: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((records) => {
      const width = records[0]?.contentRect.width ?? 0;
      if (width <= 0 || width < this.thresholdPx === this.narrow) return;
      // Next frame: re-laying out inside the observer's callback would trip its loop guard.
      requestAnimationFrame(() => {
        this.narrow = width < this.thresholdPx;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
