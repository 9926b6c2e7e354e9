import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the renderer against the harness, in Debian's Chromium (never a downloaded
 * one: build machines have no internet). Each test starts its own harness, so tests share nothing.
 */
export default defineConfig({
  testDir: '.',
  globalSetup: './global-setup.ts',
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    locale: 'en-US',
    colorScheme: 'dark',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});
