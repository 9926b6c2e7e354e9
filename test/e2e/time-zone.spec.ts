import { expect, test } from './support/app-fixture';
import { journalRows, openJournal } from './support/journal-page';
import { openGroup, openRelays, stageGroup } from './support/relays-page';
import { openView, settingsIndex } from './support/ui-text';

// Settings › Time zone shown: the browser runs in London here, the desk is set to show Beijing time,
// and every time on screen follows the setting — the journal's times (UTC on hover), the clock
// under the choice, and what a relay task's window is read in.
test.use({ timezoneId: 'Europe/London' });

/** `HH:MM:SS` plus `hours`, wrapping at midnight. */
function shifted(time: string, hours: number): string {
  const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
  return [(h + hours + 24) % 24, m, s].map((part) => String(part).padStart(2, '0')).join(':');
}

test('the desk shows and reads times in the zone chosen in Settings, not the workstation\'s', async ({ page }) => {
  await stageGroup(page, { name: 'ZoneGroup', project: 'default' });
  await openView(page, settingsIndex);
  const picker = page.getByRole('combobox', { name: 'Time zone shown' });
  await expect(picker).toHaveValue('system');
  await expect(picker.locator('option[value="system"]')).toHaveText('This workstation’s (Europe/London)');
  await picker.selectOption('Asia/Shanghai');
  await expect(picker).toHaveValue('Asia/Shanghai');
  const clock = page.getByText(/^Now \d\d:\d\d:\d\d in this zone \(\d\d:\d\d UTC\)\.$/);
  const [, zoned = '', utc = ''] = /^Now (\d\d:\d\d):\d\d in this zone \((\d\d:\d\d) UTC\)\.$/.exec((await clock.textContent()) ?? '') ?? [];
  expect(shifted(`${zoned}:00`, 0).slice(0, 5)).toBe(shifted(`${utc}:00`, 8).slice(0, 5));

  await openJournal(page);
  const time = journalRows(page).first().locator('[role="rowheader"]');
  const title = (await time.getAttribute('title')) ?? '';
  const utcTime = /UTC: \d{4}-\d\d-\d\d (\d\d:\d\d:\d\d)/.exec(title)?.[1] ?? '';
  await expect(time.locator('.muted')).toHaveText(shifted(utcTime, 8));

  await openRelays(page);
  const panel = await openGroup(page, 'ZoneGroup');
  await panel.getByRole('button', { name: 'New task' }).click();
  await expect(page.getByRole('dialog')).toContainText('In the desk’s time zone, Asia/Shanghai (chosen in Settings)');
});
