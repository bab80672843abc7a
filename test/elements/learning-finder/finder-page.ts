/**
 * Page object for <learning-finder>: what a visitor sees and does ("type coding", "tick Free", "open
 * Code Club"), so the tests read as steps rather than shadow-DOM plumbing.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/elements/learning-finder/define.js';
import type { LearningFinder } from '../../../src/elements/learning-finder/learning-finder.js';

export const CITY_FEED = '/test/fixtures/finder/city.json';

/** Wednesday 2 December 2026, 10:00 in London (GMT): "today", "this weekend" (5–6 Dec) and so on count from here. */
export const NOW = Date.UTC(2026, 11, 2, 10, 0, 0);

/** A feed URL no other test uses, so each test gets its own store and filters. */
export function freshFeed(path = CITY_FEED): string {
  return `${path}?test=${Math.random().toString(36).slice(2)}`;
}

/** Freezes Date.now (timers keep running) for the length of a test; call the returned function to restore. */
export function freezeClock(now = NOW): () => void {
  const real = Date.now;
  Date.now = () => now;
  return () => {
    Date.now = real;
  };
}

export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text without decorations hidden from assistive technology (aria-hidden arrows and icons). */
export function nameOf(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return textOf(copy);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface FacetOption {
  label: string;
  count: number;
  checked: boolean;
}

export class FinderPage {
  constructor(readonly element: LearningFinder) {}

  static async open(template: TemplateResult, container?: (root: HTMLElement) => LearningFinder): Promise<FinderPage> {
    const root = await fixture<HTMLElement>(template);
    const page = new FinderPage(container ? container(root) : (root as LearningFinder));
    await page.ready();
    return page;
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** Waits for the feed (or its failure) and for the search index to be complete. */
  async ready(): Promise<void> {
    await waitUntil(() => ['ready', 'stale', 'error'].includes(this.element.feedStatus), 'the feed did not load', { timeout: 8000 });
    await waitUntil(() => !this.element.indexing, 'the search index was not built', { timeout: 15000 });
    await this.settle();
  }

  async settle(): Promise<void> {
    await this.element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await this.element.updateComplete;
    const cards = [...this.root.querySelectorAll('learning-opportunity-card')] as Array<Element & { updateComplete: Promise<unknown> }>;
    await Promise.all(cards.map((card) => card.updateComplete));
  }

  searchInput(): HTMLInputElement {
    return this.root.querySelector('input[type="search"]')!;
  }

  /** Focuses the search box, clears it and types with real key presses, then waits out the debounce. */
  async search(text: string): Promise<void> {
    const input = this.searchInput();
    input.focus();
    input.select();
    await sendKeys({ press: 'Backspace' });
    if (text) await sendKeys({ type: text });
    await wait(250);
    await this.settle();
  }

  cards(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('li[part="result"] learning-opportunity-card')];
  }

  /** Result titles in order, as shown on the cards. */
  titles(): string[] {
    return this.cards().map((card) => textOf(card.shadowRoot?.querySelector('button')));
  }

  card(title: string): HTMLElement {
    const card = this.cards().find((candidate) => textOf(candidate.shadowRoot?.querySelector('button')) === title);
    if (!card) throw new Error(`No result "${title}"; shown: ${this.titles().join(' | ')}`);
    return card;
  }

  cardText(title: string): string {
    return textOf(this.card(title).shadowRoot?.querySelector('article'));
  }

  countText(): string {
    return textOf(this.root.querySelector('.results-header .count'));
  }

  liveRegion(): HTMLElement {
    return this.root.querySelector<HTMLElement>('[role="status"][aria-live="polite"].visually-hidden')!;
  }

  fieldset(facet: string): HTMLFieldSetElement | null {
    return this.root.querySelector<HTMLFieldSetElement>(`fieldset[data-facet="${facet}"]`);
  }

  facetOptions(facet: string): FacetOption[] {
    const fieldset = this.fieldset(facet);
    if (!fieldset) return [];
    return [...fieldset.querySelectorAll('label.option')].map((label) => ({
      label: textOf(label.querySelector('.label')),
      count: Number(textOf(label.querySelector('.count')).replace(/[()]/g, '')),
      checked: label.querySelector('input')!.checked,
    }));
  }

  facetCounts(facet: string): Record<string, number> {
    return Object.fromEntries(this.facetOptions(facet).map((option) => [option.label, option.count]));
  }

  private optionInput(facet: string, label: string): HTMLInputElement {
    const option = [...(this.fieldset(facet)?.querySelectorAll('label.option') ?? [])].find(
      (candidate) => textOf(candidate.querySelector('.label') ?? candidate.querySelector('span')) === label,
    );
    if (!option) throw new Error(`No option "${label}" in ${facet}; options: ${this.facetOptions(facet).map((o) => o.label).join(' | ')}`);
    return option.querySelector('input')!;
  }

  /** Ticks or unticks a checkbox (or picks a radio) the way a keyboard user does: focus it, press Space. */
  async toggle(facet: string, label: string): Promise<void> {
    this.optionInput(facet, label).focus();
    await sendKeys({ press: 'Space' });
    await this.settle();
  }

  async pickDates(label: string): Promise<void> {
    await this.toggle('date', label);
  }

  async setCustomDates(from: string, to: string): Promise<void> {
    const [fromInput, toInput] = [...this.fieldset('date')!.querySelectorAll<HTMLInputElement>('input[type="date"]')];
    for (const [input, value] of [[fromInput!, from], [toInput!, to]] as const) {
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await this.settle();
    }
  }

  async sortBy(order: string): Promise<void> {
    const select = this.root.querySelector<HTMLSelectElement>('.sort select')!;
    select.value = order;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await this.settle();
  }

  sortValue(): string {
    return this.root.querySelector<HTMLSelectElement>('.sort select')!.value;
  }

  button(text: string, scope: ParentNode = this.root): HTMLButtonElement {
    const button = [...scope.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => nameOf(candidate) === text);
    if (!button) throw new Error(`No button "${text}"; buttons: ${[...scope.querySelectorAll('button')].map((b) => nameOf(b)).join(' | ')}`);
    return button;
  }

  /** Focuses a button and presses Enter on it. */
  async press(text: string, scope?: ParentNode): Promise<void> {
    this.button(text, scope).focus();
    await sendKeys({ press: 'Enter' });
    await this.settle();
  }

  /** Opens a result from the keyboard: focus its title button, press Enter. */
  async openResult(title: string): Promise<void> {
    this.card(title).shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => this.dialog()?.open, 'the detail did not open');
    await waitUntil(() => this.focusedHeading() !== undefined, 'focus did not reach the detail heading');
  }

  dialog(): HTMLDialogElement | null {
    return this.root.querySelector('dialog');
  }

  detailElement(): HTMLElement | null {
    return this.root.querySelector('learning-opportunity-detail');
  }

  /** The text of the heading that has focus inside the detail, if focus is there. */
  focusedHeading(): string | undefined {
    const active = this.detailElement()?.shadowRoot?.activeElement;
    return active?.getAttribute('role') === 'heading' || /^H\d$/.test(active?.tagName ?? '') ? textOf(active) : undefined;
  }

  /** The card whose title button has focus, by title. */
  focusedCardTitle(): string | undefined {
    const card = this.root.activeElement;
    if (!card || card.tagName !== 'LEARNING-OPPORTUNITY-CARD') return undefined;
    const button = card.shadowRoot?.activeElement;
    return button ? textOf(button) : undefined;
  }
}
