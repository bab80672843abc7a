// The embed-code builder: pick an element, a feed and options; see it live; copy the snippet; check the feed.
// Everything read from a feed reaches the page through textContent, never as HTML.
import '../shared/elements.js';
import { localeChain } from '../../src/core/text.js';
import { creditItem, creditsOf } from '../shared/attribution.js';
import { checkFeed, problemLine, type FeedCheck } from './feed-check.js';
import { offerOrganizations, readOptionValues, renderOptionFields } from './form.js';
import { KIND_LABELS, type EmbedKind } from './options.js';
import { DEFAULT_SCRIPT_URL, planFor, snippetFor, type EmbedChoice, type ElementPlan } from './snippet.js';

/** Problems listed under the check; the rest are counted. */
const MAX_LISTED_PROBLEMS = 50;
const TYPING_PAUSE_MS = 400;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`embed.html has no #${id}`);
  return element as T;
}

const form = byId<HTMLFormElement>('builder');
const optionFields = byId('options');
const feedInput = byId<HTMLInputElement>('feed-url');
const sampleSelect = byId<HTMLSelectElement>('sample-feed');
const scriptInput = byId<HTMLInputElement>('script-url');
const snippetCode = byId('snippet');
const copyButton = byId<HTMLButtonElement>('copy-snippet');
const copyStatus = byId('copy-status');
const preview = byId('preview');
const checkOutput = byId('feed-check');
const sourcesList = byId('data-sources');

function chosenKind(): EmbedKind {
  const checked = form.querySelector<HTMLInputElement>('input[name="kind"]:checked');
  return (checked?.value ?? 'learning-finder') as EmbedKind;
}

/** Feed URLs as typed, made absolute against this page so the snippet works on any other site. */
function absoluteFeedUrls(): string {
  return feedInput.value
    .split(/\s+/)
    .filter(Boolean)
    .map((url) => {
      try {
        return new URL(url, location.href).href;
      } catch {
        return url;
      }
    })
    .join(' ');
}

function currentChoice(): EmbedChoice {
  return { kind: chosenKind(), feedUrl: absoluteFeedUrls(), scriptUrl: scriptInput.value, attributes: readOptionValues(optionFields) };
}

function createFromPlan(plan: ElementPlan): HTMLElement {
  const element = document.createElement(plan.tag);
  for (const [name, value] of plan.attributes) element.setAttribute(name, value);
  element.append(...plan.children.map(createFromPlan));
  return element;
}

let shownSnippet = '';
let shownPlan = '';

function update(): void {
  const choice = currentChoice();
  const snippet = snippetFor(choice);
  if (snippet !== shownSnippet) {
    // "Copied" no longer describes what is shown.
    shownSnippet = snippet;
    snippetCode.textContent = snippet;
    copyStatus.textContent = '';
  }
  const plan = planFor(choice);
  // Only rebuild the preview when the element would differ: a rebuild reloads the feed.
  if (JSON.stringify(plan) !== shownPlan) {
    shownPlan = JSON.stringify(plan);
    preview.replaceChildren(createFromPlan(plan));
  }
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;
function updateSoon(): void {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(update, TYPING_PAUSE_MS);
}

// ---- the feed check ----

function line(text: string, className = ''): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  if (className) paragraph.className = className;
  return paragraph;
}

function countsText(check: FeedCheck): string {
  const parsed = check.parsed;
  if (!parsed) return '';
  const plural = (count: number, word: string) => `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`;
  return (
    `Found ${plural(parsed.organizations.length, 'organization')}, ${plural(parsed.places.length, 'place')} and ` +
    `${plural(parsed.opportunities.length, 'opportunity').replace('opportunitys', 'opportunities')}.`
  );
}

