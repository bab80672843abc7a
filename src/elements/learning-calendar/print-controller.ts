/**
 * Whether the page is being printed. The month draws only the events that fit a cell on screen; a
 * printed month lists every event of each day, so the host draws those only while printing.
 *
 * `beforeprint` comes from window.print() and the browser's print command, and the page is laid out for
 * paper as soon as its listeners return (a script calling print() is still running, so Lit's update
 * microtask would come too late): `renderNow` must draw synchronously. A `print` media query covers
 * print previews and emulated print media. Every listener goes with the host's disconnection.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  private query: MediaQueryList | undefined;
  private inPrintEvent = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Requests an update and performs it before returning. */
    private readonly renderNow: () => void,
  ) {
    host.addController(this);
  }

  get printing(): boolean {
    return this.inPrintEvent || (this.query?.matches ?? false);
  }

  hostConnected(): void {
    this.query = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
    this.query?.addEventListener('change', this.onMediaChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onMediaChange);
    this.query = undefined;
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.inPrintEvent = false;
  }

  private readonly onMediaChange = (): void => this.host.requestUpdate();

  private readonly onBeforePrint = (): void => {
    this.inPrintEvent = true;
    this.renderNow();
  };

  private readonly onAfterPrint = (): void => {
    this.inPrintEvent = false;
    this.host.requestUpdate();
  };
}
