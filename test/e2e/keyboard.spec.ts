import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { navItems } from './support/ui-text';

async function focusedOutline(page: Page): Promise<string> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    return focused ? getComputedStyle(focused).outlineStyle : 'none';
  });
}

test('Tab reaches the sidebar, arrows move between views and Enter opens one', async ({ page }) => {
  await page.keyboard.press('Tab');
  await expect(navItems(page).nth(0)).toBeFocused();
  expect(await focusedOutline(page)).not.toBe('none');

  await page.keyboard.press('ArrowDown');
  await expect(navItems(page).nth(1)).toBeFocused();
  expect(await focusedOutline(page)).not.toBe('none');
  await expect(page.locator('main h1')).toHaveText('Failover');

  await page.keyboard.press('Enter');
  await expect(page.locator('main h1')).toHaveText('Studios');
  await expect(navItems(page).nth(1)).toHaveAttribute('aria-current', 'page');

  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(navItems(page).nth(5)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('main h1')).toHaveText('Settings');
});

test('the sidebar is one Tab stop, on the current view', async ({ page }) => {
  await navItems(page).nth(2).click();
  // The first stop of the main area is the rehearsal banner's button (rehearsal profiles are active).
  await page.getByRole('button', { name: 'Drill controls' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(navItems(page).nth(2)).toBeFocused();
  await expect(navItems(page).nth(0)).toHaveAttribute('tabindex', '-1');
  await expect(navItems(page).nth(2)).toHaveAttribute('tabindex', '0');
});

test('Ctrl+1…6 open views from anywhere, and keep focus with the sidebar', async ({ page }) => {
  await page.keyboard.press('Control+6');
  await expect(page.locator('main h1')).toHaveText('Settings');
  await page.keyboard.press('Control+4');
  await expect(page.locator('main h1')).toHaveText('Profiles');

  await page.keyboard.press('Tab');
  await expect(navItems(page).nth(3)).toBeFocused();
  await page.keyboard.press('Control+6');
  await expect(page.locator('main h1')).toHaveText('Settings');
  await expect(navItems(page).nth(5)).toBeFocused();
  expect(await focusedOutline(page)).not.toBe('none');
});
