import type { Page } from '@playwright/test';
import { startHarness } from '../harness/launch';
import { expect, openApp, test } from './support/app-fixture';
import { pinStream, studioB } from './support/board-page';
import { openView, settingsIndex } from './support/ui-text';

// Single-action switching, global shortcuts (the editor in Settings, the badge on a tile, a press
// on the harness's stand-in OS) and the toasts that report switches, against the embedded
// rehearsal cloud with the built-in rehearsal profile active.
const key = studioB;
const failoverIndex = 0;

/** The upstream a tile shows on air, or its first standby. */
async function upstreamOf(tile: ReturnType<Page['getByRole']>, state: 'ON AIR' | 'Standby'): Promise<string> {
  return (await tile.getByRole('listitem').filter({ hasText: state }).first().locator('.upstream__id').textContent()) ?? '';
}

/** The shortcut editor's row of a tile, in Settings. */
function editorRow(page: Page, path = key) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: path, exact: true }) });
}

/** Records a key combination for a tile in the Settings editor, as the operator does. */
async function record(page: Page, combination: string, path = key) {
  const row = editorRow(page, path);
  await row.getByRole('button', { name: 'Record' }).click();
  await expect(row).toContainText('Press the keys… (Escape cancels)');
  await page.keyboard.press(combination);
}

/** The toasts in the page. */
const toasts = (page: Page) => page.getByRole('region', { name: 'Notifications' });

test('single action: chosen in Settings, one click on a standby\'s Take now or the tile\'s number key switches it, and a toast says so', async ({ page }) => {
  const tile = await pinStream(page);
  await expect(page.getByText('Arm, then take:')).toBeVisible();
  const before = await upstreamOf(tile, 'ON AIR');
  const standby = await upstreamOf(tile, 'Standby');

  await openView(page, settingsIndex);
  const single = page.getByRole('radio', { name: 'Single action' });
  await expect(page.getByRole('radio', { name: 'Arm, then take' })).toBeChecked();
  await single.check();
  await expect(single).toBeChecked();
  await expect(page.locator('.take-mode__save')).toBeEmpty();

  await openView(page, failoverIndex);
  await expect(page.getByText('Single action: a press takes at once.')).toBeVisible();
  await expect(tile.getByRole('button', { name: 'Take', exact: true })).toHaveCount(0);
  await tile.getByRole('listitem').filter({ hasText: standby }).getByRole('button', { name: 'Take now' }).click();

  await expect(tile.getByRole('listitem').filter({ hasText: 'ON AIR' })).toContainText(standby, { timeout: 15_000 });
  await expect(tile).toContainText('from this desk');
  const toast = toasts(page).getByRole('status').filter({ hasText: `Switched ${key}` });
  await expect(toast).toBeVisible();
  await expect(toast).toContainText(`${standby} is on air (was ${before}); the cloud confirmed it.`);

  // The tile's number key fails it over at once too: back to the upstream it started on. A rehearsal
  // switch is confirmed within the desk's 250 ms debounce, so wait a moment: a new press, not a bounce.
  await page.waitForTimeout(300);
  await page.locator('main h1').click();
  await page.keyboard.press('1');
  await expect(tile.getByRole('listitem').filter({ hasText: 'ON AIR' })).toContainText(before, { timeout: 15_000 });
  await expect(toasts(page).getByRole('status').filter({ hasText: `${before} is on air (was ${standby})` })).toBeVisible();
});

test('a shortcut recorded in Settings is active, shown on its tile, and still there after a restart', async ({ page, harness }) => {
  await pinStream(page);
  await openView(page, settingsIndex);
  await record(page, 'Control+Alt+1');
  const row = editorRow(page);
  await expect(row.getByRole('cell').nth(0)).toHaveText('Ctrl+Alt+1');
  await expect(row).toContainText('Active');

  await openView(page, failoverIndex);
  const tile = page.getByRole('article', { name: key });
  await expect(tile.getByText('Ctrl+Alt+1 fails over')).toBeVisible();
  await harness.stop();

  const restarted = await startHarness({ dataDir: harness.dataDir });
  try {
    await openApp(page, restarted);
    await expect(page.getByRole('article', { name: key }).getByText('Ctrl+Alt+1 fails over')).toBeVisible();
    await openView(page, settingsIndex);
    await expect(editorRow(page)).toContainText('Ctrl+Alt+1');
    await expect(editorRow(page)).toContainText('Active');
    await editorRow(page).getByRole('button', { name: 'Clear' }).click();
    await expect(editorRow(page).getByRole('cell').nth(0)).toHaveText('None');
  } finally {
    await restarted.stop();
  }
});

