import type { Page, Request } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { drill, fillBulkCopy, namesMatching, openStudios, seededStudios, settledCopies, stageCopies, studioRow } from './support/studios-page';

// The Studios view against the embedded rehearsal cloud (the built-in Alibaba profile is active,
// with the seeded world's twelve studios and its quota of 50). Each test has its own harness and so
// its own world.

/** The ClientToken of every `studios.copy` request the page sends. */
function copyTokens(page: Page): string[] {
  const tokens: string[] = [];
  page.on('request', (request: Request) => {
    if (request.url().endsWith('/ipc/studios.copy')) tokens.push((request.postDataJSON() as { clientToken: string }).clientToken);
  });
  return tokens;
}

test('copy a studio: the name is checked as typed, a refusal is retried with the same token, and the copy is listed once', async ({ page }) => {
  const tokens = copyTokens(page);
  await openStudios(page);
  await expect(page.getByText(`${seededStudios} of ${seededStudios} studios`)).toBeVisible();
  const source = await studioRow(page, 'Morning Show');
  await source.getByRole('button', { name: 'Copy…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Copy "Morning Show"' });
  const name = dialog.getByLabel('Name');
  await expect(name).toHaveValue('Morning Show (copy)');
  await name.fill('   ');
  await expect(dialog.getByText('Required.')).toBeVisible();
  await name.fill('Morning Show B');
  await expect(dialog.getByText('Required.')).toHaveCount(0);

  // A definite refusal: nothing was made, the reason is shown, and Try again resends the same request.
  await drill(page, { kind: 'fail', rate: 1, code: 'Forbidden.RAM', action: 'CopyCaster' });
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('permission');
  await expect(name).toHaveAttribute('readonly', '');
  await drill(page, { kind: 'clear' });
  await dialog.getByRole('button', { name: 'Try again' }).click();
  await expect(dialog).toBeHidden();

  expect(tokens).toHaveLength(2);
  expect(tokens[1]).toBe(tokens[0]);
  const copy = await studioRow(page, 'Morning Show B');
  await expect(copy).toContainText('Idle');
  await expect(copy).toContainText('Pay-as-you-go');
  expect(await namesMatching(page, /^Morning Show B$/)).toHaveLength(1);
});

test('a copy whose answer is lost after the cloud made it is found by its token: one studio, shown as made', async ({ page }) => {
  await openStudios(page);
  const source = await studioRow(page, 'Press Room');
  // The cloud makes the copy, then answers 500 to it and to the transport's retries with the token.
  await drill(page, { kind: 'fail', rate: 1, code: 'InternalError', after: true, action: 'CopyCaster' });
  await source.getByRole('button', { name: 'Copy…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy "Press Room"' });
  await dialog.getByLabel('Name').fill('Press Room B');
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 15_000 });
  await expect(await studioRow(page, 'Press Room B')).toBeVisible();
  expect(await namesMatching(page, /^Press Room B$/)).toHaveLength(1);
});

test('create a playlist studio: pay-as-you-go and idle, listed once the cloud lists it', async ({ page }) => {
  await openStudios(page);
  await page.getByRole('button', { name: 'New studio…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New production studio' });
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByText('Required.')).toBeVisible();
  await dialog.getByRole('radio', { name: 'Playlist' }).check();
  await dialog.getByLabel('Name').fill('Halftime Loop');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  const row = await studioRow(page, 'Halftime Loop');
  await expect(row).toContainText('Playlist');
  await expect(row).toContainText('Pay-as-you-go');
  await expect(row).toContainText('Idle');
  await expect(page.getByText(`1 of ${seededStudios + 1} studios`)).toBeVisible();
});

