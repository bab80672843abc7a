/**
 * What a calendar, map or finder shows for a query while the search code cannot be loaded (the shared
 * index tries again by itself, see search-index-service.ts). Apart from states.ts so that the badge,
 * which never searches, does not download these words.
 */
import type { TemplateResult } from 'lit';
import { sharedMessages } from './messages.js';
import { retryState } from './states.js';

export function searchFailedState(localeTag: string, retry: () => void): TemplateResult {
  const words = sharedMessages.for(localeTag);
  return retryState(words.searchFailed, words.tryAgain, retry);
}
