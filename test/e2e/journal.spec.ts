import { readFile } from 'node:fs/promises';
import { expect, test } from './support/app-fixture';
import { pinStream } from './support/board-page';
import { journalRows, newestWords, openJournal, runLcr } from './support/journal-page';
import { openRelays, stageGroup } from './support/relays-page';
import { openStudios, studioRow } from './support/studios-page';
import { openView } from './support/ui-text';

test('a relay group change, a studio copy and a switch are journaled, newest first, in words', async ({ page }) => {
  await openRelays(page);
  await page.getByRole('button', { name: 'New group…' }).click();
  const groupDialog = page.getByRole('dialog', { name: 'New relay group' });
  await groupDialog.getByLabel('Name', { exact: true }).fill('日志测试组');
  await groupDialog.getByRole('button', { name: 'Create' }).click();
  await expect(groupDialog).toBeHidden();

  await openStudios(page);
  const source = await studioRow(page, 'Press Room');
  await source.getByRole('button', { name: 'Copy…' }).click();
  const copyDialog = page.getByRole('dialog', { name: 'Copy "Press Room"' });
  await copyDialog.getByLabel('Name', { exact: true }).fill('Press Room Journal');
  await copyDialog.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(copyDialog).toBeHidden();

  await openView(page, 0);
  const tile = await pinStream(page);
  const standby = tile.getByRole('listitem').filter({ hasText: 'Standby' }).first();
  const sequence = (await standby.locator('.upstream__id').textContent()) ?? '';
  await standby.getByRole('button', { name: 'Arm' }).click();
  await tile.getByRole('button', { name: 'Take' }).click();
  await expect(tile.getByRole('listitem').filter({ hasText: 'ON AIR' })).toContainText(sequence, { timeout: 15_000 });

  await openJournal(page);
  const words = await newestWords(page, 12);
  const switched = words.findIndex((text) => text.startsWith(`Switched live.rehearsal.example/live/studio-b to ${sequence}`));
  const copied = words.findIndex((text) => /^Copied studio \S+ as Press Room Journal$/.test(text));
  const created = words.indexOf('Created relay group 日志测试组');
  expect(switched, words.join('\n')).toBeGreaterThanOrEqual(0);
  expect(copied, words.join('\n')).toBeGreaterThan(switched);
  expect(created, words.join('\n')).toBeGreaterThan(copied);
  const groupRow = journalRows(page).filter({ hasText: 'Created relay group 日志测试组' });
  await expect(groupRow).toContainText('Done');
  await expect(groupRow).toContainText('Rehearsal');
  await expect(groupRow.getByRole('button', { name: /^Copy request ID / })).toBeVisible();
  await expect(groupRow.getByRole('rowheader')).toHaveAttribute('title', /^UTC: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
});

test('an entry written by lcr while the app runs appears at the top, live', async ({ page, harness }) => {
  await openJournal(page);
  const before = await journalRows(page).count();
  const run = await runLcr(harness.dataDir, ['relays', 'groups', 'create', 'LcrGroup1', '--project', 'default']);
  expect(run.code, run.stderr).toBe(0);
  const top = journalRows(page).and(page.locator('[aria-rowindex="2"]'));
  await expect(top).toContainText('Created relay group LcrGroup1');
  await expect(top).toContainText('Command line (lcr)');
  expect(await journalRows(page).count()).toBeGreaterThan(before);
});

test('filters by outcome and by text change the rows', async ({ page }) => {
  await stageGroup(page, { name: 'FilterA', project: 'default' });
  await stageGroup(page, { name: 'FilterB', project: 'default' });
  // The name is taken now: the cloud refuses it, and the journal keeps the failed call.
  const refused = await page.evaluate(async () => (await window.controlRoom?.relays.createGroup({ name: 'FilterA', project: 'default' }))?.ok);
  expect(refused).toBe(false);

  await openJournal(page);
  await expect(page.locator('.journal__count')).toHaveText('3 entries');
  await page.getByLabel('Outcome').selectOption({ label: 'Failed' });
  await expect(page.locator('.journal__count')).toHaveText('1 entries');
  await expect(journalRows(page)).toHaveCount(1);
  await expect(journalRows(page)).toContainText('Tried to create relay group FilterA');
  await expect(journalRows(page)).toContainText('Failed');

  await page.getByLabel('Outcome').selectOption({ label: 'Any' });
  await page.getByLabel('Contains').fill('filterb');
  await expect(page.locator('.journal__count')).toHaveText('1 entries');
  await expect(journalRows(page)).toHaveText(/Created relay group FilterB/);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.locator('.journal__count')).toHaveText('3 entries');
  await expect(page.getByLabel('Contains')).toHaveValue('');
});

test('Export CSV offers a download with a BOM and the filtered rows', async ({ page }) => {
  await stageGroup(page, { name: 'ExportOne', project: 'default' });
  await stageGroup(page, { name: '导出二', project: 'default' });
  await openJournal(page);
  await expect(page.locator('.journal__count')).toHaveText('2 entries');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  await expect(page.getByText(`Offered as a download: ${file.suggestedFilename()}`)).toBeVisible();

  const bytes = await readFile(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trim().split(/\r?\n/);
  // A header, then the entries in the order they happened (a file reads oldest first).
  expect(lines).toHaveLength(3);
  expect(lines[0]).toContain('Request ID');
  expect(lines[1]).toContain('Created relay group ExportOne');
  expect(lines[2]).toContain('Created relay group 导出二');
});
