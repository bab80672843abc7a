import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers: every element in its real states (loading, empty, error, many results, long
 * texts, right-to-left, narrow), fed by local JSON files, so it runs and builds with no network.
 * `npm run storybook` / `npm run build-storybook` (both regenerate custom-elements.json first).
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: {
    name: '@storybook/web-components-vite',
    // The repository's vite.config.ts is the demo site's (root: demo/); Storybook gets its own.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // Served next to iframe.html, so the stories' relative feed and tile URLs (stories/support/feeds.ts) resolve.
  staticDirs: [
    { from: '../demo/feeds', to: '/demo/feeds' },
    { from: '../stories/feeds', to: '/stories/feeds' },
    { from: '../stories/tiles', to: '/stories/tiles' },
  ],
  core: { disableTelemetry: true },
};

export default config;
