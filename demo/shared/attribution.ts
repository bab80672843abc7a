// Page footers: credit the data behind the widgets, from each feed's own `sources` (docs/feed-spec.md).
// Shares the widgets' store for the same URL set, so the feeds are not fetched a second time.
// Feed text goes in through textContent only.
import type { FeedInfo } from '../../src/core/model.js';
import { localeChain, resolveText } from '../../src/core/text.js';
import { safeWebUrl } from '../../src/core/urls.js';
import { getSharedStore, splitFeedUrls } from '../../src/data/shared.js';

export interface Credit {
  name: string;
  url?: string;
  license?: string;
}

/** Who to credit for one feed: its `sources`, or else the feed itself. */
export function creditsOf(info: FeedInfo, locales: string[]): Credit[] {
  const feedName = resolveText(info.name, locales) || info.source || info.key;
  // A feed without `sources` is its own source: credit the feed and its licence.
  if (!info.sources.length) return [{ name: feedName, url: info.source ? safeWebUrl(info.source) : undefined, license: info.license }];
  return info.sources.map((source) => ({
    name: resolveText(source.name, locales) || feedName,
    url: source.url ? safeWebUrl(source.url) : undefined,
    license: source.license ?? info.license,
  }));
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

/** "Name (licence: CC-BY-4.0)", or "Name (licence)" linking to the licence when it is given as a URL. */
export function creditItem(credit: Credit): HTMLLIElement {
  const item = document.createElement('li');
  item.append(credit.url ? link(credit.url, credit.name) : credit.name);
  const licenceUrl = credit.license ? safeWebUrl(credit.license) : undefined;
  if (licenceUrl) item.append(' (', link(licenceUrl, 'licence'), ')');
  else if (credit.license) item.append(` (licence: ${credit.license})`);
  return item;
}

/**
 * Fills `list` (a <ul>) with the sources of the feeds in `src` (space-separated URLs, as in a widget's
 * `src`), and keeps it current when the feeds reload.
 */
export function showDataSources(list: HTMLElement, src: string): void {
  const store = getSharedStore(splitFeedUrls(src));
  const render = () => {
    const locales = localeChain(document.documentElement.lang || navigator.language);
    const seen = new Set<string>();
    const credits = (store.model?.feeds ?? [])
      .flatMap((info) => creditsOf(info, locales))
      .filter((credit) => {
        const key = `${credit.name}\n${credit.url ?? ''}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    if (credits.length) list.replaceChildren(...credits.map(creditItem));
  };
  store.subscribe((event) => {
    if (event.reason === 'load') render();
  });
  void store.ensureLoaded().then(render);
}
