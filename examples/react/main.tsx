/** Mounts <FinderWithMap> into a page element: how a React app (or a test) starts it. */
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { FinderWithMap } from './FinderWithMap.js';
import type { FinderWithMapProps, MountedExample } from './props.js';

export function mount(container: HTMLElement, props: FinderWithMapProps): MountedExample {
  const root = createRoot(container);
  const render = (next: FinderWithMapProps) => flushSync(() => root.render(<StrictMode><FinderWithMap {...next} /></StrictMode>));
  render(props);
  return { update: render, unmount: () => root.unmount() };
}
