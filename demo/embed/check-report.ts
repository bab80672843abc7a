// What the feed check says, as a Lit template: what was found, then every problem as one line of text.
// Everything that comes from the feed goes through text bindings, never as markup.
import { html, nothing, type TemplateResult } from 'lit';
import { problemLine, type FeedCheck } from './feed-check.js';

/** Problems listed under the check; the rest are counted. */
const MAX_LISTED_PROBLEMS = 50;

/** Where the check is: nothing asked yet, a fetch under way, or a result. */
export type CheckState = { step: 'idle'; message: string } | { step: 'checking'; url: string } | { step: 'done'; check: FeedCheck };

function plural(count: number, singular: string, pluralWord = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : pluralWord}`;
}

export function countsText(check: FeedCheck): string {
  const parsed = check.parsed;
  if (!parsed) return '';
  return (
    `Found ${plural(parsed.organizations.length, 'organization')}, ${plural(parsed.places.length, 'place')} and ` +
    `${plural(parsed.opportunities.length, 'opportunity', 'opportunities')}.`
  );
}

function problemsReport(check: FeedCheck): TemplateResult {
  const problems = [...check.errors, ...check.warnings];
  if (!problems.length) return html`<p class="check-ok">No problems: every item in the feed is valid.</p>`;
  const hidden = problems.length - MAX_LISTED_PROBLEMS;
  // The list scrolls when long, so it takes focus: keyboard users can scroll it too.
  return html`<p class=${check.errors.length ? 'check-failed' : 'check-warn'}>
      ${check.errors.length} error(s) and ${check.warnings.length} warning(s). Widgets still show every valid item; fix these so
      nothing is left out.
    </p>
    <ol class="problems" tabindex="0" aria-label="Problems in the feed">
      ${problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => html`<li>${problemLine(problem)}</li>`)}
    </ol>
    ${hidden > 0 ? html`<p>…and ${hidden} more. Run "npx learning-feed validate &lt;url&gt;" for the full list.</p>` : nothing}`;
}

export function checkReport(state: CheckState): TemplateResult {
  if (state.step === 'idle') return html`<p>${state.message}</p>`;
  if (state.step === 'checking') return html`<p>Checking ${state.url}…</p>`;
  const { check } = state;
  if (check.failure) return html`<p class="check-failed">${check.failure}</p>`;
  return html`<p>${countsText(check)}</p>
    ${problemsReport(check)}`;
}
