import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JournalEntry } from '../../../shared/domain/journal';
import { volcengineRehearsalAccounts } from '../../../electron/rehearsal/rehearsal-keys';
import { crashesOf, startTestCloud, type TestCloud } from '../cloud/rehearsal-fixture';
import { parseCsv } from '../../unit/support/csv-rows';
import { deskWithProfile, type Desk } from './call-desk';

// `lcr journal` and `lcr diagnostics` end to end: changes made with `lcr` on a desk against the
// rehearsal cloud, read back from the journal as a table, filtered, and exported as the screen
// exports them; then a support bundle of that desk, which must hold no secret and no key id.
const [deskAccount] = volcengineRehearsalAccounts;
let cloud: TestCloud;
let desk: Desk;

beforeAll(async () => {
  cloud = await startTestCloud();
  desk = await deskWithProfile('volcengine', 'Relay desk', deskAccount, cloud.info.volcengine.endpoint);
  expect(await desk.run(['relays', 'groups', 'create', '晚会转播', '--project', 'default'])).toMatchObject({ code: 0 });
  expect(await desk.run(['relays', 'groups', 'create', '晚会转播', '--project', 'default'])).toMatchObject({ code: 1 });
});
afterAll(async () => {
  await cloud.close();
  expect(crashesOf(cloud)).toEqual([]);
});

describe('lcr journal', () => {
  it('lists what the desk did, newest last, with who, the words, the outcome and the request id; filters by outcome and time', async () => {
    const table = await desk.run(['journal']);
    expect(table, table.stderr).toMatchObject({ code: 0, stderr: '' });
    const [header, ...rows] = table.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^TIME +WHO +PROFILE +WHAT +OUTCOME +LATENCY +REQUEST ID$/);
    expect(rows).toEqual([
      expect.stringMatching(/ Relay desk \(AK\S+\) +Created relay group 晚会转播 +Done +\d+ ms +\S+$/),
      expect.stringMatching(/ Relay desk \(AK\S+\) +Tried to create relay group 晚会转播 +Failed +\d+ ms +\S+$/),
    ]);
    const failed = await desk.run(['journal', '--outcome', 'failed', '--lang', 'zh-CN']);
    expect(failed.stdout.trimEnd().split('\n')).toEqual([expect.stringMatching(/^时间 /), expect.stringMatching(/ 尝试创建任务组 晚会转播 +失败 /)]);
    const later = await desk.run(['journal', '--since', new Date(Date.now() + 60_000).toISOString()]);
    expect(later).toMatchObject({ code: 0, stdout: '', stderr: 'No journal entry matches.\n' });
    expect(await desk.run(['journal', '--since', 'yesterday'])).toMatchObject({ code: 2 });
  });

  it('exports every matching entry as CSV that parses back, and as JSON exactly as stored', async () => {
    const csv = await desk.run(['journal', '--csv']);
    expect(csv.stdout.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.stdout.slice(1));
    expect(header?.[0]).toBe('Time (UTC)');
    expect(rows.map((row) => row.find((field) => field.includes('晚会转播') && field.includes('relay group')))).toEqual(['Created relay group 晚会转播', 'Tried to create relay group 晚会转播']);
    const json = await desk.run(['journal', '--json', '--outcome', 'failed']);
    const entries = JournalEntry.array().parse(JSON.parse(json.stdout));
    expect(entries.map((entry) => [entry.kind, entry.kind === 'call' && entry.action, entry.kind === 'call' && entry.errorCode])).toEqual([['call', 'CreatePullToPushGroup', 'relay.groupExists']]);
  });
});

describe('lcr diagnostics', () => {
  it('writes a support bundle with the desk\'s versions, profiles and journal, but no secret and no key id, and says where', async () => {
    const written = await desk.run(['diagnostics', '--out', desk.dataDir]);
    expect(written, written.stderr).toMatchObject({ code: 0 });
    const file = written.stdout.trim();
    expect(file).toMatch(/\/lcr-diagnostics-\d{8}-\d{4}\.json$/);
    expect(written.stderr).toContain(`Support bundle written to ${file}.`);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(deskAccount.secret);
    expect(text).not.toContain(deskAccount.accessKeyId);
    expect(text).not.toContain(deskAccount.accessKeyId.slice(0, 4));
    expect(text).not.toContain('****');
    expect(JSON.parse(text)).toMatchObject({
      kind: 'live-control-room-diagnostics',
      app: { host: 'cli', versions: { node: process.versions.node } },
      profiles: { profiles: expect.arrayContaining([expect.objectContaining({ name: 'Relay desk' })]) },
      journal: expect.arrayContaining([expect.objectContaining({ action: 'CreatePullToPushGroup', target: '晚会转播' })]),
    });
    expect(await desk.run(['diagnostics', '--out', file])).toMatchObject({ code: 1, stdout: '', stderr: `lcr: ${file} already exists, so nothing was written. Give --out another file or a folder.\n` });
  });
});

