import { expect, test } from './support/app-fixture';
import { navItems } from './support/ui-text';

test('the shell shows the sidebar, a view heading and the status bar', async ({ page }) => {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Live Control Room');

  const nav = page.getByRole('navigation', { name: 'Views' });
  await expect(navItems(page)).toHaveText([/Failover/, /Studios/, /Relay groups/, /Profiles/, /Journal/, /Settings/]);
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  await expect(nav.locator('[aria-current="page"]')).toContainText('Failover');

  await expect(page.locator('main h1')).toHaveText('Failover');
  await expect(page.locator('main')).toContainText('No stream is pinned for this show yet.');

  const status = page.locator('footer');
  await expect(status).toHaveAttribute('aria-label', 'Status');
  await expect(status).toContainText('Alibaba Cloud');
  await expect(status).toContainText('Volcengine');
  await expect(status.getByRole('combobox', { name: 'Active Alibaba Cloud profile' })).toHaveValue('rehearsal-aliyun');
  await expect(status.getByRole('combobox', { name: 'Active Volcengine profile' })).toHaveValue('rehearsal-volcengine');
  await expect(status.getByText('Rehearsal', { exact: true })).toHaveCount(2);
  await expect(status.getByRole('status')).toHaveText('Connected');
});

test('every view has its own heading and shows its content', async ({ page }) => {
  await navItems(page).nth(4).click();
  await expect(page.locator('main h1')).toHaveText('Journal');
  await expect(page.getByRole('table', { name: 'Journal entries, newest first' })).toBeVisible();
  await navItems(page).nth(2).click();
  await expect(page.locator('main h1')).toHaveText('Relay groups');
  await expect(page.getByRole('table', { name: 'Relay groups of this Volcengine account' })).toBeVisible();
  await navItems(page).nth(3).click();
  await expect(page.locator('main h1')).toHaveText('Profiles');
  await expect(page.getByRole('region', { name: 'Alibaba Cloud' }).getByRole('table')).toBeVisible();
  await navItems(page).nth(5).click();
  await expect(page.locator('main h1')).toHaveText('Settings');
  await expect(page.getByRole('radiogroup', { name: 'Language' })).toBeVisible();
});

test('the About section shows this installation, data values marked as not for translation', async ({
  page,
  harness,
}) => {
  await navItems(page).nth(5).click();
  const about = page.getByRole('region', { name: 'About' });
  await expect(about).toContainText('Browser harness');
  await expect(about.locator('[translate="no"]', { hasText: harness.dataDir })).toBeVisible();
  await expect(about.locator('[translate="no"]', { hasText: /^\d+\.\d+\.\d+/ }).first()).toBeVisible();
});

test('when main stops answering, the status bar says unreachable and a change fails visibly', async ({
  page,
  harness,
}) => {
  await navItems(page).nth(5).click();
  await harness.stop();
  await page.locator('input[name="language"][value="zh-CN"]').click();

  // Settings has more than one alert region (the Diagnostics section keeps its own): the failed save is told once.
  await expect(page.getByRole('alert').filter({ hasText: "The app's background services did not answer" })).toHaveCount(1);
  await expect(page.locator('footer').getByRole('status')).toHaveText('Unreachable');
  await expect(page.locator('input[name="language"][value="system"]')).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
