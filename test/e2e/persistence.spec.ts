import { startHarness } from '../harness/launch';
import { expect, openApp, test } from './support/app-fixture';
import { chooseLanguage, openView, settingsIndex } from './support/ui-text';

test('the chosen language survives a restart of the services', async ({ page, harness }) => {
  await openView(page, settingsIndex);
  await chooseLanguage(page, 'zh-CN', 'zh-CN');
  await harness.stop();

  const restarted = await startHarness({ dataDir: harness.dataDir });
  try {
    await openApp(page, restarted);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('main h1')).toHaveText('主备切换');
    await openView(page, settingsIndex);
    await expect(page.locator('input[name="language"][value="zh-CN"]')).toBeChecked();
  } finally {
    await restarted.stop();
  }
});
