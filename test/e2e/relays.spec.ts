import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { groupRow, groupsTable, openGroup, openRelays, relaysIndex, requestsTo, stageGroup, taskRow } from './support/relays-page';
import { drill } from './support/studios-page';
import { chooseLanguage, hasHan, openView, settingsIndex, visibleUiTexts } from './support/ui-text';

// The Relay groups view against the embedded rehearsal cloud (the built-in Volcengine profile is
// active, with the seeded account's groups and tasks). Each test has its own harness and so its
// own world. The desk is in Beijing time, so local times and the UTC beside them differ.

test.use({ timezoneId: 'Asia/Shanghai' });

test('groups: listed with projects, tags and counts; a Chinese name with tags is created, a bad name is refused before sending, a taken one is explained', async ({ page }) => {
  const creates = requestsTo(page, 'relays.createGroup');
  await openRelays(page);
  const sports = groupRow(page, '赛事直播');
  await expect(sports).toContainText('sports');
  await expect(sports.locator('.relay-tag--system')).toContainText('Systemvolc:project=sports');
  await expect(sports.locator('.relay-tag--custom')).toHaveText('业务线=体育');
  // One task of each: on air, scheduled, stopped; none ended.
  await expect(sports.locator('.relay-count')).toHaveText(['1', '1', '1', '0']);
  await expect(groupRow(page, 'ClientA2026')).toContainText('customer=ClientA');
  await expect(groupsTable(page).getByRole('button', { name: '旧活动2025' })).toHaveCount(0);

  await page.getByRole('button', { name: 'New group…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New relay group' });
  await expect(dialog.getByLabel('Project')).toHaveValue('default');
  const name = dialog.getByLabel('Name', { exact: true });
  await name.fill('春季 联赛!');
  await expect(dialog.getByText('Only Chinese characters, letters and digits can be used; remove “ ” “!”.')).toBeVisible();
  await name.fill('春季联赛2026春季联赛2026春季联赛1');
  await expect(dialog.getByText('At most 20 characters.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(name).toBeFocused();
  expect(creates).toHaveLength(0);

  await name.fill('春季联赛2026');
  await expect(dialog.locator('.field__message')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByText('Required.')).toBeVisible();
  expect(creates).toHaveLength(0);
  await dialog.getByLabel('Key of tag 1').fill('赛季');
  await dialog.getByLabel('Value of tag 1').fill('2026春');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  expect(creates).toHaveLength(1);
  expect((creates[0]?.postDataJSON() as { name: string }).name).toBe('春季联赛2026');
  await expect(groupsTable(page).getByRole('button', { name: /联赛!|联赛2026春季/ })).toHaveCount(0);
  const created = groupRow(page, '春季联赛2026');
  await expect(created).toContainText('赛季=2026春');
  await expect(created.locator('.relay-count')).toHaveText(['0', '0', '0', '0']);

  // The cloud answers a taken name with HTTP 429: it is said as taken, never as throttling.
  await page.getByRole('button', { name: 'New group…' }).click();
  const again = page.getByRole('dialog', { name: 'New relay group' });
  await again.getByLabel('Name', { exact: true }).fill('ClientA2026');
  await again.getByRole('button', { name: 'Create' }).click();
  await expect(again.getByRole('alert')).toContainText('A relay group with this name already exists');
  await expect(again.getByRole('alert')).not.toContainText(/too many|throttl|rate limit/i);
  await expect(again.getByLabel('Name', { exact: true })).toHaveValue('ClientA2026');
  expect(creates).toHaveLength(2);
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(groupsTable(page).getByRole('button', { name: 'ClientA2026' })).toHaveCount(1);
});

test('tasks: one is created in a group, stopped and continued; the group is kept while it has tasks, then deleted by its name', async ({ page }) => {
  await stageGroup(page, { name: '春季联赛', project: 'default' });
  await openRelays(page);
  const panel = await openGroup(page, '春季联赛');
  await expect(panel.getByText('This group has no task.')).toBeVisible();

  await panel.getByRole('button', { name: 'New task…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New task in "春季联赛"' });
  await expect(dialog).toContainText('The task carries its group\'s name, 春季联赛');
  await dialog.getByLabel('Title').fill('揭幕战');
  await dialog.getByLabel('Pull URL').fill('rtmp://pull.venue-feed.example.com/live/opening');
  const destination = dialog.getByLabel('Destination');
  await destination.fill('push.desk-one.example.com/live');
  await expect(dialog.getByText('Not a valid address (such as rtmp://host/app/stream).')).toBeVisible();
  await destination.fill('push.desk-one.example.com/live/opening');
  await expect(dialog.getByText('Read as push domain push.desk-one.example.com, app live, stream opening of this account.')).toBeVisible();
  await expect(dialog.getByText('In the desk’s time zone, Asia/Shanghai (chosen in Settings); sent as UTC. At most 7 days from start to end.')).toBeVisible();

  // The window is typed in Beijing time; the UTC instants beside it are 8 hours earlier.
  const start = await dialog.getByLabel('Start', { exact: true }).inputValue();
  const shifted = (hours: number) => new Date(Date.parse(`${start}Z`) + hours * 3_600_000).toISOString().slice(0, 16);
  const end = dialog.getByLabel('End', { exact: true });
  await end.fill(shifted(8 * 24));
  await expect(dialog.getByText('At most 7 days from start to end.', { exact: true })).toBeVisible();
  await end.fill(shifted(2));
  await expect(dialog.getByText('At most 7 days from start to end.', { exact: true })).toHaveCount(0);
  await expect(dialog.getByText(`UTC ${shifted(2 - 8).replace('T', ' ')}`, { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();

  const row = taskRow(panel, '揭幕战');
  await expect(row).toContainText('Active');
  await expect(row).toContainText('rtmp://pull.venue-feed.example.com/live/opening');
  await expect(row).toContainText(`${start.replace('T', ' ')} → ${shifted(2).replace('T', ' ')}`);
  await expect(row).toContainText(`UTC ${shifted(-8).replace('T', ' ')} → ${shifted(2 - 8).replace('T', ' ')}`);
  await expect(groupRow(page, '春季联赛').locator('.relay-count').first()).toHaveText('1');

  await row.getByRole('button', { name: 'Stop…' }).click();
  const stop = page.getByRole('alertdialog', { name: 'Stop the task "揭幕战"?' });
  await expect(stop.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(stop).toContainText('The relay stops pushing to');
  await stop.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(stop).toBeHidden();
  await expect(row).toContainText('Stopped');
  await row.getByRole('button', { name: 'Continue…' }).click();
  await page.getByRole('alertdialog', { name: 'Continue the task "揭幕战"?' }).getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(row).toContainText('Active');

  // Listed first: the group still has its task, so there is nothing to confirm, only the reason.
  await groupRow(page, '春季联赛').getByRole('button', { name: 'Delete…' }).click();
  const refused = page.getByRole('alertdialog', { name: 'Delete the group "春季联赛"?' });
  await expect(refused).toContainText('still has 1 task(s), so it cannot be deleted');
  await expect(refused.getByRole('button', { name: 'Delete', exact: true })).toHaveCount(0);
  await refused.getByRole('button', { name: 'Close' }).click();

  await row.getByRole('button', { name: 'Delete…' }).click();
  const deleteTask = page.getByRole('alertdialog', { name: 'Delete the task "揭幕战"?' });
  await expect(deleteTask).toContainText('the relay stops pushing now');
  await deleteTask.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(panel.getByText('This group has no task.')).toBeVisible();

  await groupRow(page, '春季联赛').getByRole('button', { name: 'Delete…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete the group "春季联赛"?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  const remove = confirm.getByRole('button', { name: 'Delete', exact: true });
  await expect(remove).toBeDisabled();
  await confirm.getByLabel('Type the group\'s name, 春季联赛, to confirm').fill('春季联赛');
  await remove.click();
  await expect(confirm).toBeHidden();
  await expect(groupsTable(page).getByRole('button', { name: '春季联赛', exact: true })).toHaveCount(0);
  await expect(page.locator('main h1')).toBeFocused();
});

test('offline: the last confirmed groups and tasks stay with their age and the reason, and every change is off', async ({ page }) => {
  await openRelays(page);
  const panel = await openGroup(page, '赛事直播');
  // A push URL's query, where its auth key is, stays off the screen.
  await expect(taskRow(panel, '半决赛预热')).toContainText('rtmp://live-push.partner-tv.example.net/relay/court2?…');
  await expect(taskRow(panel, '半决赛预热')).not.toContainText('auth_key');
  await drill(page, { kind: 'offline', provider: 'volcengine' });
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByText('Last confirmed list shown: the cloud did not answer the last listing.')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/^Listed at \d\d:\d\d:\d\d/)).toBeVisible();
  await expect(groupRow(page, '赛事直播').getByRole('button', { name: 'Edit tags…' })).toBeDisabled();
  await expect(groupRow(page, '赛事直播').getByRole('button', { name: 'Delete…' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'New group…' })).toBeDisabled();
  await expect(panel.getByRole('button', { name: 'New task…' })).toBeDisabled();
  const onAir = taskRow(panel, '决赛主场');
  await expect(onAir).toContainText('Active');
  await expect(onAir.getByRole('button', { name: 'Stop…' })).toBeDisabled();

  // Opening the group again lists its tasks again: that fails too, and says so in the panel.
  await page.getByRole('button', { name: '赛事直播', exact: true }).click();
  await expect(panel.getByText('This group\'s tasks could not be listed again')).toBeVisible({ timeout: 15_000 });
  await drill(page, { kind: 'online', provider: 'volcengine' });
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByText('Last confirmed list shown')).toBeHidden({ timeout: 15_000 });
  await expect(panel.getByText('This group\'s tasks could not be listed again')).toBeHidden();
  await expect(onAir.getByRole('button', { name: 'Stop…' })).toBeEnabled();
});

/**
 * The interface text of the screen with the sports group's tasks open, then with each of its
 * dialogs open in turn — found by position, not by name, so the same steps work in either language.
 */
async function textsOfRelayScreen(page: Page): Promise<string[][]> {
  await openView(page, relaysIndex);
  await page.getByRole('button', { name: '赛事直播', exact: true }).click();
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
  const group = page.locator('.relay-group--selected');
  const firstTask = page.locator('.relay-task').first();
  const openers = [
    page.locator('.view__actions button').nth(1),
    group.getByRole('button').nth(1),
    group.getByRole('button').nth(2),
    page.locator('.relay-tasks__header button'),
    firstTask.getByRole('button').nth(0),
    firstTask.getByRole('button').nth(1),
  ];
  const texts = [await visibleUiTexts(page)];
  for (const opener of openers) {
    await opener.click();
    await page.locator('dialog[open] .modal__footer').waitFor();
    await expect(page.locator('dialog[open] [role="status"]')).toHaveCount(0);
    texts.push(await visibleUiTexts(page));
    await page.keyboard.press('Escape');
    await page.locator('dialog').waitFor({ state: 'detached' });
  }
  return texts;
}

test('the tasks and every dialog of the screen change language too', async ({ page }) => {
  const english = await textsOfRelayScreen(page);
  await openView(page, settingsIndex);
  await chooseLanguage(page, 'zh-CN', 'zh-CN');
  const chinese = await textsOfRelayScreen(page);
  for (const [index, texts] of chinese.entries()) {
    const before = english[index] ?? [];
    expect(texts, `screen ${index}: same number of texts`).toHaveLength(before.length);
    expect(texts.filter((text, at) => before[at] === text), `screen ${index}: texts left in English`).toEqual([]);
    expect(texts.filter((text) => !hasHan(text)), `screen ${index}: texts without Chinese`).toEqual([]);
  }
});
