import { describe, expect, it } from 'vitest';
import { memoryDesk } from '../support/cli-desk';

const secret = 'Unit-Secret-Value-7f3a';
const add = ['profiles', 'add', '--provider', 'aliyun', '--name', 'Show A', '--access-key-id', 'LTAI5tAbCdEfGh9P6', '--secret-stdin'];

const desk = memoryDesk;

describe('lcr wiring', () => {
  it('stores the secret in the keychain only and prints neither it nor any log line', async () => {
    const { run, entries, store } = desk();
    const added = await run(add, { input: `${secret}\n` });
    expect(added).toMatchObject({ code: 0, err: '' });
    expect(added.out).toMatch(/^Added profile "Show A" \(Alibaba Cloud, LTAI\*\*\*\*9P6\), id [0-9a-f-]{36}\.\n$/);
    expect([...entries.values()]).toEqual([{ accessKeySecret: secret }]);
    expect(JSON.stringify(store.document())).not.toContain(secret);
  });

  it('writes the services\' log lines to stderr with --verbose, never to stdout', async () => {
    const { run } = desk();
    const added = await run([...add, '--verbose'], { input: `${secret}\n` });
    expect(added.code).toBe(0);
    expect(added.err).toMatch(/info \[profiles\] created aliyun profile/);
    expect(added.out).not.toContain('[profiles]');
  });

  it('speaks the language of the desk setting unless --lang says otherwise', async () => {
    const { run } = desk({ preferences: { language: 'zh-CN' } });
    expect((await run(['profiles', 'list'])).out).toContain('云平台');
    expect((await run(['profiles', 'list', '--lang', 'en'])).out).toContain('CLOUD');
    expect((await run(['profiles', 'nope'])).err).toContain('不是 lcr 命令');
  });

  it('reports usage mistakes on stderr with exit 2 and points at the right help', async () => {
    const { run } = desk();
    const result = await run(['profiles', 'add', '--provider', 'aliyun']);
    expect(result).toEqual({ code: 2, out: '', err: 'lcr: Missing the required option --name.\nlcr: Run "lcr profiles add --help" for usage.\n' });
  });

  it('reports failures as JSON on stderr when --json is given', async () => {
    const { run } = desk();
    const result = await run(['profiles', 'import', '--pick', 'nothing-like-it', '--json']);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(JSON.parse(result.err)).toEqual({ error: { code: 'cli.pickUnknown', params: { pick: 'nothing-like-it' } } });
  });

  it('asks before removing on a terminal, defaulting to no (exit 3), and removes on yes', async () => {
    const { run, entries } = desk();
    await run(add, { input: `${secret}\n` });
    const declined = await run(['profiles', 'remove', 'show a'], { terminal: true, input: '\n' });
    expect(declined.code).toBe(3);
    expect(declined.err).toContain('Remove profile "Show A" (Alibaba Cloud, LTAI****9P6) and delete its secret from the keychain? [y/N] ');
    expect(entries.size).toBe(1);
    const removed = await run(['profiles', 'remove', 'show a'], { terminal: true, input: 'y\n' });
    expect(removed).toMatchObject({ code: 0, out: 'Removed profile "Show A" and deleted its secret from the keychain.\n' });
    expect(entries.size).toBe(0);
  });

  it('asks for secrets on a terminal, and refuses without one unless --secret-stdin', async () => {
    const { run, entries } = desk();
    const prompted = await run(add.filter((w) => w !== '--secret-stdin'), { terminal: true, input: `${secret}\r` });
    expect(prompted.code).toBe(0);
    expect(prompted.err).toBe('AccessKey secret for "Show A" (typing is hidden): \n');
    expect([...entries.values()]).toEqual([{ accessKeySecret: secret }]);
    const refused = await run(['profiles', 'edit', 'Show A', '--rotate-secret']);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('Pass --secret-stdin');
  });

  it('refuses to change the built-in rehearsal profiles before asking for anything', async () => {
    const { run } = desk();
    const result = await run(['profiles', 'edit', 'rehearsal-aliyun', '--rotate-secret', '--secret-stdin'], { input: `${secret}\n` });
    expect(result.code).toBe(1);
    expect(result.err).toBe('lcr: Built-in rehearsal profiles cannot be changed or removed.\n');
  });
});
