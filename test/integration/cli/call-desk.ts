import { expect } from 'vitest';
import type { RehearsalAccount } from '../../../electron/rehearsal/rehearsal-keys';
import type { Provider } from '../../../shared/domain/provider';
import { cliDesk } from './run-lcr';

// What the `lcr call` tests share: a desk whose profiles call the rehearsal cloud, and the form
// of the request ids that cloud hands out. The cloud checks every signature and keeps every
// change, so these tests learn what arrived from its answers and its state, never from a
// recording of the wire.

/** A desk of one test: its own data folder and `lcr` runs on it. */
export type Desk = Awaited<ReturnType<typeof cliDesk>>;

/** Alibaba's request ids, as the rehearsal gateway hands them out (a UUID in capitals). */
export const aliyunRequestId = /^[0-9A-F]{8}(?:-[0-9A-F]{4}){3}-[0-9A-F]{12}$/;

/**
 * Stores a profile that calls `endpoint` with `key`, the secret typed on standard input as an
 * operator pipes it, so it reaches the keychain the way every stored secret does.
 */
export async function addProfile(desk: Desk, provider: Provider, name: string, key: Pick<RehearsalAccount, 'accessKeyId' | 'secret'>, endpoint: string): Promise<void> {
  const added = await desk.run(['profiles', 'add', '--provider', provider, '--name', name, '--access-key-id', key.accessKeyId, '--endpoint', endpoint, '--secret-stdin'], {
    input: `${key.secret}\n`,
  });
  expect(added).toMatchObject({ code: 0 });
}

/** A fresh desk with one stored profile (the provider's active one, being its first). */
export async function deskWithProfile(provider: Provider, name: string, key: Pick<RehearsalAccount, 'accessKeyId' | 'secret'>, endpoint: string): Promise<Desk> {
  const desk = await cliDesk();
  await addProfile(desk, provider, name, key, endpoint);
  return desk;
}