test('bulk copy: names previewed, progress per copy, cancel mid-way, resume: every copy made once', async ({ page }) => {
  await openStudios(page);
  const panel = await fillBulkCopy(page, 'Press Room', 30);
  await expect(panel.getByText('Match 1, Match 2, Match 3 … Match 30')).toBeVisible();
  await panel.getByLabel('Name pattern').fill('Match');
  await expect(panel.getByText('Put {n} where each copy\'s number goes')).toBeVisible();
  await panel.getByLabel('Name pattern').fill('Match {n}');

  // Slow answers, so the batch is still running when it is cancelled.
  await drill(page, { kind: 'latency', ms: 400, action: 'CopyCaster' });
  await panel.getByRole('button', { name: 'Start copying' }).click();
  await expect(panel.getByText('Copying as "Match {n}"')).toBeVisible();
  await expect.poll(() => settledCopies(panel)).toBeGreaterThanOrEqual(4);
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByText(/^Cancelled: \d+ made, \d+ not sent\./)).toBeVisible();
  const made = await settledCopies(panel);
  expect(made).toBeLessThan(30);
  await expect(panel.getByRole('listitem').filter({ hasText: 'not sent' })).toHaveCount(30 - made);

  await drill(page, { kind: 'clear' });
  await panel.getByRole('button', { name: 'Resume' }).click();
  await expect(panel.getByText('Finished: 30 made, 0 failed.')).toBeVisible({ timeout: 15_000 });
  await expect(panel.getByRole('progressbar', { name: 'Copies settled' })).toHaveAttribute('value', '30');

  const names = await namesMatching(page, /^Match \d+$/);
  expect(names).toHaveLength(30);
  expect(new Set(names)).toEqual(new Set(Array.from({ length: 30 }, (_, index) => `Match ${index + 1}`)));
  await page.getByLabel('Name contains').fill('Match');
  await expect(page.getByText(`30 of ${seededStudios + 30} studios`)).toBeVisible();
});

