/**
 * The frame every story renders in: a theme (colour tokens + `color-scheme`) and a language (`lang` + `dir`).
 * Storybook's toolbar drives it through the decorator in .storybook/preview.ts; the story test renders the
 * same frame, so what axe checks is what a designer sees.
 */
import { html, type TemplateResult } from 'lit';
import { isRightToLeft, SUPPORTED_LOCALES, type SupportedLocale } from '../../src/i18n/locales.js';

export const STORY_THEMES = ['light', 'dark', 'high-contrast'] as const;
export type StoryTheme = (typeof STORY_THEMES)[number];
export const STORY_LOCALES = SUPPORTED_LOCALES;

export interface StoryFrameOptions {
  theme?: string;
  locale?: string;
}

/**
 * Every token is set for every theme, so the frame decides the colours and not the reader's operating
 * system (the elements' own fallbacks follow `prefers-color-scheme`). Token names are the global ones in
 * docs/theming.md, plus per-element overrides where high contrast needs them. The lighthouse
 * badge is a self-contained box with its own `theme` attribute, so only high contrast overrides its colours.
 */
const THEME_CSS = `
.story-frame {
  box-sizing: border-box;
  padding: 1rem;
  min-block-size: 100vh;
  background: var(--story-background);
  color: var(--learning-text);
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans KR', sans-serif;
  line-height: 1.5;
}
.story-frame[data-theme='light'] {
  color-scheme: light;
  --story-background: #ffffff;
  --learning-text: #1b1f24;
  --learning-muted: #4d5560;
  --learning-surface: #ffffff;
  --learning-accent: #1d4e89;
  --learning-on-accent: #ffffff;
  --learning-border: #c8ced6;
  --learning-focus: #b35c00;
  --learning-warning-surface: #fff1c2;
  --learning-warning-text: #5c3b00;
  --learning-background: #ffffff;
  --learning-danger: #a4161a;
}
.story-frame[data-theme='dark'] {
  color-scheme: dark;
  --story-background: #12161c;
  --learning-text: #eef1f5;
  --learning-muted: #b5bcc6;
  --learning-surface: #1b2129;
  --learning-accent: #8cb8f0;
  --learning-on-accent: #0b1320;
  --learning-border: #4a525c;
  --learning-focus: #f5a623;
  --learning-warning-surface: #4a3500;
  --learning-warning-text: #ffe7a3;
  --learning-background: #12161c;
  --learning-danger: #ff8a80;
}
.story-frame[data-theme='high-contrast'] {
  color-scheme: dark;
  --story-background: #000000;
  --learning-text: #ffffff;
  --learning-muted: #ffffff;
  --learning-surface: #000000;
  --learning-accent: #ffff00;
  --learning-on-accent: #000000;
  --learning-border: #ffffff;
  --learning-focus: #00ffff;
  --learning-warning-surface: #000000;
  --learning-warning-text: #ffff00;
  --learning-skeleton: #ffffff;
  --learning-background: #000000;
  --learning-danger: #ff8080;
  --learning-calendar-border: #ffffff;
  --learning-calendar-event-background: #000000;
  --learning-calendar-outside-background: #1a1a1a;
  --learning-map-marker: #ffff00;
  --learning-map-marker-text: #000000;
  --learning-map-marker-border: #ffffff;
  --learning-map-cluster: #00ffff;
  --learning-map-ring: #ff80ff;
  --learning-lighthouse-background: #000000;
  --learning-lighthouse-text: #ffffff;
  --learning-lighthouse-accent: #ffff00;
  --learning-lighthouse-muted: #ffffff;
  --learning-lighthouse-border: #ffffff;
  --learning-lighthouse-light: #ffff00;
}
`;

const STYLE_ID = 'learning-story-themes';

/** Adds the theme rules to the document once (Storybook's preview and the story test both call it). */
export function installStoryThemes(doc: Document = document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = THEME_CSS;
  doc.head.append(style);
}

export function isStoryTheme(value: unknown): value is StoryTheme {
  return (STORY_THEMES as readonly unknown[]).includes(value);
}

export function isStoryLocale(value: unknown): value is SupportedLocale {
  return (STORY_LOCALES as readonly unknown[]).includes(value);
}

/** Wraps a story in the themed, language-tagged frame. Unknown values fall back to light and English. */
export function storyFrame(story: unknown, options: StoryFrameOptions = {}): TemplateResult {
  const theme = isStoryTheme(options.theme) ? options.theme : 'light';
  const locale = isStoryLocale(options.locale) ? options.locale : 'en';
  return html`<div class="story-frame" data-theme=${theme} lang=${locale} dir=${isRightToLeft(locale) ? 'rtl' : 'ltr'}>
    ${story}
  </div>`;
}
