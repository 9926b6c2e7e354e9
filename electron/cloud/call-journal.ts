import type { CallEntry, JournalOutcome } from '../../shared/domain/journal';
import { maskAccessKeyId } from '../../shared/format/mask';
import type { ProfileRecord } from '../credentials/profile-record';
import type { JournalWriter } from '../journal/journal-file';
import { entryBase, type JournalIdentity } from '../journal/journal-identity';
import type { Logger } from '../log';
import type { RpcValue } from './aliyun/rpc-params';

/** What the client knows about a finished call that the journal records. */
export interface CallRecord {
  profile: ProfileRecord;
  action: string;
  target: string | null;
  params: Readonly<Record<string, RpcValue>>;
  requestId: string | null;
  outcome: JournalOutcome;
  errorCode: string | null;
  latencyMs: number;
  attempts: number;
}

/** Records finished calls in the activity journal. */
export interface CallJournal {
  record(call: CallRecord): Promise<void>;
}

const secretNames = /secret|securitytoken|signature|password|credential|authorization/i;
const urlWithQuery = /^([a-z][a-z0-9+.-]*:\/\/[^?#\s]*)[?#].*$/i;

/**
 * A parameter value as the journal keeps it. Stream URLs carry push and pull authentication in
 * their query (`auth_key=…`, `txSecret=…`), so every URL keeps only its scheme, host and path.
 */
function journalValue(value: RpcValue): unknown {
  if (typeof value === 'string') return value.replace(urlWithQuery, '$1?…');
  if (Array.isArray(value)) return value.map(journalValue);
  if (value !== null && typeof value === 'object') return journalParams(value as Readonly<Record<string, RpcValue>>);
  return value;
}

/** Parameters as the journal keeps them: no secret-bearing field, key ids masked, URL queries cut. */
export function journalParams(params: Readonly<Record<string, RpcValue>>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (secretNames.test(name)) continue;
    kept[name] = /accesskeyid/i.test(name) && typeof value === 'string' ? maskAccessKeyId(value) : journalValue(value);
  }
  return kept;
}

/**
 * Turns finished calls into journal entries. A journal that cannot be written is logged loudly but
 * does not turn a call that happened into a failure: the cloud's state is what it is.
 */
export function createCallJournal(writer: JournalWriter, identity: JournalIdentity, log: Logger): CallJournal {
  return {
    async record(call) {
      const entry: CallEntry = {
        ...entryBase(identity, call.profile),
        kind: 'call',
        action: call.action,
        target: call.target,
        params: journalParams(call.params),
        requestId: call.requestId,
        outcome: call.outcome,
        errorCode: call.errorCode,
        latencyMs: call.latencyMs,
        attempts: call.attempts,
      };
      try {
        await writer.append(entry);
      } catch (thrown) {
        log.error(`journal entry for ${call.action} not written: ${String(thrown)}`);
      }
    },
  };
}
