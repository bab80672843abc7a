import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/elements/learning-feed/define.js';
import '../../../src/elements/learning-lighthouse/define.js';
import type { LearningLighthouse } from '../../../src/elements/learning-lighthouse/learning-lighthouse.js';

export const FIXTURES = '/test/fixtures/lighthouse';
export const REGISTRY = `${FIXTURES}/registry.json`;
export const PARTNER = `${FIXTURES}/jinjeop-partner.json`;
export const SELF_CLAIM = `${FIXTURES}/self-claim-partner.json`;
/** Monday 23 November 2026, 09:00 in Seoul (the fixtures' zone). */
export const NOW = Date.UTC(2026, 10, 23, 0, 0);

/** Renders the template and waits until the badge inside it has left the loading state. */
export async function mountBadge(template: TemplateResult): Promise<LearningLighthouse> {
  const root = await fixture<HTMLElement>(template);
  const badge = root.localName === 'learning-lighthouse' ? (root as LearningLighthouse) : root.querySelector('learning-lighthouse')!;
  await waitUntil(() => badge.badgeState !== 'loading', 'the badge never finished loading', { timeout: 10_000 });
  await badge.updateComplete;
  return badge;
}

/** What a sighted reader sees, with runs of white space collapsed. */
export function visibleText(badge: LearningLighthouse): string {
  return (badge.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
