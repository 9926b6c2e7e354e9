import { defineConfig } from '@playwright/test';

// `npm run test:electron`: the real app window through Playwright's _electron. Needs the Electron
// binary, which cannot be downloaded on our build machines, so it is not part of `npm test`.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
});
