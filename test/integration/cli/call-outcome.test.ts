import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { journalPath, readJournal } from '../../../electron/journal/journal-file';
import { appError } from '../../../shared/errors/app-error';
import { errorMessage } from '../../../shared/i18n/translate';
import { startScriptedServer, type Received, type ScriptedServer } from '../cloud/scripted-server';
import { cliDesk } from './run-lcr';

// A change the cloud never answered: `lcr call` must say the outcome is unknown, never send it a
// second time, and leave the journal entry an operator needs to find out what happened.
const secret = 'Outcome-Secret-2b3c4d5e';
const keyId = 'LTAI5tOutcomeKey0009P6';

let server: ScriptedServer | undefined;
afterEach(async () => server?.close());

async function deskAt(endpoint: string) {
  const desk = await cliDesk();
  const added = await desk.run(['profiles', 'add', '--provider', 'aliyun', '--name', 'Show A', '--access-key-id', keyId, '--endpoint', endpoint, '--secret-stdin'], { input: `${secret}\n` });
  expect(added.code).toBe(0);
  return desk;
}

describe('lcr call when the outcome is unknown', () => {
  it('sends an action the product does not know once, and reports a timeout as outcome unknown, journaled', async () => {
    let arrived: (request: Received) => void = () => undefined;
    const first = new Promise<Received>((resolve) => (arrived = resolve));
    server = await startScriptedServer((request) => {
      arrived(request);
      return 'hang';
    });
    const desk = await deskAt(server.endpoint);
    const startedAt = performance.now();
    const result = await desk.run(['call', 'aliyun', 'SwapLiveMasterFeed', 'Domain=live.example.com', 'StreamName=match1', '--profile', 'Show A']);
    const elapsed = performance.now() - startedAt;

    expect((await first).headers['x-acs-action']).toBe('SwapLiveMasterFeed');
    expect(server.received).toHaveLength(1);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const [message, warning, ...rest] = result.stderr.split('\n');
    expect(message).toBe(`lcr: ${errorMessage('en', appError('cloud.outcomeUnknown'))}`);
    expect(warning).toMatch(/^lcr: OUTCOME UNKNOWN: the change may or may not have been made\. .*read the current state/);
    expect(rest.join('\n')).toMatch(/^ {2}Detail: .*Headers Timeout/);
    // The client's 10 s wait for the answer's headers, and no lingering after it.
    expect(elapsed).toBeGreaterThan(9_000);
    expect(elapsed).toBeLessThan(20_000);

    const { entries } = await readJournal(journalPath(desk.dataDir));
    expect(entries).toMatchObject([
      {
        origin: 'cli',
        profileName: 'Show A',
        accessKeyIdMasked: 'LTAI****9P6',
        action: 'SwapLiveMasterFeed',
        params: { Domain: 'live.example.com', StreamName: 'match1', RegionId: 'cn-shanghai' },
        outcome: 'unknown',
        errorCode: 'cloud.outcomeUnknown',
        attempts: 1,
      },
    ]);
    expect(JSON.stringify(entries)).not.toContain(secret);
  });

  it('says so as JSON with --json when the connection drops mid-call: not retryable, no request id', async () => {
    const dropper = http.createServer((request) => request.socket.destroy());
    await new Promise<void>((resolve) => dropper.listen(0, '127.0.0.1', resolve));
    let received = 0;
    dropper.on('request', () => (received += 1));
    try {
      const desk = await cliDesk();
      const endpoint = `http://127.0.0.1:${(dropper.address() as AddressInfo).port}`;
      const result = await desk.run(['call', 'volcengine', 'SwapRelay', '--endpoint', endpoint, '--json'], { env: { VOLCENGINE_ACCESS_KEY: 'AKLTOutcomeVolc000001', VOLCENGINE_SECRET_KEY: secret } });
      expect(result).toMatchObject({ code: 1, stdout: '' });
      expect(JSON.parse(result.stderr)).toEqual({
        error: { code: 'cloud.outcomeUnknown', params: {}, provider: 'volcengine', action: 'SwapRelay', requestId: null, retryable: false, hint: expect.any(String) },
      });
      expect(received).toBe(1);
      expect((await readJournal(journalPath(desk.dataDir))).entries).toMatchObject([{ profileId: 'environment', provider: 'volcengine', outcome: 'unknown' }]);
    } finally {
      dropper.closeAllConnections();
      await new Promise((resolve) => dropper.close(resolve));
    }
  });

  it('cancels on Ctrl-C with exit 130, and still journals the change as unknown', async () => {
    let arrived: () => void = () => undefined;
    const sent = new Promise<void>((resolve) => (arrived = resolve));
    server = await startScriptedServer(() => {
      arrived();
      return 'hang';
    });
    const desk = await deskAt(server.endpoint);
    const startedAt = performance.now();
    const result = await desk.run(['call', 'aliyun', 'StopCaster', 'CasterId=c-1', '--profile', 'Show A'], { interrupt: sent });
    expect(performance.now() - startedAt).toBeLessThan(8_000);
    expect(result).toMatchObject({ code: 130, stdout: '' });
    expect(result.stderr).toContain(`lcr: ${errorMessage('en', appError('cloud.cancelled'))}`);
    expect(server.received).toHaveLength(1);
    expect((await readJournal(journalPath(desk.dataDir))).entries).toMatchObject([{ action: 'StopCaster', outcome: 'unknown', errorCode: 'cloud.cancelled' }]);
  });
});
