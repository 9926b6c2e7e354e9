import type { CallEntry } from '../../../shared/domain/journal';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCallJournal } from '../../../electron/cloud/call-journal';
import { createCloudClient, type CloudClient } from '../../../electron/cloud/cloud-client';
import { createConnectionTracker, type ConnectionTracker } from '../../../electron/cloud/connection-tracker';
import type { HttpRequest } from '../../../electron/cloud/http-request';
import { createCloudClock, type CloudClock } from '../../../electron/cloud/transport/clock';
import { createHttpSender, type HttpSender } from '../../../electron/cloud/transport/http-sender';
import { createRateLimiter, realTimer, type RateLimiter, type Timer } from '../../../electron/cloud/transport/rate-limiter';
import type { ProfileRecord } from '../../../electron/credentials/profile-record';
import { createJournalWriter, journalPath, readJournal } from '../../../electron/journal/journal-file';
import { createLogger } from '../../../electron/log';
import { aliyunRehearsalAccounts, rehearsalKeys, volcengineRehearsalAccounts } from '../../../electron/rehearsal/rehearsal-keys';
import type { Provider } from '../../../shared/domain/provider';
import { AppErrorException, type AppError } from '../../../shared/errors/app-error';

/**
 * The product's cloud client wired exactly as the app wires it — journal, connection tracker,
 * cloud clock, rate limiter, HTTP sender — signing with the rehearsal cloud's published keys,
 * with short timeouts so a silent cloud costs a test about a second.
 */

/** Timeouts short enough for tests; the sender's timers tick in half seconds, so ~1 s in practice. */
export const testTimeouts = { connectMs: 500, headersMs: 400, bodyMs: 400 } as const;

/** A profile calling the rehearsal cloud as the provider's desk account (its first). */
export function testProfile(provider: Provider, endpoint: string | null, overrides: Partial<ProfileRecord> = {}): ProfileRecord {
  return {
    id: `${provider}-test`,
    name: `${provider} test`,
    provider,
    accessKeyId: provider === 'aliyun' ? aliyunRehearsalAccounts[0].accessKeyId : volcengineRehearsalAccounts[0].accessKeyId,
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

/** The published rehearsal secret of an AccessKey ID, permanent or temporary. */
export function rehearsalSecretOf(provider: Provider, accessKeyId: string): string {
  const key = rehearsalKeys[provider].find((candidate) => candidate.accessKeyId === accessKeyId);
  if (!key) throw new Error(`${accessKeyId} is not a rehearsal key of ${provider}`);
  return key.secret;
}

/** How a test client differs from the app's. */
export interface TestClientOptions {
  /** Signs with this secret instead of the key's own (a wrong one, to be refused). */
  secret?: string;
  securityToken?: string;
  /** The desk's own clock; the machine's by default. */
  localNow?: () => number;
  /** The backoff jitter; 0 (the default) waits only as long as the cloud's hint or a documented floor. */
  random?: () => number;
  /** Awaited between a failed attempt and its retry: where a test changes the cloud in mid-call. */
  beforeRetry?: () => Promise<unknown>;
  /** The app's limiter unless given (a test that shows what the limiter prevents passes none). */
  limiter?: RateLimiter;
}

/** A client under test, with everything it leaves behind. */
export interface TestClient {
  client: CloudClient;
  clock: CloudClock;
  connections: ConnectionTracker;
  journalFile: string;
  logs: string[];
  /** Every request the client put on the wire, signed, in order. */
  sent: HttpRequest[];
  /** The call entries the client journaled (a bare client writes no other kind). */
  journal(): Promise<{ entries: CallEntry[] }>;
}

/** The real sender, noting each request it is handed: what the cloud was sent, as sent. */
function recordingSender(sent: HttpRequest[]): HttpSender {
  const sender = createHttpSender(testTimeouts);
  return {
    send: (request, signal) => {
      sent.push(request);
      return sender.send(request, signal);
    },
    close: () => sender.close(),
  };
}

/** The real timer, running `beforeRetry` before each backoff wait (the client sleeps only there). */
function retryTimer(beforeRetry: (() => Promise<unknown>) | undefined): Timer {
  if (!beforeRetry) return realTimer;
  return {
    now: realTimer.now,
    sleep: async (ms, signal) => {
      await beforeRetry();
      await realTimer.sleep(ms, signal);
    },
  };
}

/** Builds the real client over the profile, signing with the profile key's rehearsal secret. */
export async function testClient(profile: ProfileRecord, options: TestClientOptions = {}): Promise<TestClient> {
  const logs: string[] = [];
  const sent: HttpRequest[] = [];
  const log = createLogger('cloud', (line) => logs.push(line));
  const journalFile = journalPath(await mkdtemp(path.join(os.tmpdir(), 'lcr-cloud-')));
  const clock = createCloudClock(options.localNow);
  const connections = createConnectionTracker();
  const credentials = {
    accessKeyId: profile.accessKeyId,
    accessKeySecret: options.secret ?? rehearsalSecretOf(profile.provider, profile.accessKeyId),
    ...(options.securityToken ? { securityToken: options.securityToken } : {}),
  };
  const client = createCloudClient({
    signer: { resolve: async () => ({ profile, credentials }) },
    sender: recordingSender(sent),
    limiter: options.limiter ?? createRateLimiter(),
    clock,
    timer: retryTimer(options.beforeRetry),
    journal: createCallJournal(createJournalWriter(journalFile), { origin: 'cli', user: 'tester', host: 'desk' }, log),
    connections,
    log,
    random: options.random ?? (() => 0),
  });
  return { client, clock, connections, journalFile, logs, sent, journal: async () => ({ entries: (await readJournal(journalFile)).entries.filter((entry) => entry.kind === 'call') }) };
}

/** The app error a call failed with; throws if it succeeded or failed any other way. */
export async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (thrown) {
    if (thrown instanceof AppErrorException) return thrown.error;
    throw thrown;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** The lines a client logged about retrying, e.g. `attempt 1 failed (transient)`. */
export function retryLines(logs: readonly string[]): string[] {
  return logs.filter((line) => line.includes('; retrying in'));
}

/** A header of a sent request, whatever the case its signer wrote the name in. */
export function sentHeader(request: HttpRequest | undefined, name: string): string | undefined {
  const found = Object.entries(request?.headers ?? {}).find(([candidate]) => candidate.toLowerCase() === name.toLowerCase());
  return found?.[1];
}

/** The parameters a sent Alibaba request carried: its query and, for a V1 POST, its form body. */
export function sentParams(request: HttpRequest | undefined): URLSearchParams {
  if (!request) return new URLSearchParams();
  const params = new URL(request.url).searchParams;
  for (const [name, value] of new URLSearchParams(request.body ?? '')) params.append(name, value);
  return params;
}
