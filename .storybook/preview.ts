import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import customElements from '../custom-elements.json';
import { installStoryThemes, storyFrame } from '../stories/support/frame.js';

// Controls and the docs tables (attributes, properties, events, slots, CSS parts and properties) come
// from the elements' JSDoc, through the manifest `npm run analyze` writes.
setCustomElementsManifest(customElements);
installStoryThemes();

const LANGUAGES = [
  { value: 'en', right: 'en', title: 'English' },
  { value: 'fr', right: 'fr', title: 'Français' },
  { value: 'es', right: 'es', title: 'Español' },
  { value: 'de', right: 'de', title: 'Deutsch' },
  { value: 'ko', right: 'ko', title: '한국어' },
  { value: 'ar', right: 'ar', title: 'العربية (right to left)' },
];

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Colour theme of the page around the elements',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'high-contrast', title: 'High contrast', icon: 'eye' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the page (sets lang and dir on the story wrapper)',
      toolbar: { title: 'Language', icon: 'globe', items: LANGUAGES, dynamicTitle: true },
    },
  },
  initialGlobals: {
    theme: 'light',
    locale: 'en',
  },
  decorators: [(story, context) => storyFrame(story(), { theme: context.globals.theme, locale: context.globals.locale })],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    viewport: {
      options: {
        narrow: { name: 'Narrow phone (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        ...MINIMAL_VIEWPORTS,
      },
    },
    // Every story is checked with axe in the a11y panel; the story test (test/stories) fails on the same violations.
    a11y: { test: 'error' },
  },
};

export default preview;
