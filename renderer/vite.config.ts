import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

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

/** Builds the renderer into dist/renderer with relative URLs, so it loads from any scheme or folder. */
export default defineConfig({
  root,
  base: './',
  plugins: [react(), relaxCspForDevServer()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
  },
});
