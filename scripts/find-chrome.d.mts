/** Types for find-chrome.mjs, so TypeScript tests and scripts can import it. */
export function findChrome(): string;
export const CHROME_FLAGS: string[];
