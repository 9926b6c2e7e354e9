import type { Locator, Page } from '@playwright/test';
import { openView } from './ui-text';

/** The index of the Profiles view in the sidebar. */
export const profilesIndex = 3;

/** Opens the Profiles view and waits for its tables. */
export async function openProfiles(page: Page): Promise<void> {
  await openView(page, profilesIndex);
  await page.getByRole('table').first().waitFor();
}

/** The open profile dialog (create or edit). */
export function profileDialog(page: Page): Locator {
  return page.getByRole('dialog');
}

/** A control of the profile dialog by its label. */
export function field(page: Page, label: string | RegExp): Locator {
  return profileDialog(page).getByLabel(label, { exact: typeof label === 'string' });
}

/** The table row of a profile, found by the name shown in it. */
export function profileRow(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}\\b`) }) });
}

/** What the create form needs; optional fields are left as they are when absent. */
export interface NewProfile {
  provider?: 'Alibaba Cloud' | 'Volcengine';
  name: string;
  accessKeyId: string;
  secret: string;
  region?: string;
}

/** Fills the create form (already open) with `profile`. */
export async function fillNewProfile(page: Page, profile: NewProfile): Promise<void> {
  if (profile.provider) await field(page, 'Cloud').selectOption({ label: profile.provider });
  await field(page, 'Name').fill(profile.name);
  await field(page, 'AccessKey ID').fill(profile.accessKeyId);
  await field(page, 'AccessKey Secret').fill(profile.secret);
  if (profile.region !== undefined) await field(page, 'Region').fill(profile.region);
}

/** Adds a profile through the dialog and waits until its row is listed. */
export async function addProfile(page: Page, profile: NewProfile): Promise<void> {
  await page.getByRole('button', { name: 'Add profile' }).click();
  await fillNewProfile(page, profile);
  await profileDialog(page).getByRole('button', { name: 'Add profile' }).click();
  await profileDialog(page).waitFor({ state: 'detached' });
  await profileRow(page, profile.name).waitFor();
}
