/**
 * The search form: a labelled search input whose text is applied after typing rests (~150 ms) or at
 * once on Enter. While the visitor types, their draft wins over the applied query, so a re-render in
 * between never eats a keystroke.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FinderMessages } from './messages.js';

export const SEARCH_DEBOUNCE_MS = 150;

export class SearchBox implements ReactiveController {
  private draft?: string;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called with the text to search for (trimmed; "" clears the search). */
    private readonly apply: (query: string) => void,
  ) {
    host.addController(this);
  }

  /** Forgets an unapplied draft, e.g. when a way out or Back replaced the query. */
  reset(): void {
    clearTimeout(this.timer);
    this.draft = undefined;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private flush(): void {
    clearTimeout(this.timer);
    const text = this.draft;
    this.draft = undefined;
    if (text !== undefined) this.apply(text.trim());
  }

  private onInput = (event: Event): void => {
    this.draft = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), SEARCH_DEBOUNCE_MS);
  };

  private onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.draft = (event.target as HTMLFormElement).querySelector('input')?.value ?? this.draft;
    this.flush();
  };

  render(words: FinderMessages, appliedQuery: string | undefined): TemplateResult {
    return html`<form class="search" part="search" role="search" @submit=${this.onSubmit}>
      <label for="search">${words.searchLabel}</label>
      <input id="search" type="search" autocomplete="off" aria-describedby="search-hint" enterkeyhint="search"
        .value=${this.draft ?? appliedQuery ?? ''} @input=${this.onInput} />
      <p id="search-hint" class="hint muted">${words.searchHint}</p>
    </form>`;
  }
}
