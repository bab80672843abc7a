/**
 * The full detail of an opportunity (<learning-opportunity-detail>, with its .ics writer, calendar links
 * and share code) is needed only when a visitor opens one, so the finder and the calendar leave it out
 * of their first download: they prefetch it once their first view is on screen and await it when a
 * detail opens. A page that registered it already (define-parts.js, an npm copy) loads nothing.
 */
const TAG = 'learning-opportunity-detail';

let loading: Promise<void> | undefined;

/** Resolves once <learning-opportunity-detail> is defined; a failed load is retried on the next call. */
export function loadOpportunityDetail(): Promise<void> {
  if (typeof customElements !== 'undefined' && customElements.get(TAG)) return Promise.resolve();
  loading ??= import('./define-detail.js').then(
    () => undefined,
    (error: unknown) => {
      loading = undefined;
      console.error(`<${TAG}> could not be loaded; the list still works, the detail will be tried again when opened.`, error);
      throw error;
    },
  );
  return loading;
}

/** Starts loading the detail when the browser is idle, so opening one later does not wait. */
export function prefetchOpportunityDetail(): void {
  if (loading || (typeof customElements !== 'undefined' && customElements.get(TAG))) return;
  const load = (): void => void loadOpportunityDetail().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2_000 });
  else setTimeout(load, 200);
}