test('configure, then start and stop with a confirmation that opens on Cancel; starting without a domain says why', async ({ page }) => {
  await openStudios(page);
  const row = await studioRow(page, 'Press Room');
  await row.getByRole('button', { name: 'Start…' }).click();
  const start = page.getByRole('alertdialog', { name: 'Start "Press Room"?' });
  await expect(start.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await start.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('main').getByRole('alert').first()).toContainText('has no streaming domain set for its output');
  await expect(row).toContainText('Idle');
  await page.getByRole('main').getByRole('button', { name: 'Dismiss' }).click();

  await row.getByRole('button', { name: 'Configure…' }).click();
  const configure = page.getByRole('dialog', { name: 'Configure "Press Room"' });
  const domain = configure.getByLabel('Output domain');
  await expect(domain).toHaveValue('');
  await expect(domain).toBeEditable();
  await domain.fill('not a domain');
  await expect(configure.getByText('Not an acceptable value.')).toBeVisible();
  await domain.fill('live.rehearsal.example');
  await configure.getByRole('button', { name: 'Save' }).click();
  await expect(configure).toBeHidden();

  await row.getByRole('button', { name: 'Start…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Start', exact: true }).click();
  await expect(row).toContainText('In production');

  await row.getByRole('button', { name: 'Stop…' }).click();
  const stop = page.getByRole('alertdialog', { name: 'Stop "Press Room"?' });
  await expect(stop).toContainText('leaves the air');
  await page.keyboard.press('Enter');
  await expect(stop).toBeHidden();
  await expect(row).toContainText('In production');
  await row.getByRole('button', { name: 'Stop…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(row).toContainText('Idle');
});

test('delete: refused while the studio runs ("stop it first"), then confirmed by typing its name', async ({ page }) => {
  await openStudios(page);
  const row = await studioRow(page, 'Weekend Loop');
  await expect(row).toContainText('In production');
  await row.getByRole('button', { name: 'Delete…' }).click();
  const refused = page.getByRole('alertdialog', { name: 'Delete "Weekend Loop"?' });
  await expect(refused).toContainText('stop it first');
  await expect(refused.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await refused.getByRole('button', { name: 'Close' }).click();

  await row.getByRole('button', { name: 'Stop…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(row).toContainText('Idle');

  await row.getByRole('button', { name: 'Delete…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete "Weekend Loop"?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  const remove = confirm.getByRole('button', { name: 'Delete', exact: true });
  await expect(remove).toBeDisabled();
  await confirm.getByLabel('Type the studio\'s name, Weekend Loop, to confirm').fill('weekend loop');
  await expect(remove).toBeDisabled();
  await confirm.getByLabel('Type the studio\'s name, Weekend Loop, to confirm').fill('Weekend Loop');
  await expect(remove).toBeEnabled();
  await remove.click();
  await expect(confirm).toBeHidden();
  // The row that opened the dialog is gone: focus goes to the view's heading, not to nowhere.
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.getByText(`0 of ${seededStudios - 1} studios`)).toBeVisible();
  expect(await namesMatching(page, /^Weekend Loop$/)).toEqual([]);
});

test('the studio quota stops a bulk copy with one clear message; the copies not sent say so', async ({ page }) => {
  await openStudios(page);
  // 12 studios and a quota of 50: the 39th copy is refused with CasterNumberExceed.
  const panel = await fillBulkCopy(page, 'Training', 40, 'Quota {n}');
  await panel.getByRole('button', { name: 'Start copying' }).click();
  const stopped = panel.getByRole('alert').filter({ hasText: 'The bulk copy stopped' });
  await expect(stopped).toContainText('The bulk copy stopped after 38 copies; 2 were not sent:', { timeout: 15_000 });
  await expect(stopped).toContainText('has reached its limit of production studios');
  await expect(panel.getByText('limit of production studios')).toHaveCount(1);
  await expect(panel.getByRole('listitem').filter({ hasText: 'not sent' })).toHaveCount(2);
  await expect(panel.getByRole('listitem').filter({ hasText: 'failed' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Resume' })).toBeVisible();
  expect(await namesMatching(page, /^Quota \d+$/)).toHaveLength(38);
});

test('offline: the last confirmed list stays with its age, and every change is off with the reason', async ({ page }) => {
  await openStudios(page);
  await drill(page, { kind: 'offline', provider: 'aliyun' });
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByText('Last confirmed list shown: the cloud did not answer the last listing.')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(`${seededStudios} of ${seededStudios} studios`)).toBeVisible();
  const row = await studioRow(page, 'Press Room');
  await expect(row.getByRole('button', { name: 'Start…' })).toBeDisabled();
  await expect(row.getByRole('button', { name: 'Delete…' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'New studio…' })).toBeDisabled();
  await drill(page, { kind: 'online', provider: 'aliyun' });
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByText('Last confirmed list shown')).toBeHidden({ timeout: 15_000 });
  await expect(row.getByRole('button', { name: 'Start…' })).toBeEnabled();
});

test('the list by keyboard: the rows are one Tab stop, arrows, Home and End move through rows drawn on demand', async ({ page }) => {
  await openStudios(page);
  await stageCopies(page, 'Press Room', 30);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByText(`${seededStudios + 30} of ${seededStudios + 30} studios`)).toBeVisible();
  const table = page.getByRole('table', { name: 'Production studios' });
  await expect(table).toHaveAttribute('aria-rowcount', String(seededStudios + 31));
  expect(await table.getByRole('row').count()).toBeLessThan(seededStudios + 30);

  // The sortable headers' buttons come first; the next Tab stop is the list's current row.
  await table.getByRole('columnheader', { name: 'Last modified' }).getByRole('button').focus();
  await page.keyboard.press('Tab');
  const focusedRow = () => page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex'));
  expect(await focusedRow()).toBe('2');
  await page.keyboard.press('End');
  expect(await focusedRow()).toBe(String(seededStudios + 31));
  await expect(page.locator(`[role="row"][aria-rowindex="${seededStudios + 31}"]`)).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  expect(await focusedRow()).toBe(String(seededStudios + 30));
  await page.keyboard.press('Home');
  expect(await focusedRow()).toBe('2');
  await page.keyboard.press('Tab');
  await expect(table.locator('[aria-rowindex="2"]').getByRole('button', { name: 'Copy…' })).toBeFocused();
});