function renderCheck(check: FeedCheck): void {
  if (check.failure) {
    checkOutput.replaceChildren(line(check.failure, 'check-failed'));
    renderSources(undefined);
    return;
  }
  const parts: HTMLElement[] = [line(countsText(check))];
  const problems = [...check.errors, ...check.warnings];
  if (!problems.length) {
    parts.push(line('No problems: every item in the feed is valid.', 'check-ok'));
  } else {
    parts.push(
      line(
        `${check.errors.length} error(s) and ${check.warnings.length} warning(s). Widgets still show every valid item; ` +
          'fix these so nothing is left out.',
        check.errors.length ? 'check-failed' : 'check-warn',
      ),
    );
    const list = document.createElement('ol');
    list.className = 'problems';
    for (const problem of problems.slice(0, MAX_LISTED_PROBLEMS)) {
      const item = document.createElement('li');
      item.textContent = problemLine(problem);
      list.append(item);
    }
    parts.push(list);
    if (problems.length > MAX_LISTED_PROBLEMS) {
      parts.push(line(`…and ${problems.length - MAX_LISTED_PROBLEMS} more. Run "npx learning-feed validate <url>" for the full list.`));
    }
  }
  checkOutput.replaceChildren(...parts);
  offerOrganizations(check.organizationIds);
  renderSources(check);
}

function renderSources(check: FeedCheck | undefined): void {
  const info = check?.parsed?.info;
  if (!info) {
    const item = document.createElement('li');
    item.textContent = 'Check a feed to see where its data comes from.';
    sourcesList.replaceChildren(item);
    return;
  }
  sourcesList.replaceChildren(...creditsOf(info, localeChain(document.documentElement.lang)).map(creditItem));
}

let checking: AbortController | undefined;
async function runCheck(): Promise<void> {
  const url = absoluteFeedUrls().split(' ')[0];
  checking?.abort();
  if (!url) {
    checkOutput.replaceChildren(line('Give a feed URL to check it.'));
    return;
  }
  const controller = new AbortController();
  checking = controller;
  checkOutput.replaceChildren(line(`Checking ${url}…`));
  try {
    const result = await checkFeed(url, controller.signal);
    if (checking === controller) renderCheck(result);
  } catch {
    // Aborted by a newer check, which reports instead.
  }
}

// ---- copying ----

async function copySnippet(): Promise<void> {
  try {
    await navigator.clipboard.writeText(shownSnippet);
    copyStatus.textContent = 'Copied. Paste it into your page where the widget should appear.';
  } catch {
    const range = document.createRange();
    range.selectNodeContents(snippetCode);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    copyStatus.textContent = 'Your browser did not let the page copy. The snippet is selected: press Ctrl+C (⌘C on a Mac).';
  }
}

// ---- wiring ----

function setUpKinds(): void {
  const group = byId('kinds');
  group.replaceChildren(
    ...(Object.entries(KIND_LABELS) as Array<[EmbedKind, string]>).map(([kind, label], index) => {
      const wrapper = document.createElement('div');
      wrapper.className = 'field-check';
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'kind';
      input.value = kind;
      input.id = `kind-${kind}`;
      input.checked = index === 0;
      const text = document.createElement('label');
      text.htmlFor = input.id;
      text.textContent = label;
      wrapper.append(input, text);
      return wrapper;
    }),
  );
}

setUpKinds();
scriptInput.value ||= DEFAULT_SCRIPT_URL;
renderOptionFields(optionFields, chosenKind());
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('change', (event) => {
  const target = event.target as HTMLElement;
  if (target instanceof HTMLInputElement && target.name === 'kind') renderOptionFields(optionFields, chosenKind());
  if (target === sampleSelect && sampleSelect.value) {
    feedInput.value = sampleSelect.value;
    void runCheck();
  }
  if (target === feedInput) void runCheck();
  update();
});
form.addEventListener('input', (event) => {
  if (event.target === sampleSelect) return;
  if (event.target === feedInput) {
    // Typing another address leaves the demo feeds: the list says so.
    const typed = feedInput.value.trim();
    sampleSelect.value = [...sampleSelect.options].some((option) => option.value === typed) ? typed : '';
  }
  updateSoon();
});
byId('check-feed').addEventListener('click', () => void runCheck());
copyButton.addEventListener('click', () => void copySnippet());

update();
void runCheck();
