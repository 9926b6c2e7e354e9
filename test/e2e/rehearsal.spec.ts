import { expect, test } from './support/app-fixture';

test('while rehearsal profiles are active, a REHEARSAL banner names the rehearsing clouds and opens the drill controls', async ({ page }) => {
  const banner = page.getByRole('region', { name: 'REHEARSAL' });
  await expect(banner).toContainText('Alibaba Cloud and Volcengine: every call goes to the rehearsal cloud on this computer.');
  await page.getByRole('button', { name: 'Drill controls' }).click();
  await expect(banner.getByRole('heading', { name: 'Drills' })).toBeVisible();
});

test('drills are applied by the embedded rehearsal cloud and confirmed in words; a refusal says why', async ({ page }) => {
  await page.getByRole('button', { name: 'Drill controls' }).click();
  const drills = page.getByRole('region', { name: 'REHEARSAL' });
  const outcome = drills.getByRole('status');

  await drills.getByLabel('Delay (ms)').fill('250');
  await drills.getByLabel('Cloud', { exact: true }).selectOption('volcengine');
  await drills.getByRole('button', { name: 'Delay answers' }).click();
  await expect(outcome).toHaveText('Answers delayed by 250 ms (Volcengine).');

  await drills.getByLabel('Delay (ms)').fill('999999');
  await expect(drills.getByRole('button', { name: 'Delay answers' })).toBeDisabled();

  await drills.getByLabel('Stream (domain/app/stream)').fill('nowhere.example/live/none');
  await drills.getByRole('button', { name: 'Cut encoder' }).click();
  await expect(drills.getByRole('alert')).toContainText('The rehearsal cloud has no online stream nowhere.example/live/none.');

  await drills.getByRole('button', { name: 'Dismiss' }).click();
  await drills.getByRole('button', { name: 'Clear all faults' }).click();
  await expect(outcome).toHaveText('Every fault cleared.');
});
