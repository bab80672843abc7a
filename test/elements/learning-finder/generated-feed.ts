/** Hands a generated model to finders through the same context a <learning-feed> provides. */
import { ContextProvider } from '@lit/context';
import { LitElement, html } from 'lit';
import type { FeedModel } from '../../../src/core/model.js';
import { feedStoreContext } from '../../../src/data/context.js';
import type { DataSource } from '../../../src/data/source.js';
import { FeedStore } from '../../../src/data/store.js';

export { generatedModel } from './generate-model.js';

/** A store whose "load" yields `model` at once: the real store, with the network and parser stubbed out. */
export async function storeWith(model: FeedModel): Promise<FeedStore> {
  const source: DataSource = {
    urls: ['memory:generated'],
    load: async () => [{ url: 'memory:generated', pages: [{ url: 'memory:generated', json: {} }], from: 'network', unchanged: false }],
  };
  const store = new FeedStore(source, { merge: () => model });
  await store.load();
  return store;
}

/** Provides a store to the widgets inside it, as <learning-feed> does. */
export class TestFeedProvider extends LitElement {
  private readonly provider = new ContextProvider(this, { context: feedStoreContext });
  set store(store: FeedStore) {
    this.provider.setValue(store);
  }
  protected override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('test-finder-feed-provider', TestFeedProvider);
