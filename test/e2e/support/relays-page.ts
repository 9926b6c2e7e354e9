import { expect, type Locator, type Page, type Request } from '@playwright/test';
import type { RelayGroupDraft } from '../../../shared/domain/relays';
import { openView } from './ui-text';

// The relay groups screen as the E2E tests drive it, against the seeded rehearsal world of the
// built-in Volcengine profile: the groups "default", "赛事直播" (project sports, a System tag) and
// "ClientA2026" (two custom tags), a group deleted last season, and tasks in every status.

/** The index of the Relay groups view in the sidebar. */
export const relaysIndex = 2;

/** Opens the Relay groups view and waits until the cloud's list is on screen. */
export async function openRelays(page: Page): Promise<void> {
  await openView(page, relaysIndex);
  await expect(page.getByText(/^Listed at \d\d:\d\d:\d\d, less than a minute ago$/)).toBeVisible();
}

/** The groups table. */
export function groupsTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Relay groups of this Volcengine account' });
}

/** The groups table's row of the group named exactly `name`. */
export function groupRow(page: Page, name: string): Locator {
  return groupsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name, exact: true }) });
}

/** Opens a group's tasks by its name, as an operator does; answers the tasks panel. */
export async function openGroup(page: Page, name: string): Promise<Locator> {
  await groupRow(page, name).getByRole('button', { name, exact: true }).click();
  const panel = page.getByRole('region', { name: `Tasks of "${name}"` });
  await expect(panel.getByText(/^Tasks listed at /)).toBeVisible();
  return panel;
}

/** The tasks panel's row of the task titled `title`. */
export function taskRow(panel: Locator, title: string): Locator {
  return panel.getByRole('row').filter({ has: panel.page().getByRole('rowheader', { name: new RegExp(`^${title}`) }) });
}

/** The requests the page sends on one channel, recorded from now on. */
export function requestsTo(page: Page, channel: string): Request[] {
  const sent: Request[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith(`/ipc/${channel}`)) sent.push(request);
  });
  return sent;
}

/** Creates a group through the page's own api, as the dialog would, to stage a test. */
export async function stageGroup(page: Page, draft: RelayGroupDraft): Promise<void> {
  await page.evaluate(async (staged) => {
    const result = await window.controlRoom?.relays.createGroup(staged);
    if (!result?.ok) throw new Error(`could not stage ${staged.name}: ${JSON.stringify(result)}`);
  }, draft);
}
