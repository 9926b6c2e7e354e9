import type { Locator, Page } from '@playwright/test';

/** The stream most board tests switch: manual mode, two upstreams, in the seeded rehearsal world. */
export const studioB = 'live.rehearsal.example/live/studio-b';

/** Pins a stream through the picker, as an operator does before a show; returns its tile. */
export async function pinStream(page: Page, path = studioB): Promise<Locator> {
  await page.getByRole('button', { name: 'Add streams' }).click();
  const picker = page.getByRole('region', { name: 'Add streams' });
  await picker.getByLabel('Streaming domain').selectOption(path.split('/')[0] ?? '');
  await picker.getByRole('listitem').filter({ hasText: path }).getByRole('button', { name: 'Pin' }).click();
  await picker.getByRole('button', { name: 'Done' }).click();
  return page.getByRole('article', { name: path });
}
