/** The browser side of `sync-url`: reads the view from the address bar and writes it back as history entries. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OpportunityFilters } from '../../core/model.js';
import type { SortOrder } from '../../core/search/index.js';
import type { FeedStore } from '../../data/store.js';
import { hasViewParams, readViewFromParams, writeViewToParams, type FinderView, type WriteOptions } from './url-state.js';

export type HistoryMode = 'push' | 'replace';

/** The finder's view from the current address, or undefined when the address holds none of its parameters. */
export function readViewFromLocation(prefix: string): FinderView | undefined {
  const params = new URLSearchParams(location.search);
  return hasViewParams(params, prefix) ? readViewFromParams(params, prefix) : undefined;
}

/**
 * Writes the view into the address, keeping the host page's own parameters, path and fragment.
 * 'push' makes a new history entry (Back returns to the previous view); 'replace' amends the current one.
 */
export function writeViewToLocation(view: FinderView, prefix: string, mode: HistoryMode, options: WriteOptions = {}): void {
  const params = writeViewToParams(view, new URLSearchParams(location.search), prefix, options);
  const search = params.toString();
  const url = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
  if (url === `${location.pathname}${location.search}${location.hash}`) return;
  // The host page's own history state is carried over: a router may keep its data there.
  if (mode === 'push') history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
}

/**
 * Puts a new store's starting filters in place: the address's view when `prefix` is set and the
 * address has one (a shared link is the view someone meant to share), else the page's presets on top
 * of whatever the store holds. Returns the sort the address asked for.
 */
export function applyStartingView(store: FeedStore, prefix: string | undefined, presets: OpportunityFilters): SortOrder | undefined {
  const fromUrl = prefix === undefined ? undefined : readViewFromLocation(prefix);
  if (fromUrl) store.setFilters(fromUrl.filters, 'replace');
  else if (Object.keys(presets).length) store.setFilters(presets);
  return fromUrl?.sort;
}

export interface AddressSyncOptions {
  /** The parameters' prefix, or undefined while the view is not kept in the address (no `sync-url`). */
  prefix(): string | undefined;
  /** The view to write: the filters in force and the visitor's sort. */
  view(): FinderView;
  /** The id a feed gave an organization or place key, for readable links. */
  idOf: WriteOptions['idOf'];
  /** Back or Forward: the address's view, or undefined for an address without one (the page as it opened). */
  restore(view: FinderView | undefined): void;
}

/**
 * Keeps a finder's view in the address bar while its host is on the page: `write` after a visitor's
 * change, and Back and Forward handed to `restore`.
 */
export class AddressSync implements ReactiveController {
  constructor(host: ReactiveControllerHost, private readonly options: AddressSyncOptions) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  write(mode: HistoryMode): void {
    const prefix = this.options.prefix();
    if (prefix !== undefined) writeViewToLocation(this.options.view(), prefix, mode, { idOf: this.options.idOf });
  }

  private onPopState = (): void => {
    const prefix = this.options.prefix();
    if (prefix !== undefined) this.options.restore(readViewFromLocation(prefix));
  };
}
