import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isLocaleSettled, loadLocale } from './catalog.js';
import { isRightToLeft, pickUiLocale, type SupportedLocale } from './locales.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Finds the language an element should speak — its own `lang`, else the nearest `[lang]` ancestor
 * (crossing shadow roots), else the document, else the browser — and re-renders the host when any
 * of those `lang` attributes change. One MutationObserver serves every controller on the page.
 *
 * It also loads the words of that language (catalog.ts) when the host connects and whenever the
 * language changes, and re-renders the host when they arrive. Until then the host should not render
 * (no English flash on a French page): elements get that by extending LocalizedElement
 * (src/elements/shared/localized-element.ts), which holds `scheduleUpdate` back until the words are in
 * and makes `updateComplete` wait for them.
 *
 * A host connecting with its words not yet in therefore shows nothing (an empty shadow root) for the
 * one request the locale takes; on a language switch it keeps showing the old language until then.
 */
export class LocaleController implements ReactiveController {
  private readonly host: Host;
  /** The UI locale whose words were last asked for, and the promise that they are in. */
  private requested: SupportedLocale | undefined;
  private ready: Promise<void> = Promise.resolve();

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** The full BCP 47 tag in force (for Intl formatters), e.g. "en-GB". */
  get tag(): string {
    // Intl's default locale, not navigator.language: it is what every formatter would use anyway,
    // and it follows the browser's locale override where navigator.language does not.
    return findLang(this.host) || browserLocale();
  }

  /** The UI locale our message tables are keyed by. */
  get uiLocale(): SupportedLocale {
    return pickUiLocale(this.tag);
  }

  get direction(): 'ltr' | 'rtl' {
    return isRightToLeft(this.tag) ? 'rtl' : 'ltr';
  }

  /** Resolves once the words of the current UI locale are in (or have failed and English stands in). */
  get localeReady(): Promise<void> {
    this.loadWords();
    return this.ready;
  }

  /** True when the host can render in its language now. */
  get wordsReady(): boolean {
    return isLocaleSettled(this.uiLocale);
  }

  /** For the host's scheduleUpdate: runs `update` now when the words are in, else once they are. */
  afterWords(update: () => void | Promise<unknown>): void | Promise<unknown> {
    if (this.wordsReady) return update();
    return this.localeReady.then(update);
  }

  hostConnected(): void {
    watchers.add(this);
    ensureObserver();
    this.loadWords();
  }

  /** Before every render: catches a `lang` change the observer has not reported yet. */
  hostUpdate(): void {
    this.loadWords();
  }

  hostDisconnected(): void {
    watchers.delete(this);
    if (watchers.size === 0) stopObserver();
  }

  /** Called by the shared observer; cheap when nothing changed for this host. */
  langMayHaveChanged(): void {
    this.loadWords();
    this.host.requestUpdate();
  }

  private loadWords(): void {
    const locale = this.uiLocale;
    if (locale === this.requested) return;
    this.requested = locale;
    if (isLocaleSettled(locale)) {
      this.ready = Promise.resolve();
      return;
    }
    this.ready = loadLocale(locale).then(() => {
      // A later language change has its own load and its own update.
      if (this.requested === locale) this.host.requestUpdate();
    });
  }
}

let defaultLocale: string | undefined;

/**
 * Intl's default locale, read once: making a formatter to ask costs more than the rest of a render's
 * locale lookups, and `tag` is read several times per render on a page without any `lang`.
 */
function browserLocale(): string {
  defaultLocale ??= new Intl.DateTimeFormat().resolvedOptions().locale || 'en';
  return defaultLocale;
}

function findLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang;
}

const watchers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function ensureObserver(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const watcher of watchers) watcher.langMayHaveChanged();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function stopObserver(): void {
  observer?.disconnect();
  observer = undefined;
}
