import { test as base, expect, type Page } from '@playwright/test';
import { startHarness, type RunningHarness } from '../../harness/launch';

/** What a test gets: its own harness with a fresh data folder, and the app open in `page`. */
export interface AppFixtures {
  harness: RunningHarness;
}

/** Opens the app from a harness and waits until the shell shows and main has answered. */
export async function openApp(page: Page, harness: RunningHarness): Promise<void> {
  await page.goto(harness.url);
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('footer [role="status"]')).toHaveClass(/link-state--connected/);
}

/**
 * Playwright's `test` with a harness per test. The page records CSP violations and uncaught
 * errors from the start, and the test fails at teardown if there were any: the app must run
 * under the strict policy without a single blocked script, style or eval — the harness's bridge
 * script included.
 */
export const test = base.extend<AppFixtures>({
  harness: [
    async ({ page }, use) => {
      const harness = await startHarness();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const record = globalThis as unknown as { cspViolations?: string[] };
          (record.cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
        });
      });
      try {
        await openApp(page, harness);
        await use(harness);
        const violations = await page.evaluate(
          () => (globalThis as unknown as { cspViolations?: string[] }).cspViolations ?? [],
        );
        expect(violations, 'CSP violations').toEqual([]);
        expect(pageErrors, 'uncaught page errors').toEqual([]);
      } finally {
        await harness.stop();
      }
    },
    { auto: true },
  ],
});

export { expect };
