/**
 * `play` functions that wait for a story's elements to reach the state the story is about. Storybook runs
 * its accessibility check after `play`, and the story test runs `play` before axe, so both check the
 * finished state (a loaded feed, an error message) rather than whatever was on screen after the first frame.
 * No Storybook imports: the story test loads these modules in plain Web Test Runner.
 */

const TIMEOUT_MS = 10_000;

type StoryContextLike = { canvasElement: HTMLElement };

interface LearningElementLike extends HTMLElement {
  updateComplete?: Promise<unknown>;
  /** <learning-feed> */
  src?: string;
  store?: { status: string; loadCount: number };
  /** The widgets that read a feed. */
  feedStatus?: string;
  /** <learning-finder>: true while its search index is still being built. */
  indexing?: boolean;
  /** <learning-lighthouse> */
  badgeState?: string;
  /** <learning-map>: resolves once Leaflet is loaded and the map drawn. */
  mapReady?: () => Promise<void>;
}

/** Every `learning-*` element in the story, including the parts inside the widgets' shadow roots. */
export function learningElements(root: ParentNode): LearningElementLike[] {
  const found: LearningElementLike[] = [];
  const visit = (node: ParentNode): void => {
    for (const element of node.querySelectorAll<HTMLElement>('*')) {
      if (element.localName.startsWith('learning-')) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** Whether the element loads or reads a feed (widgets and <learning-feed>, not the parts inside them). */
function readsFeed(element: LearningElementLike): boolean {
  return element.localName === 'learning-feed' || element.badgeState !== undefined || element.feedStatus !== undefined;
}

/** True while the element is still waiting for a feed (the state the loading stories stop at). */
function isWaitingForFeed(element: LearningElementLike): boolean {
  if (element.badgeState !== undefined) return element.badgeState === 'loading';
  if (element.feedStatus !== undefined) return element.feedStatus === 'loading' || element.indexing === true;
  if (element.localName === 'learning-feed') {
    if (!element.src?.trim()) return false;
    return !element.store || element.store.status === 'loading' || element.store.loadCount === 0;
  }
  return false;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

async function allUpdated(elements: LearningElementLike[]): Promise<void> {
  // A map whose library failed to load shows its list instead; that is a state, not a reason to stop waiting.
  await Promise.all(elements.map((element) => element.mapReady?.().catch(() => undefined)));
  await Promise.all(elements.map((element) => element.updateComplete));
}

/**
 * Waits until `done` holds for every learning element on two frames in a row (a widget may switch
 * views on its first resize, or start a load a microtask after connecting), then until they have rendered.
 */
async function waitForElements(canvas: HTMLElement, done: (element: LearningElementLike) => boolean, what: string): Promise<void> {
  const deadline = performance.now() + TIMEOUT_MS;
  let steadyFrames = 0;
  while (steadyFrames < 2) {
    await nextFrame();
    const elements = learningElements(canvas);
    await allUpdated(elements);
    steadyFrames = elements.length > 0 && elements.every(done) ? steadyFrames + 1 : 0;
    if (performance.now() > deadline) {
      const stuck = elements.filter((element) => !done(element)).map((element) => `<${element.localName}>`);
      throw new Error(`The story did not ${what} within ${TIMEOUT_MS} ms; still waiting: ${stuck.join(', ') || 'no learning-* element rendered'}.`);
    }
  }
  await allUpdated(learningElements(canvas));
}

/** True when the element ended in its error state (a feed that failed to load, a registry that could not be read). */
function hasFailed(element: LearningElementLike): boolean {
  if (element.badgeState !== undefined) return element.badgeState === 'error';
  if (element.feedStatus !== undefined) return element.feedStatus === 'error';
  if (element.localName === 'learning-feed') return element.store?.status === 'error';
  return false;
}

function settled(canvas: HTMLElement): Promise<void> {
  return waitForElements(canvas, (element) => !isWaitingForFeed(element), 'finish loading its feeds');
}

/** `play` for stories that show either outcome (some feeds load, some fail): waits until nothing is loading. */
export async function feedsSettled({ canvasElement }: StoryContextLike): Promise<void> {
  await settled(canvasElement);
}

/**
 * `play` for stories about loaded data: waits until nothing is loading, and fails when an element shows an
 * error instead, so a story never quietly shows the error state in place of the data it is named after.
 */
export async function feedsLoaded({ canvasElement }: StoryContextLike): Promise<void> {
  await settled(canvasElement);
  const failed = learningElements(canvasElement).filter(hasFailed);
  if (failed.length) {
    throw new Error(`The story should show loaded data, but ${failed.map((element) => `<${element.localName}>`).join(', ')} failed to load its feed.`);
  }
}

/** `play` for the error stories: waits until the feed has failed and every element that reads it shows so. */
export async function feedsFailed({ canvasElement }: StoryContextLike): Promise<void> {
  await settled(canvasElement);
  const notFailed = learningElements(canvasElement).filter((element) => readsFeed(element) && !hasFailed(element));
  if (notFailed.length) {
    throw new Error(`The story should show a load error, but ${notFailed.map((element) => `<${element.localName}>`).join(', ')} did not fail.`);
  }
}

/** `play` for the loading stories: waits until every widget shows that it is loading. */
export async function loadingShown({ canvasElement }: StoryContextLike): Promise<void> {
  await waitForElements(canvasElement, (element) => !readsFeed(element) || isWaitingForFeed(element), 'show its loading state');
}
