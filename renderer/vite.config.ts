import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The dev server injects inline scripts and styles (React refresh, CSS hot reload) that the strict
 * CSP in index.html forbids, so only `vite serve` drops the meta tag. Built output keeps it, and
 * the app and the harness send the same policy as a header anyway.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'lcr:relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

/**
 * Builds the renderer into dist/renderer with relative URLs, so it loads from any scheme or folder.
 * Paths are relative — `root` to the working directory (the package root, where every npm script
 * runs), `outDir` to `root` — so this file needs nothing from Node.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), relaxCspForDevServer()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
  },
});
