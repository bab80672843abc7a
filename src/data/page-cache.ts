/**
 * The optional second copy of each feed page in Cache Storage, so a page reloaded while a feed host
 * is down (or the visitor is offline) still shows the last good data, marked stale.
 *
 * Cache Storage is an optimisation: it is missing in Node, in insecure contexts and in some private
 * modes, and may throw on quota; every failure here is swallowed and the store simply has no copy.
 */

export interface CachedPage {
  json: unknown;
  etag?: string;
  /** Epoch ms when stored. */
  storedAt: number;
}

/** Where the store keeps copies that outlive the page. One implementation per storage technology. */
export interface PageCache {
  read(url: string): Promise<CachedPage | undefined>;
  /** `text` is the JSON as served; its length counts against the size cap. */
  write(url: string, text: string, etag: string | undefined): Promise<void>;
}

export interface CacheStorageOptions {
  /** Cache Storage bucket name (default "learning-feed-v1"). */
  name?: string;
  /** Cap on the characters kept across all cached pages (default 8 MB worth); oldest entries go first. */
  maxBytes?: number;
}

const SIZE_HEADER = 'x-learning-feed-size';
const STORED_AT_HEADER = 'x-learning-feed-stored-at';
const ETAG_HEADER = 'x-learning-feed-etag';

export class CacheStoragePageCache implements PageCache {
  readonly name: string;
  readonly maxBytes: number;

  constructor(
    options: CacheStorageOptions = {},
    private readonly storage: CacheStorage | undefined = (globalThis as { caches?: CacheStorage }).caches,
    private readonly now: () => number = Date.now,
  ) {
    this.name = options.name ?? 'learning-feed-v1';
    this.maxBytes = options.maxBytes ?? 8_000_000;
  }

  async read(url: string): Promise<CachedPage | undefined> {
    try {
      const cache = await this.open();
      const response = await cache?.match(url);
      if (!response) return undefined;
      const json: unknown = JSON.parse(await response.text());
      const etag = response.headers.get(ETAG_HEADER) ?? undefined;
      return { json, etag, storedAt: Number(response.headers.get(STORED_AT_HEADER)) || 0 };
    } catch {
      return undefined;
    }
  }

  async write(url: string, text: string, etag: string | undefined): Promise<void> {
    try {
      const cache = await this.open();
      if (!cache) return;
      await cache.delete(url);
      if (text.length > this.maxBytes) return;
      await this.makeRoom(cache, text.length);
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        [SIZE_HEADER]: String(text.length),
        [STORED_AT_HEADER]: String(this.now()),
      };
      if (etag) headers[ETAG_HEADER] = etag;
      await cache.put(url, new Response(text, { headers }));
    } catch {
      // A full or forbidden cache only costs the offline copy.
    }
  }

  private async open(): Promise<Cache | undefined> {
    return this.storage ? this.storage.open(this.name) : undefined;
  }

  /** Evicts the oldest entries until `incoming` more characters fit under the cap. */
  private async makeRoom(cache: Cache, incoming: number): Promise<void> {
    const entries: Array<{ request: Request; size: number; storedAt: number }> = [];
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      entries.push({
        request,
        size: Number(response?.headers.get(SIZE_HEADER)) || 0,
        storedAt: Number(response?.headers.get(STORED_AT_HEADER)) || 0,
      });
    }
    let total = entries.reduce((sum, entry) => sum + entry.size, 0);
    entries.sort((a, b) => a.storedAt - b.storedAt);
    for (const entry of entries) {
      if (total + incoming <= this.maxBytes) break;
      await cache.delete(entry.request);
      total -= entry.size;
    }
  }
}
