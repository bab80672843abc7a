/**
 * Renders every story of stories/*.stories.ts in Chromium, in the same frame Storybook uses, waits for it
 * to settle (its `play`: feeds loaded, failed or visibly loading) and runs axe on it. A story that fails
 * axe fails this test, so what designers see in Storybook stays accessible.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { installStoryThemes, storyFrame, STORY_THEMES } from '../../stories/support/frame.js';
import { STORY_MODULES, storiesOf, type RunnableStory } from './story-modules.js';

/** The public tags (docs/ARCHITECTURE); an element whose define module exists must have a stories file. */
const PUBLIC_TAGS = ['learning-feed', 'learning-finder', 'learning-calendar', 'learning-map', 'learning-lighthouse'];

installStoryThemes();

async function renderStory(story: RunnableStory, theme: string): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(html`${storyFrame(story.render({ ...story.args }, { args: story.args }), { theme, locale: 'en' })}`);
  await story.play?.({ canvasElement: el, args: story.args });
  return el;
}

async function exists(url: string): Promise<boolean> {
  const response = await fetch(url, { method: 'HEAD', cache: 'no-store' });
  return response.ok;
}

describe('stories', () => {
  it('cover every element that has a define module', async () => {
    for (const tag of PUBLIC_TAGS) {
      const defined = await exists(`/src/elements/${tag}/define.ts`);
      const file = `${tag}.stories.ts`;
      if (defined) expect(Object.keys(STORY_MODULES), `stories for <${tag}>`).to.include(file);
      // A stories file on disk that the test does not import would never be checked.
      if (await exists(`/stories/${file}`)) expect(Object.keys(STORY_MODULES), `${file} is imported by the test`).to.include(file);
    }
  });

  it('load their feeds from relative URLs that resolve to the repository files here as in Storybook', async () => {
    const base = new URL(document.baseURI);
    expect(base.pathname, 'the test page sits at the server root, like Storybook’s iframe.html').to.equal('/');
    expect(await exists('demo/feeds/multilingual.json')).to.equal(true);
    expect(await exists('stories/feeds/empty.json')).to.equal(true);
  });
});

for (const [file, module] of Object.entries(STORY_MODULES)) {
  const stories = storiesOf(file, module);
  describe(`${file} (${stories[0]?.title ?? file})`, () => {
    for (const story of stories) {
      it(`${story.name}: renders and passes axe`, async () => {
        const el = await renderStory(story, 'light');
        await expect(el).to.be.accessible();
      });
      for (const theme of STORY_THEMES.filter((name) => name !== 'light')) {
        it(`${story.name}: passes axe in the ${theme} theme`, async () => {
          const el = await renderStory(story, theme);
          await expect(el).to.be.accessible();
        });
      }
    }
  });
}
