import type { Page, Request } from '@playwright/test';
import { startHarness, type RunningHarness } from '../harness/launch';
import { expect, openApp, test } from './support/app-fixture';
import { addProfile, field, fillNewProfile, openProfiles, profileDialog, profileRow } from './support/profiles-page';
import { domSnapshot, filesContaining, recordTraffic } from './support/secret-scan';

const secret = 'Sup3rSecretValue-9f1c2d';
const keyId = 'LTAI5tTestKey0001X9P6';
const spareSecret = 'Sp4reSecretValue-4e5f6a';
const tempSecret = 'T3mpSecretValue-0b7c8d';

/** Counts the create requests the page sends, to prove a refused form sends nothing. */
function countCreates(page: Page): () => number {
  let count = 0;
  page.on('request', (request: Request) => {
    if (request.url().endsWith('/ipc/profiles.create')) count += 1;
  });
  return () => count;
}

async function expectNoSecretInDom(page: Page, ...secrets: string[]): Promise<void> {
  const dom = await domSnapshot(page);
  for (const value of secrets) expect(dom.includes(value), `secret in the DOM`).toBe(false);
}

test('add, validate, edit, activate, delete and restart: the secret is shown and kept nowhere', async ({ page, harness }) => {
  test.setTimeout(120_000);
  const traffic = await recordTraffic(page);
  await openProfiles(page);
  // The first profile of a cloud is its active one until another is chosen, so the one this test
  // chooses later is never active merely by default.
  await addProfile(page, { name: 'Spare desk', accessKeyId: 'LTAI5tSpareKey0003Q', secret: spareSecret });
  const creates = countCreates(page);

  // An invalid AccessKey ID is named at the field as it is typed, and nothing is sent.
  await page.getByRole('button', { name: 'Add profile' }).click();
  await expect(profileDialog(page)).toHaveAttribute('aria-modal', 'true');
  await expect(field(page, 'AccessKey Secret')).toHaveAttribute('type', 'password');
  await expect(field(page, 'AccessKey Secret')).toHaveAttribute('autocomplete', 'off');
  await fillNewProfile(page, { name: 'Show A', accessKeyId: 'bad id!', secret });
  await expect(profileDialog(page)).toContainText('Not an AccessKey ID');
  await expect(field(page, 'AccessKey ID')).toHaveAttribute('aria-invalid', 'true');
  await profileDialog(page).getByRole('button', { name: 'Add profile' }).click();
  await expect(field(page, 'AccessKey ID')).toBeFocused();
  expect(creates()).toBe(0);

  await field(page, 'AccessKey ID').fill(keyId);
  await expect(field(page, 'AccessKey ID')).not.toHaveAttribute('aria-invalid', 'true');
  await profileDialog(page).getByRole('button', { name: 'Add profile' }).click();
  await expect(profileDialog(page)).toHaveCount(0);
  expect(creates()).toBe(1);

  const row = profileRow(page, 'Show A');
  await expect(row.locator('[translate="no"]', { hasText: 'LTAI****9P6' })).toBeVisible();
  await expect(row).toContainText('cn-shanghai');
  await expect(row).not.toContainText(keyId);
  await expectNoSecretInDom(page, secret, keyId);

  // A duplicate name, whatever its case, is refused at the field before anything is sent.
  await page.getByRole('button', { name: 'Add profile' }).click();
  await fillNewProfile(page, { name: 'show a', accessKeyId: 'LTAI5tOtherKey0002Z', secret: tempSecret });
  await expect(profileDialog(page)).toContainText('A profile named "show a" already exists.');
  await profileDialog(page).getByRole('button', { name: 'Add profile' }).click();
  await expect(field(page, 'Name')).toBeFocused();
  expect(creates()).toBe(1);
  await page.keyboard.press('Escape');
  await expect(profileDialog(page)).toHaveCount(0);
  await expectNoSecretInDom(page, tempSecret);

  await addProfile(page, { name: 'Temp desk', accessKeyId: 'LTAI5tTempKey0004W', secret: tempSecret });

  // Edit: the key pair starts empty, the stored ID only as the masked placeholder.
  await row.getByRole('button', { name: 'Edit Show A' }).click();
  await expect(profileDialog(page)).toHaveAccessibleName('Edit profile "Show A"');
  await expect(field(page, 'AccessKey ID')).toHaveValue('');
  await expect(field(page, 'AccessKey ID')).toHaveAttribute('placeholder', 'LTAI****9P6');
  await expect(field(page, 'AccessKey Secret')).toHaveValue('');
  await expect(profileDialog(page)).toContainText('Leave empty to keep the stored secret.');
  await field(page, 'Name').fill('Show B');
  await field(page, 'Region').fill('cn-beijing');
  await profileDialog(page).getByRole('button', { name: 'Save changes' }).click();
  await expect(profileDialog(page)).toHaveCount(0);
  const edited = profileRow(page, 'Show B');
  await expect(edited).toContainText('cn-beijing');
  await expect(profileRow(page, 'Show A')).toHaveCount(0);

  // Built-in rehearsal profiles cannot be edited or deleted, and say why.
  const rehearsal = profileRow(page, 'Rehearsal · Alibaba Cloud');
  await expect(rehearsal).toContainText('Built-in rehearsal');
  const rehearsalEdit = rehearsal.getByRole('button', { name: 'Edit Rehearsal · Alibaba Cloud' });
  await expect(rehearsalEdit).toHaveAttribute('aria-disabled', 'true');
  await expect(rehearsalEdit).toHaveAccessibleDescription('Built-in rehearsal profiles cannot be edited or deleted.');

  // The status bar chooses the active profile.
  const picker = page.getByRole('combobox', { name: 'Active Alibaba Cloud profile' });
  await expect(profileRow(page, 'Spare desk')).toContainText('Active');
  await expect(edited).not.toContainText('Active');
  await picker.selectOption({ label: 'Rehearsal · Alibaba Cloud' });
  await expect(rehearsal).toContainText('Active');
  await expect(page.locator('footer').getByText('Rehearsal', { exact: true })).toHaveCount(2);
  await picker.selectOption({ label: 'Show B' });
  await expect(edited).toContainText('Active');
  await expect(rehearsal).not.toContainText('Active');
  await expect(page.locator('footer').getByText('Rehearsal', { exact: true })).toHaveCount(1);

  // Delete asks first: it opens on Cancel, Enter and Escape cancel, the red button deletes.
  const temp = profileRow(page, 'Temp desk');
  const alert = page.getByRole('alertdialog');
  await temp.getByRole('button', { name: 'Delete Temp desk' }).click();
  await expect(alert).toHaveAccessibleName('Delete profile "Temp desk"?');
  await expect(alert.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(alert).toHaveCount(0);
  await expect(temp).toHaveCount(1);
  await temp.getByRole('button', { name: 'Delete Temp desk' }).click();
  await page.keyboard.press('Escape');
  await expect(alert).toHaveCount(0);
  await temp.getByRole('button', { name: 'Delete Temp desk' }).click();
  const destroy = alert.getByRole('button', { name: 'Delete "Temp desk"' });
  await expect(destroy).toHaveClass(/button--danger/);
  await destroy.click();
  await expect(alert).toHaveCount(0);
  await expect(temp).toHaveCount(0);
  await expect(page.locator('main h1')).toBeFocused();

  // A restart on the same data folder keeps the profile and the active choice.
  const activeId = await picker.inputValue();
  await harness.stop();
  let restarted: RunningHarness | null = null;
  try {
    restarted = await startHarness({ dataDir: harness.dataDir });
    await openApp(page, restarted);
    await openProfiles(page);
    await expect(profileRow(page, 'Show B')).toContainText('cn-beijing');
    await expect(profileRow(page, 'Show B')).toContainText('LTAI****9P6');
    await expect(profileRow(page, 'Show B')).toContainText('Active');
    await expect(profileRow(page, 'Spare desk')).not.toContainText('Active');
    await expect(profileRow(page, 'Temp desk')).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Active Alibaba Cloud profile' })).toHaveValue(activeId);

    // Now prove the secrets went nowhere but the keychain.
    const secrets = [secret, spareSecret, tempSecret];
    await expectNoSecretInDom(page, ...secrets);
    for (const value of secrets) expect(await filesContaining(harness.dataDir, value), 'data folder files').toEqual([]);
    const bodies = (await traffic.bodies()).join('\n');
    const events = traffic.events().join('\n');
    expect(bodies, 'the recorder saw the profiles answers').toContain('LTAI****9P6');
    expect(events, 'the recorder saw profiles.changed').toContain('LTAI****9P6');
    for (const value of secrets) {
      expect(bodies.includes(value), 'secret in an HTTP response').toBe(false);
      expect(events.includes(value), 'secret in a server-sent event').toBe(false);
      expect(harness.stderr().includes(value), 'secret in the harness log').toBe(false);
      expect(restarted.stderr().includes(value), 'secret in the restarted harness log').toBe(false);
    }
  } finally {
    await restarted?.stop();
  }
});

test('without a keychain the secret is refused, said so, and wiped from the form', async ({ page }) => {
  const noKeychain = await startHarness({ env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/lcr-no-bus' } });
  try {
    await openApp(page, noKeychain);
    await openProfiles(page);
    await page.getByRole('button', { name: 'Add profile' }).click();
    await fillNewProfile(page, { name: 'No keychain', accessKeyId: keyId, secret });
    await profileDialog(page).getByRole('button', { name: 'Add profile' }).click();

    await expect(profileDialog(page).getByRole('alert')).toContainText(/system keychain.*Nothing was stored or changed/);
    await expect(field(page, 'AccessKey Secret')).toHaveValue('');
    await expect(profileDialog(page)).toContainText('The secret you typed was cleared, not kept.');
    await expect(field(page, 'AccessKey Secret')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(profileRow(page, 'No keychain')).toHaveCount(0);
    await expectNoSecretInDom(page, secret);
    expect(await filesContaining(noKeychain.dataDir, secret), 'data folder files').toEqual([]);
    expect(noKeychain.stderr().includes(secret), 'secret in the harness log').toBe(false);
  } finally {
    await noKeychain.stop();
  }
});
