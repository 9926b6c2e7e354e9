import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startHarness } from '../harness/launch';
import { expect, openApp, test } from './support/app-fixture';
import { openProfiles, profileRow } from './support/profiles-page';
import { domSnapshot, recordTraffic } from './support/secret-scan';

const aliyunSecret = 'Imp0rtSecretValue-77ab31';
const volcSecret = 'V0lcSecretValue-42cd90';

/** A home folder with an Alibaba CLI config (one usable profile, one RAM-role one) and a broken Volcengine one. */
async function homeWithCliConfigs(): Promise<string> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'lcr-import-home-'));
  await mkdir(path.join(home, '.aliyun'));
  await mkdir(path.join(home, '.volcengine'));
  const profiles = [
    { name: 'default', mode: 'AK', access_key_id: 'LTAI5tImportKey0002Q7', access_key_secret: aliyunSecret, region_id: 'cn-hangzhou' },
    { name: 'ops-role', mode: 'RamRoleArn', access_key_id: 'LTAI5tRoleKey0005M1', access_key_secret: 'R0leSecretValue-1a2b', ram_role_arn: 'acs:ram::1:role/ops' },
  ];
  await writeFile(path.join(home, '.aliyun', 'config.json'), JSON.stringify({ current: 'default', profiles }));
  await writeFile(path.join(home, '.volcengine', 'config.json'), '{ not json');
  return home;
}

test('import previews what the CLIs and the environment hold, and imports the picks', async ({ page }) => {
  test.setTimeout(60_000);
  const home = await homeWithCliConfigs();
  const env = {
    HOME: home,
    ALIBABA_CLOUD_ACCESS_KEY_ID: '',
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: '',
    VOLCENGINE_ACCESS_KEY: 'AKLTImportKey0003Z8W',
    VOLCENGINE_SECRET_KEY: volcSecret,
    VOLC_ACCESSKEY: '',
    VOLC_SECRETKEY: '',
  };
  const harness = await startHarness({ env });
  try {
    const traffic = await recordTraffic(page);
    await openApp(page, harness);
    await openProfiles(page);
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import profiles' });
    await expect(dialog.getByRole('checkbox', { name: 'Environment variables' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Preview' }).click();

    await expect(dialog.getByRole('list', { name: 'Sources that could not be read' })).toContainText('.volcengine/config.json');
    const blocked = dialog.getByRole('row').filter({ hasText: 'ops-role' });
    await expect(blocked).toContainText('Uses mode RamRoleArn, which cannot be imported');
    await expect(blocked.getByRole('checkbox')).toBeDisabled();
    const fromCli = dialog.getByRole('row').filter({ hasText: 'LTAI****2Q7' }).filter({ hasText: 'default' });
    await expect(fromCli).toContainText('cn-hangzhou');
    const fromEnv = dialog.getByRole('row').filter({ hasText: 'VOLCENGINE_ACCESS_KEY' });
    await expect(fromEnv).toContainText('AKLT****Z8W');

    // Names are checked like a profile's: free among the profiles and among the picks.
    const cliName = fromCli.getByRole('textbox');
    await cliName.fill('Desk two');
    await fromEnv.getByRole('textbox').fill('desk two');
    await expect(fromEnv).toContainText('A profile named "desk two" already exists.');
    await expect(dialog.getByRole('button', { name: 'Import selected (2)' })).toHaveAttribute('aria-disabled', 'true');
    await fromEnv.getByRole('textbox').fill('Volc from env');

    await dialog.getByRole('button', { name: 'Import selected (2)' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(profileRow(page, 'Desk two')).toContainText('LTAI****2Q7');
    await expect(profileRow(page, 'Desk two')).toContainText('cn-hangzhou');
    await expect(profileRow(page, 'Volc from env')).toContainText('AKLT****Z8W');

    const seen = `${(await traffic.bodies()).join('\n')}\n${traffic.events().join('\n')}\n${await domSnapshot(page)}`;
    for (const secret of [aliyunSecret, volcSecret]) {
      expect(seen.includes(secret), 'secret reached the page').toBe(false);
      expect(harness.stderr().includes(secret), 'secret in the harness log').toBe(false);
    }
  } finally {
    await harness.stop();
  }
});
