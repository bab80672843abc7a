/**
 * Whether the host is narrower than a width, from a ResizeObserver on the host itself (a calendar in a
 * sidebar is narrow on a wide screen). The observer and any pending frame go with the disconnection and
 * come back with the next connection, so a removed calendar keeps nothing alive and a moved one still works.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class NarrowController implements ReactiveController {
  private observer: ResizeObserver | undefined;
  private frame = 0;
  private isNarrow = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly maxWidth: number,
  ) {
    host.addController(this);
  }

  /** True once the host has been measured narrower than the width. */
  get narrow(): boolean {
    return this.isNarrow;
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((records) => {
      const width = records[0]?.contentRect.width ?? 0;
      const narrow = width > 0 && width < this.maxWidth;
      if (width === 0) return; // not laid out (display: none): keep what it was
      cancelAnimationFrame(this.frame); // a newer size wins over one still waiting for its frame
      this.frame = 0;
      if (narrow === this.isNarrow) return;
      // Changing the view changes the height: apply it next frame, outside the observer's delivery loop.
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.isNarrow = narrow;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
