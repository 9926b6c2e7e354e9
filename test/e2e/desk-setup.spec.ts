import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { startHarness } from '../harness/launch';
import { expect, openApp, test } from './support/app-fixture';
import { pinStream, studioB } from './support/board-page';
import { openView, settingsIndex } from './support/ui-text';

// Settings carried to the next workstation: one data folder's settings, pins and shortcuts exported
// as a file, and imported into a fresh data folder through a preview that says what will change.
const failoverIndex = 0;
const match2 = 'sports.rehearsal.example/live/match-2';
const rehearsal = 'Rehearsal · Alibaba Cloud';

/** The Settings section for carrying a desk's setup. */
const setupSection = (page: Page) => page.getByRole('region', { name: 'Set up another desk' });

/** Records Ctrl+Alt+7 for a tile in the shortcut editor. */
async function bindShortcut(page: Page, path: string) {
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: path, exact: true }) });
  await row.getByRole('button', { name: 'Record' }).click();
  await page.keyboard.press('Control+Alt+7');
  await expect(row).toContainText('Ctrl+Alt+7');
}

test('settings, pins and shortcuts exported from one data folder and imported into a fresh one reproduce the desk', async ({ page }) => {
  await pinStream(page, match2);
  await pinStream(page, studioB);
  await openView(page, settingsIndex);
  await page.getByRole('radio', { name: 'Single action' }).check();
  await page.getByLabel('Board reads every').selectOption('5');
  await page.getByRole('checkbox', { name: 'A standby is lost, or comes back' }).uncheck();
  await bindShortcut(page, studioB);

  const download = page.waitForEvent('download');
  await setupSection(page).getByRole('button', { name: 'Export desk setup…' }).click();
  const exported = await download;
  await expect(setupSection(page).getByRole('status')).toHaveText(`Desk setup downloaded as ${exported.suggestedFilename()}`);
  const file = await exported.path();
  const text = await readFile(file, 'utf8');
  for (const forbidden of ['LTAI', 'AKLT', '****', 'secret']) expect(text.includes(forbidden), `file holds ${forbidden}`).toBe(false);

  const next = await startHarness();
  try {
    await openApp(page, next);
    await openView(page, settingsIndex);
    await setupSection(page).getByLabel('Desk setup file to import').setInputFiles(file);
    const preview = page.getByRole('dialog', { name: 'Import desk setup' });
    await expect(preview).toContainText('Nothing changes until you import.');
    await expect(preview.getByRole('list', { name: 'Settings' })).toContainText('How a switch is made: Arm, then take → Single action');
    await expect(preview.getByRole('list', { name: 'Settings' })).toContainText('Board reads every: 2 s → 5 s');
    const goesTo = preview.getByLabel(`Board “${rehearsal}” goes to`);
    await expect(goesTo).toHaveValue(/.+/);
    await goesTo.selectOption({ label: 'Leave out' });
    await expect(preview).toContainText('Left out: nothing on this desk changes for it.');
    await goesTo.selectOption({ label: rehearsal });
    await expect(preview).toContainText(`Pinned after import (2): ${match2}, ${studioB}`);
    await expect(preview).toContainText(`Shortcut Ctrl+Alt+7 for ${studioB}`);
    await expect(preview.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(preview).toHaveCount(0);
    await expect(setupSection(page).getByRole('status')).toContainText('board(s) set up');

    await expect(page.getByRole('radio', { name: 'Single action' })).toBeChecked();
    await expect(page.getByLabel('Board reads every')).toHaveValue('5');
    await expect(page.getByRole('checkbox', { name: 'A standby is lost, or comes back' })).not.toBeChecked();
    await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: studioB, exact: true }) })).toContainText('Ctrl+Alt+7');
    await openView(page, failoverIndex);
    await expect(page.getByRole('article')).toHaveCount(2);
    await expect(page.getByRole('article').first()).toHaveAccessibleName(match2);
    await expect(page.getByRole('article', { name: studioB })).toContainText('Ctrl+Alt+7');
  } finally {
    await next.stop();
  }
});

test('a file that is not a desk setup is refused with the reason, and nothing changes', async ({ page }, testInfo) => {
  await openView(page, settingsIndex);
  const bad = testInfo.outputPath('not-a-setup.json');
  await writeFile(bad, JSON.stringify({ profiles: [{ name: 'x' }] }));
  await setupSection(page).getByLabel('Desk setup file to import').setInputFiles(bad);
  await expect(setupSection(page).getByRole('alert')).toContainText('This file is not a desk setup file exported by Live Control Room. Nothing was changed.');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Arm, then take' })).toBeChecked();
});
