import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ProfileDraft } from '../../shared/domain/profile';
import { startHarness } from '../harness/launch';
import { expect, openApp, test } from './support/app-fixture';
import { pinStream, studioB } from './support/board-page';
import { openJournal } from './support/journal-page';
import { openProfiles } from './support/profiles-page';
import { stageGroup } from './support/relays-page';
import { listedStudios, stageCopies } from './support/studios-page';
import { openView, settingsIndex } from './support/ui-text';

const shot = (name: string) => path.join(import.meta.dirname, 'readme', name);

/** Adds profiles through the page's own api, as the form would, to stage a screenshot. */
async function stageProfiles(page: Page, drafts: ProfileDraft[]): Promise<void> {
  await page.evaluate(async (all) => {
    for (const draft of all) {
      const result = await window.controlRoom?.profiles.create(draft);
      if (!result?.ok) throw new Error(`could not stage ${draft.name}: ${JSON.stringify(result)}`);
    }
  }, drafts);
}

test('screenshot of the shell for the README', async ({ page }) => {
  await openView(page, settingsIndex);
  await expect(page.getByRole('region', { name: 'About' }).locator('dl')).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: shot('shell.png') });
});

test('screenshot of the Profiles view for the README', async ({ page }) => {
  const inTwentyMinutes = new Date(Date.now() + 20 * 60_000).toISOString();
  await stageProfiles(page, [
    {
      name: 'Evening news',
      provider: 'aliyun',
      accessKeyId: 'LTAI5tReadmeKey01N3W',
      accessKeySecret: 'Readme-Secret-0001',
      region: 'cn-shanghai',
      notes: 'Main ingest, studio 2',
    },
    {
      name: 'Sports backup',
      provider: 'aliyun',
      accessKeyId: 'STS.NReadmeTemporary7K2',
      accessKeySecret: 'Readme-Secret-0002',
      region: 'cn-beijing',
      signatureVersion: 'v1',
      securityToken: 'CAIS-readme-sts-token-0000000000',
      securityTokenExpiresAt: inTwentyMinutes,
    },
    {
      name: 'Drill desk',
      provider: 'volcengine',
      accessKeyId: 'AKLTReadmeKey0003D5R',
      accessKeySecret: 'Readme-Secret-0003',
      endpoint: 'http://127.0.0.1:18080',
      notes: 'Rehearsal cloud on this machine',
    },
  ]);
  await openProfiles(page);
  await page.getByRole('combobox', { name: 'Active Alibaba Cloud profile' }).selectOption({ label: 'Evening news' });
  await expect(page.getByRole('row', { name: /Evening news/ })).toContainText('Active');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: shot('profiles.png') });
});

test('screenshot of the failover board for the README', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // A show's board: three pinned streams, a global shortcut on one, a standby armed on another.
  await page.evaluate(async () => {
    const api = window.controlRoom;
    if (!api) throw new Error('no api');
    for (const stream of ['main', 'studio-b']) await api.board.pin({ domain: 'live.rehearsal.example', app: 'live', stream });
    await api.board.pin({ domain: 'sports.rehearsal.example', app: 'live', stream: 'match-1' });
    await api.shortcuts.bind({ key: 'live.rehearsal.example/live/main', accelerator: 'Control+Alt+1' });
  });
  await openView(page, 0);
  const studio = page.getByRole('article', { name: 'live.rehearsal.example/live/studio-b' });
  await expect(page.getByRole('article')).toHaveCount(3);
  await expect(page.getByRole('article').getByText('ON AIR')).toHaveCount(3);
  await studio.getByRole('button', { name: 'Arm' }).first().click();
  await expect(studio.getByRole('button', { name: 'Armed' })).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: shot('board.png') });
});

test('screenshot of the Studios view for the README', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1080 });
  // A desk preparing a tournament: four copies of a studio made in one bulk copy, the list sorted by name.
  await openView(page, 1);
  await expect(page.getByText(/^Listed at /)).toBeVisible();
  await page.getByRole('button', { name: 'Bulk copy' }).click();
  const panel = page.getByRole('region', { name: 'Bulk copy' });
  await panel.getByLabel('Studio to copy').selectOption({ label: '赛事 2' });
  await panel.getByLabel('Name pattern').fill('赛事 {n}');
  await panel.getByLabel('Copies', { exact: true }).fill('4');
  await panel.getByLabel('First number').fill('3');
  await panel.getByRole('button', { name: 'Start copying' }).click();
  await expect(panel.getByText('Finished: 4 made, 0 failed.')).toBeVisible();
  await page.getByRole('columnheader', { name: 'Studio' }).getByRole('button').click();
  await expect(page.getByText('16 of 16 studios')).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: shot('studios.png') });
});

test.describe('in Beijing time', () => {
  // The desk's own time zone, so the tasks' local windows and the UTC beside them differ.
  test.use({ timezoneId: 'Asia/Shanghai' });

  test('screenshot of the Relay groups view for the README', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 1080 });
    // A sports desk on match day: the groups with their tags and task counts, the event group open.
    await openView(page, 2);
    await expect(page.getByText(/^Listed at /)).toBeVisible();
    await page.getByRole('button', { name: '赛事直播', exact: true }).click();
    await expect(page.getByText(/^Tasks listed at /)).toBeVisible();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: shot('relays.png') });
  });

  test('screenshot of the Journal view for the README', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    // An afternoon at a desk: two studio copies, relay groups made for a tournament, one refused as taken.
    await listedStudios(page);
    await stageCopies(page, 'Press Room', 2);
    await stageGroup(page, { name: '春季联赛', project: 'default' });
    await stageGroup(page, { name: 'ClientB2026', project: 'default' });
    await page.evaluate(async () => {
      await window.controlRoom?.relays.createGroup({ name: '春季联赛', project: 'default' });
    });
    await openJournal(page);
    await expect(page.locator('.journal__count')).toHaveText('5 entries');
    await expect(page.getByText('Tried to create relay group 春季联赛')).toBeVisible();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: shot('journal.png') });
  });
});

test('screenshot of a desk setup import for the README', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // The show desk's board and settings, exported and previewed on a fresh workstation.
  await pinStream(page, 'sports.rehearsal.example/live/match-2');
  await pinStream(page, studioB);
  await openView(page, settingsIndex);
  await page.getByRole('radio', { name: 'Single action' }).check();
  await page.getByLabel('Board reads every').selectOption('1');
  await page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: studioB, exact: true }) }).getByRole('button', { name: 'Record' }).click();
  await page.keyboard.press('Control+Alt+2');
  const section = page.getByRole('region', { name: 'Set up another desk' });
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Export desk setup…' }).click();
  const exported = await download;
  // Chosen in the next desk's file picker under the name it was saved with.
  const file = testInfo.outputPath(exported.suggestedFilename());
  await exported.saveAs(file);

  const next = await startHarness();
  try {
    await openApp(page, next);
    await openView(page, settingsIndex);
    await page.getByRole('region', { name: 'Set up another desk' }).getByLabel('Desk setup file to import').setInputFiles(file);
    const preview = page.getByRole('dialog', { name: 'Import desk setup' });
    await expect(preview).toContainText('Shortcut Ctrl+Alt+2');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: shot('desk-setup.png') });
  } finally {
    await next.stop();
  }
});
