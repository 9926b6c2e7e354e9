import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startHarness } from '../harness/launch';
import { expect, openApp, test } from './support/app-fixture';

test('a damaged settings file is reported above the view until dismissed', async ({ page }) => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lcr-notices-'));
  await writeFile(path.join(dataDir, 'settings.json'), '{ this is not json');
  const harness = await startHarness({ dataDir });
  try {
    await openApp(page, harness);
    const notices = page.getByRole('list', { name: 'Start-up notices' });
    await expect(notices.getByRole('status')).toContainText('The settings file was damaged. It was moved aside to');
    await expect(notices).toContainText(dataDir);
    await expect(page.locator('main h1')).toHaveText('Failover');
    await notices.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notices).toHaveCount(0);
  } finally {
    await harness.stop();
  }
});
