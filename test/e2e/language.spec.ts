import { expect, test } from './support/app-fixture';
import { openProfiles } from './support/profiles-page';
import { chooseLanguage, hasHan, openView, settingsIndex, visibleUiTexts } from './support/ui-text';
import type { Page } from '@playwright/test';

const viewCount = 6;

/** The interface text of every view, Settings last so the test ends where it started. */
async function textsOfEveryView(page: Page): Promise<string[][]> {
  const texts: string[][] = [];
  for (let index = 0; index < viewCount; index += 1) {
    await openView(page, index);
    // A view still reading from main (the studio list on its first visit) is busy until it shows it.
    await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
    texts.push(await visibleUiTexts(page));
  }
  return texts;
}

/**
 * The interface text with each profile dialog open in turn (add, edit, delete, import), found by
 * role and order rather than by name so the same steps work in either language.
 */
async function textsOfProfileDialogs(page: Page): Promise<string[][]> {
  await openProfiles(page);
  const actions = page.locator('.view__actions button');
  const ownRow = page.locator('tbody tr').filter({ has: page.locator('[translate="no"]', { hasText: 'Desk A' }) });
  const openers = [actions.nth(1), ownRow.getByRole('button').nth(1), ownRow.getByRole('button').nth(2), actions.nth(0)];
  const texts: string[][] = [];
  for (const opener of openers) {
    await opener.click();
    await page.locator('dialog[open]').waitFor();
    texts.push(await visibleUiTexts(page));
    await page.keyboard.press('Escape');
    await page.locator('dialog').waitFor({ state: 'detached' });
  }
  return texts;
}

/**
 * Has both clouds answer once (the Studios and Relay groups views list on their first visit), so
 * the status bar says the same kind of thing about each cloud in every pass.
 */
async function callBothClouds(page: Page): Promise<void> {
  for (const index of [1, 2]) {
    await openView(page, index);
    await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
  }
  await expect(page.locator('footer .connection-state--ok')).toHaveCount(2);
}

/** The texts with their live figures (ages, rates in use) masked: those move on between passes. */
function withoutFigures(texts: string[][]): string[][] {
  return texts.map((view) => view.map((text) => text.replace(/\d+/g, '#')));
}

/** The pairs that did not change between two renderings of the same screen. */
function unchanged(before: string[], after: string[]): string[] {
  return before.filter((text, index) => after[index] === text);
}

test('switching to Simplified Chinese changes every visible text, and back restores it', async ({ page }) => {
  await callBothClouds(page);
  const english = await textsOfEveryView(page);
  for (const texts of english) expect(texts.length).toBeGreaterThan(0);

  await chooseLanguage(page, 'zh-CN', 'zh-CN');
  await expect(page).toHaveTitle('直播控制室');
  const chinese = await textsOfEveryView(page);

  for (const [index, texts] of chinese.entries()) {
    const before = english[index] ?? [];
    expect(texts, `view ${index}: same number of texts`).toHaveLength(before.length);
    expect(unchanged(before, texts), `view ${index}: texts left in English`).toEqual([]);
    expect(
      texts.filter((text) => !hasHan(text)),
      `view ${index}: texts without Chinese`,
    ).toEqual([]);
  }

  await openView(page, settingsIndex);
  await chooseLanguage(page, 'en', 'en');
  await expect(page).toHaveTitle('Live Control Room');
  expect(withoutFigures(await textsOfEveryView(page))).toEqual(withoutFigures(english));
});

test('every profile dialog changes language too', async ({ page }) => {
  await page.evaluate(async () => {
    const draft = { name: 'Desk A', provider: 'aliyun' as const, accessKeyId: 'LTAI5tLanguageKey01', accessKeySecret: 'Lang-Secret-000001' };
    const result = await window.controlRoom?.profiles.create(draft);
    if (!result?.ok) throw new Error(JSON.stringify(result));
  });
  const english = await textsOfProfileDialogs(page);
  await openView(page, settingsIndex);
  await chooseLanguage(page, 'zh-CN', 'zh-CN');
  const chinese = await textsOfProfileDialogs(page);
  for (const [index, texts] of chinese.entries()) {
    const before = english[index] ?? [];
    expect(texts, `dialog ${index}: same number of texts`).toHaveLength(before.length);
    expect(unchanged(before, texts), `dialog ${index}: texts left in English`).toEqual([]);
    expect(texts.filter((text) => !hasHan(text)), `dialog ${index}: texts without Chinese`).toEqual([]);
  }
});

test('the language names in the picker change with the language', async ({ page }) => {
  await openView(page, settingsIndex);
  const names = page.locator('input[name="language"] + span');
  await expect(names).toHaveText(['Follow the system', 'Chinese, Simplified (简体中文)', 'English']);
  await chooseLanguage(page, 'zh-CN', 'zh-CN');
  await expect(names).toHaveText(['跟随系统', '简体中文', '英语 (English)']);
});
