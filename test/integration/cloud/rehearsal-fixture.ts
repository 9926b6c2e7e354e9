import { afterEach, beforeEach, expect } from 'vitest';
import type { ProfileRecord } from '../../../electron/credentials/profile-record';
import { createLogger } from '../../../electron/log';
import { startRehearsalCloud, type RehearsalCloud, type RehearsalOptions } from '../../../electron/rehearsal/rehearsal-cloud';
import type { Provider } from '../../../shared/domain/provider';
import { testClient, testProfile, type TestClient, type TestClientOptions } from './client-harness';

/**
 * Integration tests talk to the rehearsal cloud — the local Alibaba Cloud Live and Volcengine Live
 * — never to a hand-written fake. Each test gets a fresh cloud (it starts in about a millisecond),
 * so a cut upstream, a new studio or a drill never leaks into the next test.
 */

/** A running cloud and the lines it logged; a line at `error` level means a gateway crashed. */
export interface TestCloud extends RehearsalCloud {
  logs: string[];
}

/** Starts a cloud that logs into memory; seed 7 unless given, so runs are repeatable. */
export async function startTestCloud(options: Omit<RehearsalOptions, 'log'> = {}): Promise<TestCloud> {
  const logs: string[] = [];
  const cloud = await startRehearsalCloud({ seed: 7, ...options, log: createLogger('rehearsal', (line) => logs.push(line)) });
  return { ...cloud, logs };
}

/** The gateway crashes a cloud logged: a crash is answered as `InternalError`, which no test may mistake for a drill. */
export function crashesOf(cloud: TestCloud): string[] {
  return cloud.logs.filter((line) => / error \[rehearsal\] /.test(line));
}

/**
 * A fresh cloud for every test of the file, closed after it; a test fails if the cloud crashed
 * while serving it. Returns the current test's cloud.
 */
export function useRehearsalCloud(options: Omit<RehearsalOptions, 'log'> = {}): () => TestCloud {
  let current: TestCloud | undefined;
  beforeEach(async () => {
    current = await startTestCloud(options);
  });
  afterEach(async () => {
    const cloud = current;
    current = undefined;
    await cloud?.close();
    if (cloud) expect(crashesOf(cloud)).toEqual([]);
  });
  return () => {
    if (!current) throw new Error('the rehearsal cloud runs only inside a test');
    return current;
  };
}

/** How a desk client is set up: its profile's differences, then the client's. */
export interface DeskOptions extends TestClientOptions {
  profile?: Partial<ProfileRecord>;
}

/** The product's client calling `provider` of the cloud as that provider's desk account. */
export function deskClient(cloud: RehearsalCloud, provider: Provider, options: DeskOptions = {}): Promise<TestClient> {
  const { profile, ...clientOptions } = options;
  return testClient(testProfile(provider, cloud.info[provider].endpoint, profile), clientOptions);
}
