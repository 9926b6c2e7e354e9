import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * Builds the renderer once per run, so the harnesses the tests start serve the current code.
 * The build's output goes to stderr: stdout belongs to the test reporter.
 */
export default function globalSetup(): void {
  const result = spawnSync('npm', ['run', '-s', 'build:renderer'], {
    cwd: path.resolve(import.meta.dirname, '..', '..'),
    stdio: ['ignore', process.stderr, 'inherit'],
  });
  if (result.status !== 0) throw new Error(`npm run build:renderer failed with ${result.status ?? result.signal}`);
}
