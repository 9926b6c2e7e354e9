import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { field, openProfiles, profileDialog } from './support/profiles-page';

/** Whether keyboard focus is inside the open dialog. */
function focusInDialog(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.closest('dialog[open]') != null);
}

test('the profile dialog keeps focus inside, cancels on Escape and gives focus back', async ({ page }) => {
  await openProfiles(page);
  const opener = page.getByRole('button', { name: 'Add profile' });
  await opener.click();
  const dialog = profileDialog(page);
  await expect(dialog).toHaveAccessibleName('Add profile');
  await expect(field(page, 'Cloud')).toBeFocused();

  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Add profile' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(field(page, 'Cloud')).toBeFocused();
  for (let step = 0; step < 20; step += 1) {
    await page.keyboard.press('Tab');
    expect(await focusInDialog(page), `focus after ${step + 1} Tabs`).toBe(true);
  }

  await field(page, 'AccessKey Secret').fill('Sup3rSecretValue-9f1c2d');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  await opener.click();
  await expect(field(page, 'AccessKey Secret')).toHaveValue('');
});

test('a Volcengine profile has its region fixed and no signature version', async ({ page }) => {
  await openProfiles(page);
  await page.getByRole('button', { name: 'Add profile' }).click();
  await field(page, 'Cloud').selectOption({ label: 'Volcengine' });
  await expect(field(page, 'Region')).toHaveValue('cn-north-1');
  await expect(field(page, 'Region')).toHaveAttribute('readonly', '');
  await expect(profileDialog(page)).toContainText('Volcengine Live signs every call with cn-north-1');
  await expect(profileDialog(page).getByLabel('Signature version')).toHaveCount(0);
});

test.describe('in Shanghai', () => {
  test.use({ timezoneId: 'Asia/Shanghai' });

  test('the STS expiry is entered in local time and shown in UTC', async ({ page }) => {
    await openProfiles(page);
    await page.getByRole('button', { name: 'Add profile' }).click();
    await expect(profileDialog(page)).toContainText('In the desk’s time zone (Asia/Shanghai, chosen in Settings); saved in UTC.');
    await field(page, 'STS token expiry (optional)').fill('2030-01-02T10:30');
    await expect(profileDialog(page).locator('output')).toHaveText('= 2030-01-02 02:30 UTC');
    await expect(profileDialog(page)).toContainText('An expiry needs an STS token.');
  });
});
