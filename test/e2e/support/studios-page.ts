import { expect, type Locator, type Page } from '@playwright/test';
import type { Drill } from '../../../shared/domain/rehearsal';
import type { Studio } from '../../../shared/domain/studios';
import { openView } from './ui-text';

// The studios screen as the E2E tests drive it, against the seeded rehearsal world of the built-in
// Alibaba profile: twelve studios, among them "Press Room" (idle, no output domain), "Weekend
// Loop" (running), "Training" (idle) and "Subscription Desk" (prepaid); a quota of 50 studios.

/** The index of the Studios view in the sidebar. */
export const studiosIndex = 1;

/** How many studios the seeded rehearsal account starts with. */
export const seededStudios = 12;

/** Opens the Studios view and waits until the cloud's list is on screen. */
export async function openStudios(page: Page): Promise<void> {
  await openView(page, studiosIndex);
  await expect(page.getByText(/^Listed at \d\d:\d\d:\d\d, less than a minute ago$/)).toBeVisible();
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The list's row of the studio named exactly `name`. The list draws only the rows in view, so
 * this first filters the list by the name, as an operator looking for one studio among thousands.
 */
export async function studioRow(page: Page, name: string): Promise<Locator> {
  await page.getByLabel('Name contains').fill(name);
  // The row header reads the name, then the id.
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${escaped(name)}\\s+[A-Za-z0-9_-]+$`) }) });
}

/** Stages a rehearsal drill through the page's own api, as the drill panel would. */
export async function drill(page: Page, order: Drill): Promise<void> {
  await page.evaluate(async (staged) => {
    const result = await window.controlRoom?.rehearsal.drill(staged);
    if (!result?.ok) throw new Error(`drill refused: ${JSON.stringify(result)}`);
  }, order);
}

/** Every studio the cloud lists now, by a fresh listing through the page's api. */
export async function listedStudios(page: Page): Promise<Studio[]> {
  return page.evaluate(async () => {
    const result = await window.controlRoom?.studios.refresh();
    if (!result?.ok) throw new Error(`listing failed: ${JSON.stringify(result)}`);
    return result.value.studios;
  });
}

/** The names of the listed studios that match `pattern`. */
export async function namesMatching(page: Page, pattern: RegExp): Promise<string[]> {
  return (await listedStudios(page)).map((studio) => studio.name).filter((name) => pattern.test(name));
}

/** Makes `count` copies of `source` with one bulk copy through the page's api, and waits until they are made. */
export async function stageCopies(page: Page, source: string, count: number): Promise<void> {
  await page.evaluate(
    async ({ name, copies }) => {
      const api = window.controlRoom;
      const listed = await api?.studios.view();
      const sourceStudioId = listed?.ok ? listed.value.studios.find((studio) => studio.name === name)?.id : undefined;
      if (!api || !sourceStudioId) throw new Error(`no studio ${name} to copy`);
      const started = await api.studios.batchStart({ sourceStudioId, pattern: 'Staged {n}', count: copies });
      if (!started.ok) throw new Error(JSON.stringify(started));
      for (;;) {
        const batches = await api.studios.batches();
        const batch = batches.ok ? batches.value.find((candidate) => candidate.id === started.value.id) : undefined;
        if (batch?.status === 'finished') return;
        if (batch && batch.status !== 'running') throw new Error(`bulk copy ended ${batch.status}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    { name: source, copies: count },
  );
}

/** The bulk copy panel, opened from the view's header, with its form filled in (not started). */
export async function fillBulkCopy(page: Page, source: string, count: number, pattern = 'Match {n}'): Promise<Locator> {
  await page.getByRole('button', { name: 'Bulk copy' }).click();
  const panel = page.getByRole('region', { name: 'Bulk copy' });
  await panel.getByLabel('Studio to copy').selectOption({ label: source });
  await panel.getByLabel('Name pattern').fill(pattern);
  await panel.getByLabel('Copies', { exact: true }).fill(String(count));
  return panel;
}

/** The value of the bulk copy's progress bar: copies settled (made or refused). */
export async function settledCopies(panel: Locator): Promise<number> {
  return Number(await panel.getByRole('progressbar', { name: 'Copies settled' }).getAttribute('value'));
}
