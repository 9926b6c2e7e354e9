import type { BuildOptions, Plugin } from 'esbuild';
import path from 'node:path';

/** Gives an ESM bundle a `require` for the CommonJS dependencies bundled into it. */
export const esmRequireBanner =
  "import { createRequire as __lcrCreateRequire } from 'node:module'; const require = __lcrCreateRequire(import.meta.url);";

/**
 * Fails the build if anything `lcr` bundles imports `electron`: the CLI runs under plain Node,
 * where that module is only a path to a binary that may not even be installed.
 */
export const refuseElectron: Plugin = {
  name: 'refuse-electron',
  setup(build) {
    build.onResolve({ filter: /^electron(\/.*)?$/ }, (args) => ({
      errors: [{ text: `lcr runs under plain Node and must not import "${args.path}" (imported by ${args.importer})` }],
    }));
  },
};

/**
 * How `dist/cli/lcr.js` (package.json's `bin`) is built: one ESM file for Node 20 with every npm
 * module inside except the native keychain module, started by its shebang. Shared by the build
 * and by the test that runs the bundle, so both build exactly the same thing.
 */
export function cliBuildOptions(root: string, outfile: string): BuildOptions {
  return {
    entryPoints: [path.join(root, 'electron', 'cli', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: true,
    logLevel: 'warning',
    external: ['keytar'],
    banner: { js: `#!/usr/bin/env node\n${esmRequireBanner}` },
    plugins: [refuseElectron],
  };
}
