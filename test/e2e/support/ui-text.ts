import type { Locator, Page } from '@playwright/test';

/**
 * Every visible text of the interface in document order, trimmed: text nodes whose element is
 * rendered and not inside `[translate="no"]` (data such as paths and versions), followed by the
 * `aria-label`s screen readers speak. This is what a language switch must change, entirely.
 */
export async function visibleUiTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (text === '' || !element || element.closest('[translate="no"]')) continue;
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      texts.push(text);
    }
    for (const element of document.body.querySelectorAll('[aria-label]')) {
      if (!element.closest('[translate="no"]')) texts.push(element.getAttribute('aria-label') ?? '');
    }
    return texts;
  });
}

/** True for text in Chinese script: at least one Han character. */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/** The sidebar's view buttons, in order. */
export function navItems(page: Page): Locator {
  return page.getByRole('navigation').getByRole('button');
}

/** Opens the view at `index` by clicking its sidebar item, and waits for it to be current. */
export async function openView(page: Page, index: number): Promise<void> {
  const item = navItems(page).nth(index);
  await item.click();
  await item.and(page.locator('[aria-current="page"]')).waitFor();
}

/** The index of the Settings view in the sidebar. */
export const settingsIndex = 5;

/** Chooses a language in Settings and waits until main confirmed it and the screen switched. */
export async function chooseLanguage(page: Page, value: 'system' | 'zh-CN' | 'en', expectedLang: string): Promise<void> {
  await page.locator(`input[name="language"][value="${value}"]`).check();
  await page.locator(`html[lang="${expectedLang}"]`).waitFor({ state: 'attached' });
  await page.locator('.save-state:empty').waitFor({ state: 'attached' });
}
