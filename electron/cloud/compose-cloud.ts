import os from 'node:os';
import type { JournalOrigin } from '../../shared/domain/journal';
import type { SecretVault } from '../credentials/secret-vault';
import { createJournalWriter, journalPath } from '../journal/journal-file';
import type { Logger } from '../log';
import type { ProfileService } from '../services/profile-service';
import { createCallJournal } from './call-journal';
import { createCloudClient, type CloudClient } from './cloud-client';
import { createConnectionTracker, type ConnectionTracker } from './connection-tracker';
import { createProfileSigner } from './profile-signer';
import { createCloudClock } from './transport/clock';
import { createHttpSender } from './transport/http-sender';
import { createRateLimiter, realTimer } from './transport/rate-limiter';

/** The process's one cloud client, its connection state, and how to release its connections. */
export interface CloudStack {
  client: CloudClient;
  connections: ConnectionTracker;
  /** Closes the keep-alive pool, so a command-line run can exit at once. */
  close(): Promise<void>;
}

/** What the cloud stack is built from. */
export interface CloudInputs {
  profiles: ProfileService;
  vault: SecretVault;
  dataDir: string;
  origin: JournalOrigin;
  log: Logger;
}

/**
 * Builds one client per process, so one rate limiter, one clock offset and one connection pool
 * serve every caller — screens, polling and commands alike — and the journal in the data folder
 * records who acted from this desk.
 */
export function composeCloud({ profiles, vault, dataDir, origin, log }: CloudInputs): CloudStack {
  const sender = createHttpSender();
  const connections = createConnectionTracker();
  const journal = createCallJournal(createJournalWriter(journalPath(dataDir)), { origin, user: os.userInfo().username, host: os.hostname() }, log);
  const client = createCloudClient({
    signer: createProfileSigner(profiles, vault),
    sender,
    limiter: createRateLimiter(),
    clock: createCloudClock(),
    timer: realTimer,
    journal,
    connections,
    log,
  });
  return { client, connections, close: () => sender.close() };
}
