import { expect, fixture, html } from '@open-wc/testing';
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import { feedStoreContext } from '../../../src/data/context.js';
import { defineElement } from '../../../src/elements/shared/define.js';
import { LearningFeed } from '../../../src/elements/learning-feed/learning-feed.js';
import type { FeedStore } from '../../../src/data/store.js';
import { FIXTURES, loadFinished, mountFeed } from './learning-feed-harness.js';

class StoreReader extends LitElement {
  readonly consumer = new ContextConsumer(this, { context: feedStoreContext, subscribe: true });
  get store(): FeedStore | undefined {
    return this.consumer.value;
  }
}
customElements.define('test-store-reader', StoreReader);

describe('<learning-feed>', () => {
  it('loads two feeds and reports what it found', async () => {
    const { el, loads, errors } = await mountFeed(`${FIXTURES}/libraries.json ${FIXTURES}/schools.json`);
    expect(errors).to.deep.equal([]);
    expect(loads).to.have.length(1);
    expect(loads[0]?.status).to.equal('ready');
    expect(loads[0]?.counts).to.deep.equal({ feeds: 2, organizations: 3, places: 3, opportunities: 5 });
    expect(el.store?.status).to.equal('ready');
  });

  it('fires bubbling, composed events that reach the document', async () => {
    const heard: string[] = [];
    const listener = (event: Event) => heard.push(`${event.type}:${event.bubbles}:${event.composed}`);
    document.addEventListener('learning-feed-load', listener);
    try {
      await mountFeed(`${FIXTURES}/schools.json`);
    } finally {
      document.removeEventListener('learning-feed-load', listener);
    }
    expect(heard).to.deep.equal(['learning-feed-load:true:true']);
  });

  it('passes the store to widgets inside it through context', async () => {
    const el = await fixture<HTMLElement & { store?: FeedStore }>(html`
      <learning-feed src="${FIXTURES}/schools.json"><test-store-reader></test-store-reader></learning-feed>
    `);
    const reader = el.querySelector('test-store-reader') as StoreReader;
    expect(el.store).to.not.equal(undefined);
    expect(reader.store).to.equal(el.store);
  });

  it('reports problems in the feed, keeps the valid items and prints them once, grouped', async () => {
    const warnings: string[] = [];
    const groups: string[] = [];
    const { warn, groupCollapsed } = console;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    console.groupCollapsed = (...args: unknown[]) => groups.push(args.join(' '));
    let mounted;
    try {
      mounted = await mountFeed(`${FIXTURES}/with-problems.json`);
    } finally {
      console.warn = warn;
      console.groupCollapsed = groupCollapsed;
    }
    const detail = mounted.loads[0];
    expect(detail?.counts.opportunities).to.equal(1);
    expect(detail?.problems).to.have.length(1);
    const problem = detail?.problems[0];
    expect(problem?.severity).to.equal('error');
    expect(problem?.pointer).to.equal('/opportunities/1/name');
    expect(problem?.source).to.match(/\/test\/fixtures\/http\/with-problems\.json$/);
    expect(groups).to.deep.equal(['<learning-feed>: 1 problem(s) in the feed data']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^error http:\/\/\S+\/with-problems\.json at \/opportunities\/1\/name: This opportunity has no name/);
  });

  it('shares one store between elements naming the same feeds in any order', async () => {
    const container = await fixture<HTMLElement>(html`
      <div>
        <learning-feed src="${FIXTURES}/libraries.json ${FIXTURES}/schools.json"></learning-feed>
        <learning-feed src="${FIXTURES}/schools.json ${FIXTURES}/libraries.json"></learning-feed>
      </div>
    `);
    const [first, second] = [...container.querySelectorAll('learning-feed')];
    expect(first?.store).to.not.equal(undefined);
    expect(first?.store).to.equal(second?.store);
  });

  it('releases its store when removed, cancelling the load', async () => {
    const el = await fixture<HTMLElement & { store?: FeedStore }>(
      html`<learning-feed src="/__fault/slow?ms=3000&file=schools.json"></learning-feed>`,
    );
    const store = el.store as FeedStore;
    expect(store.status).to.equal('loading');
    el.remove();
    await Promise.resolve();
    expect(store.disposed).to.equal(true);
  });

  it('keeps its store when moved within the page', async () => {
    const { el } = await mountFeed(`${FIXTURES}/schools.json`);
    const store = el.store;
    const elsewhere = document.createElement('section');
    el.parentElement?.after(elsewhere);
    elsewhere.append(el);
    await Promise.resolve();
    expect(el.store).to.equal(store);
    expect(store?.disposed).to.equal(false);
    elsewhere.remove();
  });

  it('loads the new feeds when src changes', async () => {
    const { el, loads } = await mountFeed(`${FIXTURES}/schools.json`);
    el.src = `${FIXTURES}/libraries.json`;
    await el.updateComplete;
    await loadFinished(el);
    expect(loads.map((detail) => detail.counts.opportunities)).to.deep.equal([2, 3]);
  });

  it('fires nothing when code changes filters or settings', async () => {
    const { el, loads, errors } = await mountFeed(`${FIXTURES}/schools.json`);
    el.store?.setFilters({ cost: ['free'] });
    el.timezone = 'Europe/Paris';
    await el.updateComplete;
    expect(loads).to.have.length(1);
    expect(errors).to.deep.equal([]);
  });

  it('prints a shared load once, however many elements show it', async () => {
    const groups: string[] = [];
    const { groupCollapsed, warn } = console;
    console.groupCollapsed = (...args: unknown[]) => groups.push(args.join(' '));
    console.warn = () => undefined;
    try {
      const container = await fixture<HTMLElement>(html`
        <div>
          <learning-feed src="${FIXTURES}/with-problems.json"></learning-feed>
          <learning-feed src="${FIXTURES}/with-problems.json"></learning-feed>
        </div>
      `);
      await loadFinished(container.querySelector('learning-feed') as LearningFeed);
      await Promise.resolve();
    } finally {
      console.groupCollapsed = groupCollapsed;
      console.warn = warn;
    }
    expect(groups).to.have.length(1);
  });

  it('warns once, instead of throwing, when its tag is defined a second time', () => {
    const warnings: string[] = [];
    const { warn } = console;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      defineElement('learning-feed', LearningFeed);
      defineElement('learning-feed', class OtherCopy extends LitElement {});
      defineElement('learning-feed', class YetAnotherCopy extends LitElement {});
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('learning-feed')).to.equal(LearningFeed);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<learning-feed> is already defined by another copy of learning-city-widgets');
  });

  it('is accessible', async () => {
    const el = await fixture(html`
      <learning-feed src="${FIXTURES}/schools.json"><p>Opportunities near you</p></learning-feed>
    `);
    await expect(el).to.be.accessible();
  });
});
