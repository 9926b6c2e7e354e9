import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCallJournal } from '../../../electron/cloud/call-journal';
import { createCloudClient, type CloudClient } from '../../../electron/cloud/cloud-client';
import { createConnectionTracker, type ConnectionTracker } from '../../../electron/cloud/connection-tracker';
import { createCloudClock, type CloudClock } from '../../../electron/cloud/transport/clock';
import { createHttpSender } from '../../../electron/cloud/transport/http-sender';
import { createRateLimiter, realTimer } from '../../../electron/cloud/transport/rate-limiter';
import type { ProfileRecord } from '../../../electron/credentials/profile-record';
import { createJournalWriter, journalPath, readJournal } from '../../../electron/journal/journal-file';
import { createLogger } from '../../../electron/log';
import type { Provider } from '../../../shared/domain/provider';

/** The secrets the test client signs with; tests assert they appear nowhere. */
export const testSecret = 'TestSecret-4f9a0c7e2b';
export const testToken = 'CAIS-test-token-7d1e';

/** A profile pointing at a test server. */
export function testProfile(provider: Provider, endpoint: string | null, overrides: Partial<ProfileRecord> = {}): ProfileRecord {
  return {
    id: `${provider}-test`,
    name: `${provider} test`,
    provider,
    accessKeyId: provider === 'aliyun' ? 'LTAI5tTestKey0001X9P6' : 'AKLTVolcTestKey000001',
    region: provider === 'aliyun' ? 'cn-shanghai' : 'cn-north-1',
    signatureVersion: 'v3',
    endpoint,
    notes: '',
    hasSecurityToken: false,
    securityTokenExpiresAt: null,
    createdAt: '2026-11-22T00:00:00.000Z',
    updatedAt: '2026-11-22T00:00:00.000Z',
    ...overrides,
  };
}

/** A client wired exactly as the app wires it, but with short timeouts and no backoff waits. */
export interface TestClient {
  client: CloudClient;
  clock: CloudClock;
  connections: ConnectionTracker;
  journalFile: string;
  logs: string[];
  journal(): ReturnType<typeof readJournal>;
}

/** Builds the real client over the given profile, with an optional local clock. */
export async function testClient(profile: ProfileRecord, options: { localNow?: () => number; securityToken?: string } = {}): Promise<TestClient> {
  const logs: string[] = [];
  const log = createLogger('cloud', (line) => logs.push(line));
  const journalFile = journalPath(await mkdtemp(path.join(os.tmpdir(), 'lcr-cloud-')));
  const clock = createCloudClock(options.localNow);
  const connections = createConnectionTracker();
  const credentials = { accessKeyId: profile.accessKeyId, accessKeySecret: testSecret, ...(options.securityToken ? { securityToken: options.securityToken } : {}) };
  const client = createCloudClient({
    signer: { resolve: async () => ({ profile, credentials }) },
    sender: createHttpSender({ connectMs: 500, headersMs: 400, bodyMs: 400 }),
    limiter: createRateLimiter(),
    clock,
    timer: realTimer,
    journal: createCallJournal(createJournalWriter(journalFile), { origin: 'cli', user: 'tester', host: 'desk' }, log),
    connections,
    log,
    random: () => 0,
  });
  return { client, clock, connections, journalFile, logs, journal: () => readJournal(journalFile) };
}
