import { build } from 'esbuild';
import path from 'node:path';

// Builds what Electron loads: main as one ESM file (npm modules bundled, natives external) and the
// preload as one CommonJS file, since a sandboxed preload can require nothing but `electron`.
const root = path.resolve(import.meta.dirname, '..', '..');
const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'warning' } as const;

await Promise.all([
  build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'main.ts')],
    outfile: path.join(root, 'dist', 'main', 'main.js'),
    format: 'esm',
    external: ['electron', 'keytar'],
    // Bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __lcrCreateRequire } from 'node:module'; const require = __lcrCreateRequire(import.meta.url);" },
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'preload.ts')],
    outfile: path.join(root, 'dist', 'preload', 'preload.cjs'),
    format: 'cjs',
    external: ['electron'],
  }),
]);
