import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { pinStream, studioB } from './support/board-page';
import { drill } from './support/studios-page';
import { openView, settingsIndex } from './support/ui-text';

// Settings › Watching streams: the board's polling interval, with what it costs against the read
// action's rate budget, and notifications per kind — a kind turned off shows no toast, while the
// change is still on the tile and in the journal.
const failoverIndex = 0;

const toasts = (page: Page) => page.getByRole('region', { name: 'Notifications' });

test('the polling interval says its share of the rate budget, and a notification kind turned off shows no toast', async ({ page }) => {
  const tile = await pinStream(page, studioB);
  const standby = (await tile.getByRole('listitem').filter({ hasText: 'Standby' }).first().locator('.upstream__id').textContent()) ?? '';

  await openView(page, settingsIndex);
  const interval = page.getByLabel('Board reads every');
  await expect(interval).toHaveValue('2');
  await expect(interval).toHaveAccessibleDescription('Each read of the board is 1 call(s) of QueryLiveDomainMultiStreamList: 5% of the 10 per second it allows.');
  await interval.selectOption('1');
  await expect(interval).toHaveAccessibleDescription('Each read of the board is 1 call(s) of QueryLiveDomainMultiStreamList: 10% of the 10 per second it allows.');
  const standbyNotices = page.getByRole('checkbox', { name: 'A standby is lost, or comes back' });
  await standbyNotices.uncheck();
  await expect(standbyNotices).not.toBeChecked();
  await expect(page.getByText('Always shown: a switch that failed or was not confirmed')).toBeVisible();

  await openView(page, failoverIndex);
  await drill(page, { kind: 'cut', stream: studioB, upstream: standby });
  await expect(tile.getByRole('listitem').filter({ hasText: 'Standby' })).toHaveCount(0);
  await drill(page, { kind: 'restore', stream: studioB, upstream: standby });
  await expect(tile.getByRole('listitem').filter({ hasText: 'Standby' })).toHaveCount(1);
  await expect(toasts(page)).not.toContainText('standby');

  await openView(page, settingsIndex);
  await standbyNotices.check();
  await expect(standbyNotices).toBeChecked();
  await openView(page, failoverIndex);
  await drill(page, { kind: 'cut', stream: studioB, upstream: standby });
  const lost = toasts(page).getByRole('alert').filter({ hasText: `${studioB} has no standby` });
  await expect(lost).toBeVisible();
  // An alert stays until dismissed: had the first loss been notified, there would be two.
  await expect(lost).toHaveCount(1);
});
