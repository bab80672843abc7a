export const repoRoot: string;
export const demoDist: string;
export const DEMO_PAGES: string[];
export function ensureDemoBuilt(): void;
