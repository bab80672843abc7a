/**
 * The end-to-end test's small harness: named cases with a pass/fail tally, a watch on each page for
 * console errors, page errors and failed requests, and `eventually` for what a visitor waits for.
 *
 * Map tiles: the pages use OpenStreetMap's tiles, as real visitors get them, and this machine has no
 * network. A tile image that cannot load is the network's failure, not ours, so exactly two things are
 * set aside (and counted): a `requestfailed` for an image on a tile host, and Chromium's own console
 * line for it ("Failed to load resource: …" whose source URL is that tile). Anything else on a tile host,
 * and every other console error, page error, HTTP error status or failed request, fails the case, except
 * requests the page itself cancelled (net::ERR_ABORTED; see onRequestFailed).
 */
import type { ConsoleMessage, Page, Request, Response } from 'playwright-core';

/** OpenStreetMap's tile servers (the map's default `tiles`), with or without the old a/b/c subdomains. */
const TILE_HOST = /^(?:[abc]\.)?tile\.openstreetmap\.org$/;

function isTileUrl(url: string): boolean {
  try {
    return TILE_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Everything that went wrong on one page, as readable lines. */
export class PageWatch {
  readonly problems: string[] = [];
  readonly warnings: string[] = [];
  tileFailures = 0;
  /** Console errors a case expects (e.g. a feed it asks for on purpose that does not exist). */
  private readonly allowed: RegExp[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => this.onConsole(message));
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.stack ?? error.message}`));
    page.on('requestfailed', (request) => this.onRequestFailed(request));
    page.on('response', (response) => this.onResponse(response));
  }

  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  private onConsole(message: ConsoleMessage): void {
    const text = message.text();
    if (message.type() === 'warning') this.warnings.push(text);
    if (message.type() !== 'error') return;
    const source = message.location().url;
    if (text.startsWith('Failed to load resource') && isTileUrl(source)) return; // counted in onRequestFailed
    if (this.allowed.some((pattern) => pattern.test(text))) return;
    this.problems.push(`console error: ${text}${source ? ` (${source})` : ''}`);
  }

  private onRequestFailed(request: Request): void {
    if (request.resourceType() === 'image' && isTileUrl(request.url())) {
      this.tileFailures++;
      return;
    }
    // Cancelled by the page on purpose (a widget removed mid-load disposes its store; a newer feed check
    // replaces an older one). A real failure still shows: as an HTTP status, or as the widgets' console error.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    this.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  }

  private onResponse(response: Response): void {
    if (response.status() >= 400) this.problems.push(`HTTP ${response.status()} for ${response.url()}`);
  }

  /** Throws with every problem seen so far. */
  assertClean(): void {
    if (this.problems.length) throw new Error(`the page reported problems:\n    ${this.problems.join('\n    ')}`);
  }
}

/** Retries `check` (which throws while the page is not there yet) until it passes or `timeoutMs` runs out. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 20_000, intervalMs = 150): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

export interface CaseResult {
  name: string;
  error?: unknown;
  ms: number;
}

/** Runs named cases one after another and prints one line each, then the tally. */
export class Suite {
  readonly results: CaseResult[] = [];

  async run(name: string, body: () => Promise<void>): Promise<void> {
    const started = Date.now();
    try {
      await body();
      this.results.push({ name, ms: Date.now() - started });
      console.log(`  ok    ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      this.results.push({ name, error, ms: Date.now() - started });
      const message = error instanceof Error ? error.message : String(error);
      console.log(`  FAIL  ${name}\n        ${message.split('\n').join('\n        ')}`);
    }
  }

  get failed(): number {
    return this.results.filter((result) => result.error !== undefined).length;
  }

  get passed(): number {
    return this.results.length - this.failed;
  }
}
