import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JournalPage } from '../../../shared/domain/journal-view';
import type { SaveOutcome } from '../../../shared/domain/saved-file';
import { lcrCommand, root } from '../cli/run-lcr';
import { connectHarness, type HarnessClient } from './harness-client';

// The journal as the running app sees it: its own changes at once, and a line `lcr` appends to the
// same data folder while the app runs, announced by `journal.appended` without a reload; an
// export through the harness's save dialog, which offers the file to the page.
let client: HarnessClient;

beforeAll(async () => {
  client = await connectHarness();
});
afterAll(() => client.harness.stop());

/** Runs `lcr` on the harness's data folder, as an operator at the same desk would. */
function lcrOnDesk(args: readonly string[]): Promise<number | null> {
  const [node, bundle] = lcrCommand();
  const child = spawn(node, [bundle, ...args], { cwd: root, env: { ...process.env, LCR_DATA_DIR: client.harness.dataDir, LANG: 'en_US.UTF-8' }, stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
}

/** Waits (up to 5 s) until the events heard include one named `name`, and answers it. */
async function heard(events: { name: string; payload: unknown }[], name: string) {
  for (let waited = 0; waited < 5000; waited += 50) {
    const event = events.find((candidate) => candidate.name === name);
    if (event) return event;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return null;
}

const newest = async () => (await client.ipc<JournalPage>('journal.page', { filter: {}, offset: 0, limit: 5 })).lines[0];

describe('the journal while the app runs', () => {
  it('shows the app\'s change at once, and one made with lcr meanwhile as soon as it is written', async () => {
    await client.ipc('relays.createGroup', { name: '联播测试', project: 'default' });
    expect(await newest()).toMatchObject({ kind: 'entry', entry: { kind: 'call', origin: 'harness', action: 'CreatePullToPushGroup', target: '联播测试', outcome: 'ok' } });

    const events = client.listen();
    expect(await lcrOnDesk(['relays', 'groups', 'create', '命令行组', '--project', 'default'])).toBe(0);
    expect(await heard(events.events, 'journal.appended')).toEqual({ name: 'journal.appended', payload: { added: 1 } });
    events.stop();
    expect(await newest()).toMatchObject({ kind: 'entry', entry: { origin: 'cli', action: 'CreatePullToPushGroup', target: '命令行组', outcome: 'ok' } });
  });

  it('offers an export to the page as a download, filtered as asked', async () => {
    const events = client.listen();
    const outcome = await client.ipc<SaveOutcome>('journal.save', { filter: { text: '命令行组' }, format: 'json' });
    expect(outcome).toEqual({ kind: 'offered', fileName: expect.stringMatching(/^journal-\d{8}-\d{4}\.json$/) });
    const offered = (await heard(events.events, 'file.offered'))?.payload as { fileName: string; mimeType: string; text: string };
    events.stop();
    expect(offered).toMatchObject({ fileName: outcome.kind === 'offered' ? outcome.fileName : '', mimeType: 'application/json' });
    expect((JSON.parse(offered.text) as { target: string }[]).map((entry) => entry.target)).toEqual(['命令行组']);
  });
});
