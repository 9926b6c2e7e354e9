import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { JournalEntryBase, JournalOrigin } from '../../shared/domain/journal';
import { maskAccessKeyId } from '../../shared/format/mask';
import type { ProfileRecord } from '../credentials/profile-record';

/** Who is at this desk, for every entry. */
export interface JournalIdentity {
  origin: JournalOrigin;
  user: string;
  host: string;
}

/** This process's identity: the OS user and host, and whether it is the app, `lcr` or the harness. */
export function deskIdentity(origin: JournalOrigin): JournalIdentity {
  return { origin, user: os.userInfo().username, host: os.hostname() };
}

/**
 * The fields every journal entry starts with — a fresh id, the time, who acted and for which
 * profile — with the key id masked, so no writer can record it whole.
 */
export function entryBase(identity: JournalIdentity, profile: ProfileRecord, now = new Date()): JournalEntryBase {
  return {
    v: 1,
    id: randomUUID(),
    time: now.toISOString(),
    user: identity.user,
    host: identity.host,
    origin: identity.origin,
    profileId: profile.id,
    profileName: profile.name,
    provider: profile.provider,
    accessKeyIdMasked: maskAccessKeyId(profile.accessKeyId),
  };
}
