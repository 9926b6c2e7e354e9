import { startHarness } from '../harness/launch';
import { expect, openApp, test } from './support/app-fixture';
import { pinStream, studioB } from './support/board-page';

// The failover board against the embedded rehearsal cloud (the built-in rehearsal profile is active).
const key = studioB;

test('pin a stream, arm its standby and take it: pending until the cloud confirms, then on air', async ({ page }) => {
  const tile = await pinStream(page);
  await expect(tile.getByText('ON AIR')).toHaveCount(1);
  const standby = tile.getByRole('listitem').filter({ hasText: 'Standby' }).first();
  const sequence = (await standby.locator('.upstream__id').textContent()) ?? '';

  await page.getByRole('button', { name: 'Drill controls' }).click();
  await page.getByLabel('Delay (ms)').fill('1500');
  await page.getByRole('button', { name: 'Delay answers' }).click();
  await expect(page.getByText('Answers delayed by 1500 ms (Both clouds).')).toBeVisible();

  await standby.getByRole('button', { name: 'Arm' }).click();
  await expect(standby.getByRole('button', { name: 'Armed' })).toHaveAttribute('aria-pressed', 'true');
  await tile.getByRole('button', { name: 'Take' }).click();
  await expect(tile.getByRole('status')).toHaveText(`Switching to ${sequence}… waiting for the cloud to confirm`);
  await expect(tile.getByRole('listitem').filter({ hasText: 'ON AIR' })).toContainText(sequence, { timeout: 15_000 });
  await expect(tile).toContainText('manual switch');
  await expect(tile).toContainText('from this desk');
});

test('an injected CodeTaskNotExist never shows as success, and the lock blocks switching', async ({ page }) => {
  const tile = await pinStream(page);
  const onAir = (await tile.getByRole('listitem').filter({ hasText: 'ON AIR' }).locator('.upstream__id').textContent()) ?? '';

  await page.getByRole('button', { name: 'Drill controls' }).click();
  await page.getByLabel('Error code').fill('CodeTaskNotExist');
  await page.getByLabel('Action (empty: every action)').fill('SetLiveDomainMultiStreamMaster');
  await page.getByRole('button', { name: 'Fail calls' }).click();
  await expect(page.getByText('100% of calls now fail with CodeTaskNotExist')).toBeVisible();

  await tile.getByRole('button', { name: 'Arm' }).first().click();
  await tile.getByRole('button', { name: 'Take' }).click();
  await expect(page.getByRole('main').getByRole('alert').last()).toContainText('no active/standby (dual-stream) task for this stream');
  await expect(tile.getByRole('listitem').filter({ hasText: 'ON AIR' })).toContainText(onAir);

  // The lock shows what main confirmed, so it turns on once main answered.
  await page.getByLabel('Lock the board (watch only)').click();
  await expect(page.getByLabel('Lock the board (watch only)')).toBeChecked();
  await expect(page.getByText('Locked: this desk only watches.')).toBeVisible();
  await expect(tile.getByRole('button', { name: 'Take' })).toBeDisabled();
  await expect(tile.getByRole('button', { name: /^Arm/ }).first()).toBeDisabled();
});

test('a switch whose answer never comes stays pending, then says it is not confirmed: never success', async ({ page }) => {
  const tile = await pinStream(page);
  const onAir = (await tile.getByRole('listitem').filter({ hasText: 'ON AIR' }).locator('.upstream__id').textContent()) ?? '';
  // The cloud takes the request and never answers it (nor applies it); the app gives up after its 10 s timeout.
  await page.evaluate(() => window.controlRoom?.rehearsal.drill({ kind: 'fail', rate: 1, hang: true, hangMs: 60_000, action: 'SetLiveDomainMultiStreamMaster' }));

  await tile.getByRole('button', { name: 'Arm' }).first().click();
  await tile.getByRole('button', { name: 'Take' }).click();
  await expect(tile.getByRole('status')).toContainText('waiting for the cloud to confirm');
  await expect(page.getByRole('main').getByRole('alert').last()).toContainText('is not confirmed', { timeout: 20_000 });
  await expect(tile.getByRole('listitem').filter({ hasText: 'ON AIR' })).toContainText(onAir);
  await expect(page.getByRole('status').filter({ hasText: /^Switched/ })).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: 'not confirmed' }).first()).toBeVisible();
});

