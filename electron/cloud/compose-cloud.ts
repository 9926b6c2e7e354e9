import type { SecretVault } from '../credentials/secret-vault';
import type { JournalWriter } from '../journal/journal-file';
import type { JournalIdentity } from '../journal/journal-identity';
import type { Logger } from '../log';
import { createRehearsalHost, type RehearsalHost } from '../rehearsal/rehearsal-host';
import { startRehearsalCloud } from '../rehearsal/rehearsal-cloud';
import type { ProfileService } from '../services/profile-service';
import { createCallJournal } from './call-journal';
import { createCloudClient, type CloudClient } from './cloud-client';
import { createConnectionTracker, type ConnectionTracker } from './connection-tracker';
import { createProfileSigner } from './profile-signer';
import { createCloudClock } from './transport/clock';
import { createHttpSender } from './transport/http-sender';
import { createRateLimiter, realTimer } from './transport/rate-limiter';

/** The process's one cloud client, its connection state, its rehearsal cloud, and how to release them. */
export interface CloudStack {
  client: CloudClient;
  connections: ConnectionTracker;
  /** The embedded rehearsal cloud the built-in rehearsal profiles call (started on first use). */
  rehearsal: RehearsalHost;
  /** Closes the keep-alive pool and the rehearsal cloud, so a command-line run can exit at once. */
  close(): Promise<void>;
}

/** What the cloud stack is built from. */
export interface CloudInputs {
  profiles: ProfileService;
  vault: SecretVault;
  /** The data folder's journal, shared with the board's entries, and who acts from this process. */
  journal: JournalWriter;
  identity: JournalIdentity;
  log: Logger;
}

/**
 * Builds one client per process, so one rate limiter, one clock offset and one connection pool
 * serve every caller — screens, polling and commands alike — and the journal in the data folder
 * records who acted from this desk.
 */
export function composeCloud({ profiles, vault, journal: writer, identity, log }: CloudInputs): CloudStack {
  const sender = createHttpSender();
  const connections = createConnectionTracker();
  const rehearsal = createRehearsalHost(startRehearsalCloud, log);
  const journal = createCallJournal(writer, identity, log);
  const client = createCloudClient({
    signer: createProfileSigner(profiles, vault, rehearsal),
    sender,
    limiter: createRateLimiter(),
    clock: createCloudClock(),
    timer: realTimer,
    journal,
    connections,
    log,
  });
  return {
    client,
    connections,
    rehearsal,
    close: async () => {
      await Promise.all([sender.close(), rehearsal.close()]);
    },
  };
}
