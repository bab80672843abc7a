import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import '../../../src/elements/learning-feed/define.js';
import type { LearningFeed } from '../../../src/elements/learning-feed/learning-feed.js';
import { StoreController } from '../../../src/elements/shared/store-controller.js';
import type { FeedStore } from '../../../src/data/store.js';

const PARTNER = '/test/fixtures/lighthouse/jinjeop-partner.json';
const REGISTRY = '/test/fixtures/lighthouse/registry.json';

class StoreHost extends LitElement {
  readonly feed = new StoreController(this, { getSrc: () => this.src });
  @property() src?: string;
  renders = 0;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.feed.srcChanged();
  }

  protected override render() {
    this.renders++;
    return litHtml`<p>${this.feed.status}: ${this.feed.model?.opportunities.length ?? 0} opportunities</p>`;
  }
}
customElements.define('test-store-host', StoreHost);

function shown(host: StoreHost): string {
  return host.shadowRoot!.textContent!.trim();
}

async function ready(host: StoreHost): Promise<void> {
  await waitUntil(() => host.feed.status === 'ready' || host.feed.status === 'error', 'the store never loaded', { timeout: 10_000 });
  await host.updateComplete;
}

describe('StoreController', () => {
  it('loads its own src and re-renders the host when the store changes', async () => {
    const host = await fixture<StoreHost>(html`<test-store-host src=${PARTNER}></test-store-host>`);
    await ready(host);
    expect(shown(host)).to.equal('ready: 3 opportunities');
    expect(host.feed.provided).to.equal(false);
    expect(host.feed.loadErrors).to.deep.equal([]);
    const before = host.renders;
    host.feed.store!.setFilters({ query: 'code' });
    await host.updateComplete;
    expect(host.renders).to.be.greaterThan(before);
    expect(host.feed.filters).to.deep.equal({ query: 'code' });
    await expect(host).to.be.accessible();
  });

  it('uses the enclosing <learning-feed> store instead of its own src', async () => {
    const feed = await fixture<LearningFeed>(html`<learning-feed src=${REGISTRY}><test-store-host src=${PARTNER}></test-store-host></learning-feed>`);
    const host = feed.querySelector<StoreHost>('test-store-host')!;
    await ready(host);
    expect(host.feed.store).to.equal(feed.store);
    expect(host.feed.provided).to.equal(true);
    expect(shown(host)).to.equal('ready: 0 opportunities');
  });

  it('takes the store for a new src and gives back the old one', async () => {
    const host = await fixture<StoreHost>(html`<test-store-host src=${PARTNER}></test-store-host>`);
    await ready(host);
    const first = host.feed.store as FeedStore;
    host.src = REGISTRY;
    await waitUntil(() => host.feed.store !== first, 'the store did not change', { timeout: 5_000 });
    await ready(host);
    expect(first.disposed).to.equal(true);
    expect(shown(host)).to.equal('ready: 0 opportunities');
  });

  it('releases its store when the host leaves the page, but keeps it across a move', async () => {
    const host = await fixture<StoreHost>(html`<test-store-host src=${PARTNER}></test-store-host>`);
    await ready(host);
    const store = host.feed.store as FeedStore;
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(host);
    await Promise.resolve();
    await Promise.resolve();
    expect(store.disposed).to.equal(false);
    host.remove();
    await Promise.resolve();
    await Promise.resolve();
    expect(store.disposed).to.equal(true);
    elsewhere.remove();
  });

  it('reports idle with no feed at all', async () => {
    const host = await fixture<StoreHost>(html`<test-store-host></test-store-host>`);
    await Promise.resolve();
    await host.updateComplete;
    expect(host.feed.settled).to.equal(true);
    expect(host.feed.store).to.equal(undefined);
    expect(shown(host)).to.equal('idle: 0 opportunities');
  });

  it('reports a failed load as error with the reason', async () => {
    const host = await fixture<StoreHost>(html`<test-store-host src="/__fault/404"></test-store-host>`);
    await ready(host);
    expect(host.feed.status).to.equal('error');
    expect(host.feed.loadErrors).to.have.length(1);
    expect(host.feed.loadErrors[0]!.message).to.contain('404');
  });
});
