import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import path from 'node:path';
import { cliBuildOptions, esmRequireBanner } from './cli-bundle';

// Builds what Electron loads: main as one ESM file (npm modules bundled, natives external) and the
// preload as one CommonJS file, since a sandboxed preload can require nothing but `electron`; and
// the `lcr` command line as one executable ESM file for plain Node.
const root = path.resolve(import.meta.dirname, '..', '..');
const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'warning' } as const;
const cliOutfile = path.join(root, 'dist', 'cli', 'lcr.js');

await Promise.all([
  build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'main.ts')],
    outfile: path.join(root, 'dist', 'main', 'main.js'),
    format: 'esm',
    external: ['electron', 'keytar'],
    // Bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: esmRequireBanner },
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'preload.ts')],
    outfile: path.join(root, 'dist', 'preload', 'preload.cjs'),
    format: 'cjs',
    external: ['electron'],
  }),
  build(cliBuildOptions(root, cliOutfile)).then(() => chmod(cliOutfile, 0o755)),
]);
