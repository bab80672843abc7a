/** Mounts <FinderWithMap> into a page element: how a Vue app (or a test) starts it. */
import { createApp, h, reactive } from 'vue';
import type { FinderWithMapProps, MountedExample } from '../react/props.js';
import { FinderWithMap } from './finder.js';

/** The same props as the React example; the handlers become Vue's `onOpportunitySelected`… listeners. */
export function mount(container: HTMLElement, props: FinderWithMapProps): MountedExample {
  const current = reactive({ ...props });
  const app = createApp({ render: () => h(FinderWithMap, { ...current }) });
  app.mount(container);
  return {
    update: (next) => Object.assign(current, next),
    unmount: () => app.unmount(),
  };
}
