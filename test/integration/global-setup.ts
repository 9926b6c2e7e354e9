import { build } from 'esbuild';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { cliBuildOptions } from '../../electron/build/cli-bundle';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The `lcr` bundle built from the current source for this run. */
    lcrBundle: string;
  }
}

/**
 * Builds `lcr` from the current source once per run, as the build builds it, for every test that
 * runs the real CLI as a child process: a bundle starts in a quarter of a second where the source
 * under tsx takes over one, and the suite starts `lcr` well over a hundred times. It is built inside
 * node_modules/.cache, so its one external module, keytar, resolves.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const cache = path.join(root, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  const outDir = await mkdtemp(path.join(cache, 'lcr-integration-'));
  const bundle = path.join(outDir, 'lcr.js');
  await build(cliBuildOptions(root, bundle));
  project.provide('lcrBundle', bundle);
  return () => rm(outDir, { recursive: true, force: true });
}
