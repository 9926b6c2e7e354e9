import path from 'node:path';
import { expect, test } from './support/app-fixture';
import { openView, settingsIndex } from './support/ui-text';

test('screenshot of the shell for the README', async ({ page }) => {
  await openView(page, settingsIndex);
  await expect(page.getByRole('region', { name: 'About' }).locator('dl')).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(import.meta.dirname, 'readme', 'shell.png') });
});
