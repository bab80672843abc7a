/**
 * Every story module, and the stories in it, read the way Storybook reads CSF 3: the default export is the
 * meta (args, render, play shared by its stories), every other export is a story that may override them.
 */
import type { TemplateResult } from 'lit';
import * as embedBuilderStories from '../../stories/embed-builder.stories.js';
import * as calendarStories from '../../stories/learning-calendar.stories.js';
import * as feedStories from '../../stories/learning-feed.stories.js';
import * as finderStories from '../../stories/learning-finder.stories.js';
import * as lighthouseStories from '../../stories/learning-lighthouse.stories.js';
import * as mapStories from '../../stories/learning-map.stories.js';

/** Every stories file, by file name. The test checks that each element with a define module has one here. */
export const STORY_MODULES: Record<string, Record<string, unknown>> = {
  'learning-feed.stories.ts': feedStories,
  'learning-finder.stories.ts': finderStories,
  'learning-calendar.stories.ts': calendarStories,
  'learning-map.stories.ts': mapStories,
  'learning-lighthouse.stories.ts': lighthouseStories,
  'embed-builder.stories.ts': embedBuilderStories,
};

type Args = Record<string, unknown>;
type Render = (args: Args, context: unknown) => TemplateResult;
type Play = (context: { canvasElement: HTMLElement; args: Args }) => Promise<void> | void;

interface CsfAnnotations {
  title?: string;
  name?: string;
  args?: Args;
  render?: Render;
  play?: Play;
}

export interface RunnableStory {
  title: string;
  name: string;
  args: Args;
  render: Render;
  play?: Play;
}

/** The stories of one module, each with its meta's args, render and play merged in. */
export function storiesOf(file: string, module: Record<string, unknown>): RunnableStory[] {
  const meta = (module.default ?? {}) as CsfAnnotations;
  const title = meta.title ?? file;
  return Object.entries(module)
    .filter(([exportName]) => exportName !== 'default' && exportName !== '__namedExportsOrder')
    .map(([exportName, value]) => {
      const story = value as CsfAnnotations;
      const render = story.render ?? meta.render;
      if (!render) throw new Error(`${file}: story ${exportName} has no render function (nor has its meta).`);
      return {
        title,
        name: story.name ?? exportName,
        args: { ...meta.args, ...story.args },
        render,
        play: story.play ?? meta.play,
      };
    });
}