test('a combination without a modifier is refused before it is sent, and Ctrl+1 as the app\'s own key', async ({ page }) => {
  await pinStream(page);
  await openView(page, settingsIndex);
  const binds: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/ipc/shortcuts.bind')) binds.push(request.postData() ?? '');
  });
  const row = editorRow(page);

  await record(page, '1');
  await expect(page.getByRole('alert').filter({ hasText: '1 has no modifier' })).toContainText('a global shortcut needs Ctrl, Alt or Super');
  await record(page, 'Shift+A');
  await expect(page.getByRole('alert').filter({ hasText: 'Shift+A has no modifier' })).toBeVisible();
  expect(binds).toEqual([]);

  await record(page, 'Escape');
  await expect(row.getByRole('cell').nth(0)).toHaveText('None');
  expect(binds).toEqual([]);

  await record(page, 'Control+1');
  await expect(page.getByRole('alert').filter({ hasText: 'Ctrl+1 opens a view in this app' })).toBeVisible();
  await expect(page.locator('main h1')).toHaveText('Settings');
  expect(binds).toHaveLength(1);
  await expect(row.getByRole('cell').nth(0)).toHaveText('None');
});

test('a shortcut the system refuses shows as refused in Settings and on its tile, and a notice says so', async ({ page }) => {
  const taken = await startHarness({ env: { LCR_HARNESS_TAKEN_SHORTCUTS: 'Control+Alt+9' } });
  try {
    await openApp(page, taken);
    await pinStream(page);
    await openView(page, settingsIndex);
    await record(page, 'Control+Alt+9');
    await expect(editorRow(page)).toContainText('Refused by the system');
    await expect(toasts(page).getByRole('alert').filter({ hasText: 'Shortcut Ctrl+Alt+9 does not work' })).toBeVisible();

    await openView(page, failoverIndex);
    const tile = page.getByRole('article', { name: key });
    await expect(tile).toContainText('Shortcut Ctrl+Alt+9 does not work: the system or another program holds it.');
    await expect(tile.getByText('fails over')).toHaveCount(0);
  } finally {
    await taken.stop();
  }
});

test('pressing a tile\'s global shortcut fails it over, as from another program', async ({ page }) => {
  const tile = await pinStream(page);
  const before = await upstreamOf(tile, 'ON AIR');
  const standby = await upstreamOf(tile, 'Standby');
  await openView(page, settingsIndex);
  await record(page, 'Control+Alt+1');
  await expect(editorRow(page)).toContainText('Active');
  await openView(page, failoverIndex);

  const response = await page.request.post(new URL('/harness/press-shortcut', page.url()).href, { data: { accelerator: 'Control+Alt+1' } });
  expect(await response.json()).toEqual({ pressed: true });

  await expect(tile.getByRole('listitem').filter({ hasText: 'ON AIR' })).toContainText(standby, { timeout: 15_000 });
  await expect(tile.getByRole('listitem').filter({ hasText: 'ON AIR' })).not.toContainText(before);
  await expect(toasts(page).getByRole('status').filter({ hasText: `Switched ${key}` })).toBeVisible();
});

test('an encoder cut in automatic mode raises a warning toast naming the stream', async ({ page }) => {
  const automatic = 'live.rehearsal.example/live/main';
  const tile = await pinStream(page, automatic);
  await expect(tile).toContainText('Automatic mode');

  await page.getByRole('button', { name: 'Drill controls' }).click();
  await page.getByLabel('Stream (domain/app/stream)').fill(automatic);
  await page.getByRole('button', { name: 'Cut encoder' }).click();

  const toast = toasts(page).locator('.toast--warning').filter({ hasText: automatic });
  await expect(toast).toBeVisible({ timeout: 10_000 });
  await expect(toast.getByRole('status')).toContainText('master had no data, from elsewhere.');
  await toast.getByRole('button', { name: /^Dismiss/ }).click();
  await expect(toast).toHaveCount(0);
});
