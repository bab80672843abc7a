// `npm start`: the demo pages in demo/, with the library imported from src/ (no build step) and the
// demo feeds served from demo/feeds/ as plain static files.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  publicDir: false,
  server: {
    strictPort: false,
    open: false,
  },
  preview: {
    strictPort: false,
  },
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
  },
});
