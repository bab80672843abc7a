/**
 * A scripted `fetch` for the store's Node tests: each URL answers from its own queue (the last answer
 * repeats), every call is recorded, and "hang" waits for the abort signal like a silent server.
 */
import type { PageCache, CachedPage } from '../../src/data/page-cache.js';
import type { Sleep } from '../../src/data/retry.js';

export type Answer =
  | { status?: number; statusText?: string; body?: unknown; text?: string; headers?: Record<string, string> }
  | 'network-error'
  | 'hang';

export interface RecordedCall {
  url: string;
  headers: Record<string, string>;
  signal: AbortSignal | undefined;
}

export interface FakeNetwork {
  fetch: typeof fetch;
  calls: RecordedCall[];
  callsTo(url: string): RecordedCall[];
  /** Replaces the answers for `url` from now on. */
  answer(url: string, ...answers: Answer[]): void;
}

export function fakeNetwork(routes: Record<string, Answer[]> = {}): FakeNetwork {
  const queues = new Map(Object.entries(routes).map(([url, answers]) => [url, [...answers]]));
  const calls: RecordedCall[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    calls.push({ url, headers, signal: init?.signal ?? undefined });
    const queue = queues.get(url);
    const answer: Answer = queue && queue.length > 1 ? (queue.shift() as Answer) : (queue?.[0] ?? { status: 404, text: 'Not Found' });
    if (answer === 'network-error') throw new TypeError('fetch failed');
    if (answer === 'hang') {
      return new Promise((_, reject) => {
        const signal = init?.signal;
        if (signal?.aborted) reject(signal.reason);
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    const status = answer.status ?? 200;
    const body = status === 304 ? null : (answer.text ?? JSON.stringify(answer.body));
    return new Response(body, {
      status,
      statusText: answer.statusText ?? '',
      headers: { 'Content-Type': 'application/json', ...answer.headers },
    });
  };
  return {
    fetch: fetchImpl as typeof fetch,
    calls,
    callsTo: (url) => calls.filter((call) => call.url === url),
    answer: (url, ...answers) => queues.set(url, answers),
  };
}

/** A sleep that records each requested delay and returns at once (still honouring abort). */
export function recordingSleep(): Sleep & { delays: number[] } {
  const delays: number[] = [];
  const sleep = (async (ms: number, signal?: AbortSignal) => {
    delays.push(ms);
    await Promise.resolve();
    if (signal?.aborted) throw signal.reason;
  }) as Sleep & { delays: number[] };
  sleep.delays = delays;
  return sleep;
}

/** An in-memory `PageCache`, standing in for Cache Storage, which Node lacks. */
export class MemoryPageCache implements PageCache {
  readonly entries = new Map<string, CachedPage>();
  async read(url: string): Promise<CachedPage | undefined> {
    return this.entries.get(url);
  }
  async write(url: string, text: string, etag: string | undefined): Promise<void> {
    this.entries.set(url, { json: JSON.parse(text), etag, storedAt: 0 });
  }
}

/** A small valid Learning Feed with one opportunity per name. */
export function feed(id: string, opportunityNames: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: '1.0',
    id,
    name: `Feed ${id}`,
    language: 'en',
    timeZone: 'Europe/London',
    opportunities: opportunityNames.map((name, index) => ({
      id: `${name.toLowerCase().replace(/\W+/g, '-')}-${index}`,
      name,
      startDate: '2026-12-01T18:00',
    })),
    ...extra,
  };
}
