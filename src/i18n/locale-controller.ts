import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRightToLeft, pickUiLocale, type SupportedLocale } from './locales.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Finds the language an element should speak — its own `lang`, else the nearest `[lang]` ancestor
 * (crossing shadow roots), else the document, else the browser — and re-renders the host when any
 * of those `lang` attributes change. One MutationObserver serves every controller on the page.
 */
export class LocaleController implements ReactiveController {
  private readonly host: Host;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** The full BCP 47 tag in force (for Intl formatters), e.g. "en-GB". */
  get tag(): string {
    // Intl's default locale, not navigator.language: it is what every formatter would use anyway,
    // and it follows the browser's locale override where navigator.language does not.
    return findLang(this.host) || new Intl.DateTimeFormat().resolvedOptions().locale || 'en';
  }

  /** The UI locale our message tables are keyed by. */
  get uiLocale(): SupportedLocale {
    return pickUiLocale(this.tag);
  }

  get direction(): 'ltr' | 'rtl' {
    return isRightToLeft(this.tag) ? 'rtl' : 'ltr';
  }

  hostConnected(): void {
    watchers.add(this);
    ensureObserver();
  }

  hostDisconnected(): void {
    watchers.delete(this);
    if (watchers.size === 0) stopObserver();
  }

  /** Called by the shared observer; cheap when nothing changed for this host. */
  langMayHaveChanged(): void {
    this.host.requestUpdate();
  }
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
