import { expect, test } from './support/app-fixture';
import { openRelays } from './support/relays-page';
import { drill } from './support/studios-page';

// The status bar's link state for the active Volcengine profile, driven by the calls the relay
// groups screen makes against the embedded rehearsal cloud and by its drills.

test('the status bar tells whether Volcengine answered, its rate budget, a clock skew and going offline', async ({ page }) => {
  const link = page.locator('footer').getByRole('group', { name: 'Link to Volcengine' });
  await expect(link).toContainText('not called yet');

  await openRelays(page);
  await expect(link).toContainText(/answered \d+ s ago/);
  await expect(link).toContainText(/[A-Za-z]+ \d+\/\d+ per s/);

  // Beyond the cloud's 15-minute signature tolerance, so the first call is refused and corrected.
  await drill(page, { kind: 'skew', seconds: 1200 });
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(link.getByText(/^This computer's clock is 20 min behind Volcengine's: signed calls are corrected/)).toBeVisible();
  await expect(link).toContainText(/answered \d+ s ago/);

  await drill(page, { kind: 'offline', provider: 'volcengine' });
  await page.getByRole('button', { name: 'Refresh' }).click();
  const state = link.getByText('offline', { exact: true });
  await expect(state).toBeVisible({ timeout: 15_000 });
  await expect(state).toHaveAttribute('title', /^Could not connect to the cloud/);
  await expect(state).toHaveAccessibleDescription(/^Could not connect to the cloud/);
  await state.focus();
  await expect(state).toBeFocused();
});
