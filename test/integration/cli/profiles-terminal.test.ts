import keytar from 'keytar';
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keychainService } from '../../../electron/credentials/secret-vault';
import type { ProfilesState } from '../../../shared/domain/profile';
import { cliDesk, lcrCommand, root } from './run-lcr';

// The prompts on a real terminal: util-linux `script` gives the CLI a pseudo-terminal, and its
// transcript is exactly what the operator's screen would show.
const secret = 'Typed-Secret-0f1e2d3c';
const quote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;

/** Runs lcr on a pseudo-terminal, typing each answer once its prompt has appeared. */
function inTerminal(dataDir: string, args: readonly string[], answers: readonly { after: string; type: string }[]) {
  const command = [...lcrCommand(), ...args].map(quote).join(' ');
  return new Promise<{ code: number | null; screen: string }>((resolve, reject) => {
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: root, env: { ...process.env, LCR_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' } });
    let screen = '';
    let next = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString();
      const answer = answers[next];
      if (answer && screen.includes(answer.after)) {
        next += 1;
        child.stdin.write(answer.type);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, screen }));
  });
}

describe('lcr on a terminal', () => {
  it('asks for the secret without echoing it, then stores it in the keychain', async () => {
    const { run } = await cliDesk();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lcr-cli-tty-'));
    const add = ['profiles', 'add', '--provider', 'aliyun', '--name', 'Typed', '--access-key-id', 'LTAI5tAbCdEfGh9P6'];
    const { code, screen } = await inTerminal(dataDir, add, [{ after: '(typing is hidden): ', type: `${secret}\r` }]);
    expect(code).toBe(0);
    expect(screen).toContain('AccessKey secret for "Typed" (typing is hidden): \r\nAdded profile "Typed"');
    expect(screen).not.toContain(secret);
    const listed = await run(['profiles', 'list', '--json'], { env: { LCR_DATA_DIR: dataDir } });
    const typed = (JSON.parse(listed.stdout) as ProfilesState).profiles.find((p) => p.name === 'Typed');
    expect(JSON.parse((await keytar.getPassword(keychainService, typed?.id ?? '')) ?? 'null')).toEqual({ accessKeySecret: secret });

    const declined = await inTerminal(dataDir, ['profiles', 'remove', 'Typed'], [{ after: '[y/N] ', type: '\r' }]);
    expect(declined.code).toBe(3);
    expect(declined.screen).toContain('Remove profile "Typed" (Alibaba Cloud, LTAI****9P6) and delete its secret from the keychain? [y/N]');
    expect(declined.screen).toContain('Nothing was removed.');
    expect(await keytar.getPassword(keychainService, typed?.id ?? '')).not.toBeNull();

    const confirmed = await inTerminal(dataDir, ['profiles', 'remove', 'Typed'], [{ after: '[y/N] ', type: 'y\r' }]);
    expect(confirmed.code).toBe(0);
    expect(confirmed.screen).toContain('Removed profile "Typed"');
    expect(await keytar.getPassword(keychainService, typed?.id ?? '')).toBeNull();
  });

  it('exits 130 and stores nothing when the secret prompt is interrupted with Ctrl-C', async () => {
    const { run } = await cliDesk();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lcr-cli-tty-'));
    const add = ['profiles', 'add', '--provider', 'volcengine', '--name', 'Interrupted', '--access-key-id', 'AKLTInterrupted001'];
    const { code, screen } = await inTerminal(dataDir, add, [{ after: '(typing is hidden): ', type: 'Half-typed\u0003' }]);
    expect(code).toBe(130);
    expect(screen).toContain('Interrupted; nothing was changed.');
    expect(screen).not.toContain('Half-typed');
    const listed = JSON.parse((await run(['profiles', 'list', '--json'], { env: { LCR_DATA_DIR: dataDir } })).stdout) as ProfilesState;
    expect(listed.profiles.filter((p) => !p.builtIn)).toEqual([]);
  });
});
