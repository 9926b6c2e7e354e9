import { readFile } from 'node:fs/promises';
import { expect, test } from './support/app-fixture';
import { addProfile, openProfiles } from './support/profiles-page';
import { stageGroup } from './support/relays-page';
import { openView, settingsIndex } from './support/ui-text';

// The Diagnostics button in Settings: the support bundle it offers holds the desk's versions,
// profiles and journal, and not one trace of an access key — not the secret, not the id, not even
// the id's masked form.

const profileName = 'Support Desk';
const keyId = 'LTAI5tDiagKey0001Q7Z';
const secret = 'D1agSecretValue-7a3e5c';

test('Write a support bundle offers a JSON download with versions, profiles and journal, and no key', async ({ page }) => {
  await openProfiles(page);
  await addProfile(page, { name: profileName, accessKeyId: keyId, secret });
  await stageGroup(page, { name: 'DiagnosticsGroup', project: 'default' });

  await openView(page, settingsIndex);
  const section = page.getByRole('region', { name: 'Diagnostics' });
  await expect(section).toContainText('no secret and no key id');
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Write a support bundle…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^lcr-diagnostics-\d{8}-\d{4}\.json$/);
  await expect(section.getByRole('status')).toHaveText(`Offered as a download: ${file.suggestedFilename()}`);
  await expect(section.getByRole('button', { name: 'Write a support bundle…' })).toBeEnabled();

  const text = await readFile(await file.path(), 'utf8');
  const bundle = JSON.parse(text) as {
    app: { version: string; versions: { node: string } };
    profiles: unknown;
    journal: unknown[];
  };
  expect(bundle.app.version).toMatch(/^\d+\.\d+\.\d+/);
  expect(bundle.app.versions.node).toBe(process.versions.node);
  expect(JSON.stringify(bundle.profiles)).toContain(profileName);
  expect(bundle.journal.length).toBeGreaterThan(0);
  expect(JSON.stringify(bundle.journal)).toContain('DiagnosticsGroup');

  for (const forbidden of [secret, keyId, '****', 'LTAI', 'AKLT']) expect(text.includes(forbidden), `bundle holds ${forbidden}`).toBe(false);
});
