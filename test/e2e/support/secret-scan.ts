import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** Every file under `dir`, recursively, with its bytes. */
export async function readAllFiles(dir: string): Promise<{ file: string; bytes: Buffer }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (file) => ({ file, bytes: await readFile(file) })));
}

/** The files under `dir` whose bytes contain `secret`, as text or base64. */
export async function filesContaining(dir: string, secret: string): Promise<string[]> {
  const needles = [Buffer.from(secret, 'utf8'), Buffer.from(Buffer.from(secret, 'utf8').toString('base64'), 'utf8')];
  const files = await readAllFiles(dir);
  return files.filter(({ bytes }) => needles.some((needle) => bytes.includes(needle))).map(({ file }) => file);
}

/** What the page received over HTTP: response bodies and server-sent event payloads. */
export interface TrafficRecord {
  /** Every response body read so far (all requests settle before this resolves). */
  bodies(): Promise<string[]>;
  /** The data of every server-sent event the page received. */
  events(): string[];
}

/**
 * Records everything the page receives, from now on and across navigations: each response body
 * (via Playwright) and, since an event stream's body never ends, each server-sent event's data
 * (via the DevTools protocol's own event-source hook).
 */
export async function recordTraffic(page: Page): Promise<TrafficRecord> {
  const bodies: Promise<string>[] = [];
  const events: string[] = [];
  page.on('response', (response) => {
    if ((response.headers()['content-type'] ?? '').includes('text/event-stream')) return;
    bodies.push(response.text().catch(() => ''));
  });
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.eventSourceMessageReceived', (message) => events.push(message.data));
  await cdp.send('Network.enable');
  return { bodies: () => Promise.all(bodies), events: () => [...events] };
}

/** The page's markup and the current value of every form control: what the DOM holds. */
export async function domSnapshot(page: Page): Promise<string> {
  const values = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')].map(
      (control) => control.value,
    ),
  );
  return `${await page.content()}\n${values.join('\n')}`;
}
