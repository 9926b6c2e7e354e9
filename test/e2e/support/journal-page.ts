import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { openView } from './ui-text';

// The Journal screen as the E2E tests drive it, and `lcr` run against the harness's data folder
// as an operator's terminal on the same desk would: its built-in rehearsal profile writes to the
// same journal, which main follows.

/** The index of the Journal view in the sidebar. */
export const journalIndex = 4;

/** Opens the Journal view and waits until main counted the matching entries. */
export async function openJournal(page: Page): Promise<void> {
  await openView(page, journalIndex);
  await expect(page.locator('.journal__count')).toHaveText(/^\d+ entries$/);
}

/** The journal's table. */
export function journalTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Journal entries, newest first' });
}

/** The drawn rows of the table, top first (the header row excluded). */
export function journalRows(page: Page): Locator {
  return journalTable(page).locator('.vtable__row--body');
}

/** How many entries the screen says match the filter. */
export async function shownTotal(page: Page): Promise<number> {
  return Number.parseInt((await page.locator('.journal__count').textContent()) ?? '', 10);
}

/** The "What" words of the first rows (at most `most`), newest first, each once its line is drawn. */
export async function newestWords(page: Page, most: number): Promise<string[]> {
  const rows = journalRows(page);
  const count = Math.min(most, await shownTotal(page));
  const words: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const what = rows.and(page.locator(`[aria-rowindex="${index + 2}"]`)).locator('.journal-table__what');
    await expect(what).toBeVisible();
    words.push((await what.textContent()) ?? '');
  }
  return words;
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** What an `lcr` run printed and how it exited. */
export interface LcrRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `lcr` from the source, as `npm run lcr` does, on the data folder `dataDir`. */
export async function runLcr(dataDir: string, args: readonly string[]): Promise<LcrRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'electron/cli/main.ts'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, LCR_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, stdout, stderr };
}
