import { createContext } from '@lit/context';
import type { FeedStore } from './store.js';

/** Provided by `<learning-feed>`; widgets inside it consume this instead of loading feeds themselves. */
export const feedStoreContext = createContext<FeedStore>(Symbol('learning-feed-store'));