test('by keyboard: 1 arms the first tile\'s standby, Escape disarms, Enter takes — never while typing', async ({ page }) => {
  const tile = await pinStream(page);
  const standby = tile.getByRole('listitem').filter({ hasText: 'Standby' }).first();
  const sequence = (await standby.locator('.upstream__id').textContent()) ?? '';
  await expect(tile.getByText('ON AIR')).toHaveCount(1);

  await page.getByRole('button', { name: 'Drill controls' }).click();
  await page.getByLabel('Delay (ms)').focus();
  await page.keyboard.press('1');
  await expect(standby.getByRole('button', { name: 'Arm' })).toHaveAttribute('aria-pressed', 'false');

  await page.locator('main h1').click();
  await page.keyboard.press('1');
  await expect(standby.getByRole('button', { name: 'Armed' })).toHaveAttribute('aria-pressed', 'true');
  await expect(tile).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Escape');
  await expect(standby.getByRole('button', { name: 'Arm' })).toHaveAttribute('aria-pressed', 'false');

  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(tile.getByRole('listitem').filter({ hasText: 'ON AIR' })).toContainText(sequence, { timeout: 15_000 });
});

test('an encoder cut in automatic mode shows on the tile within a poll: new master, its reason, from elsewhere', async ({ page }) => {
  const automatic = 'live.rehearsal.example/live/main';
  const tile = await pinStream(page, automatic);
  await expect(tile).toContainText('Automatic mode');
  const before = (await tile.getByRole('listitem').filter({ hasText: 'ON AIR' }).locator('.upstream__id').textContent()) ?? '';

  await page.getByRole('button', { name: 'Drill controls' }).click();
  await page.getByLabel('Stream (domain/app/stream)').fill(automatic);
  await page.getByRole('button', { name: 'Cut encoder' }).click();

  await expect(tile).toContainText('master had no data', { timeout: 10_000 });
  await expect(tile).toContainText('from elsewhere');
  await expect(tile.getByRole('listitem').filter({ hasText: 'ON AIR' })).not.toContainText(before);
  await expect(tile.getByText(before)).toHaveCount(0);
});

test('offline, the tile keeps the last confirmed state with why and switches nothing; back online it is live again', async ({ page }) => {
  const tile = await pinStream(page);
  const onAir = (await tile.getByRole('listitem').filter({ hasText: 'ON AIR' }).locator('.upstream__id').textContent()) ?? '';
  await tile.getByRole('button', { name: 'Arm' }).first().click();

  await page.getByRole('button', { name: 'Drill controls' }).click();
  await page.getByRole('button', { name: 'Take offline' }).click();
  await expect(tile.getByRole('status')).toContainText('Last confirmed state shown', { timeout: 10_000 });
  await expect(tile.getByRole('status')).toContainText('Could not connect to the cloud');
  await expect(tile.getByRole('listitem').filter({ hasText: 'ON AIR' })).toContainText(onAir);
  await expect(tile.getByRole('button', { name: 'Take' })).toBeDisabled();

  await page.getByRole('button', { name: 'Bring back online' }).click();
  await expect(tile.getByText('Last confirmed state shown')).toHaveCount(0, { timeout: 10_000 });
  await expect(tile.getByRole('button', { name: 'Take' })).toBeEnabled();
});

test('pins survive a restart of the services, in board order', async ({ page, harness }) => {
  await pinStream(page);
  await pinStream(page, 'sports.rehearsal.example/live/match-1');
  await harness.stop();

  const restarted = await startHarness({ dataDir: harness.dataDir });
  try {
    await openApp(page, restarted);
    await expect(page.getByRole('article')).toHaveCount(2);
    await expect(page.getByRole('article').nth(0)).toHaveAttribute('aria-label', key);
    await expect(page.getByRole('article').nth(1)).toHaveAttribute('aria-label', 'sports.rehearsal.example/live/match-1');
  } finally {
    await restarted.stop();
  }
});

test('automatic mode is turned off only after a warning that defaults to cancel', async ({ page }) => {
  const tile = await pinStream(page, 'live.rehearsal.example/live/main');
  await expect(tile).toContainText('Automatic mode');
  await tile.getByRole('button', { name: 'Turn automatic mode off' }).click();
  const warning = page.getByRole('alertdialog', { name: 'Turn automatic mode off for live.rehearsal.example/live/main?' });
  await expect(warning).toContainText('nothing takes over until someone here switches');
  await expect(warning.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(tile).toContainText('Automatic mode');

  await tile.getByRole('button', { name: 'Turn automatic mode off' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Turn off' }).click();
  await expect(tile).toContainText('Manual mode');
  await expect(tile.getByRole('button', { name: 'Turn automatic mode on' })).toBeVisible();
});

test('a domain\'s dual ingest is shown in the picker and turned on only through a confirmation', async ({ page }) => {
  await page.getByRole('button', { name: 'Add streams' }).click();
  const picker = page.getByRole('region', { name: 'Add streams' });
  await picker.getByLabel('Streaming domain').selectOption('news.rehearsal.example');
  await expect(picker).toContainText('Dual ingest (active/standby) is off for this domain');
  await picker.getByRole('button', { name: 'Turn dual ingest on…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Turn dual ingest on for news.rehearsal.example?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Turn on' }).click();
  await expect(picker).toContainText('Dual ingest (active/standby) is on for this domain.');
});
