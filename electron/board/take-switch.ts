import { streamKey } from '../../shared/domain/board';
import type { DualIngestStream } from '../../shared/domain/live-streams';
import { onAirUpstream } from '../../shared/domain/live-streams';
import { AppErrorException, appError, toAppError } from '../../shared/errors/app-error';
import { listDualIngestStreams, switchOnAirUpstream } from '../cloud/actions/aliyun/dual-stream';
import { runAction, type ActionOptions } from '../cloud/actions/action-definition';
import { isAmbiguousFailure } from '../cloud/ambiguous-failure';
import type { CloudClient } from '../cloud/cloud-client';
import type { Timer } from '../cloud/transport/rate-limiter';

/** A dual-ingest stream by its names. */
export interface StreamRef {
  domain: string;
  app: string;
  stream: string;
}

/** How long and how often to re-read before a switch counts as not confirmed. */
export interface ConfirmPolicy {
  /** Re-reads after the request, at most this many. */
  reads: number;
  /** Pause between re-reads that do not yet show the target on air. */
  everyMs: number;
}

/** Four re-reads half a second apart: the cloud applies a manual switch within a second or two. */
export const defaultConfirmPolicy: ConfirmPolicy = { reads: 4, everyMs: 500 };

/** Who takes the switch and how. */
export interface TakeDeps {
  client: CloudClient;
  timer: Timer;
  policy?: ConfirmPolicy;
  profileId?: string;
  signal?: AbortSignal;
}

/** The stream as the cloud shows it now, or null when it is no longer listed (off the air). */
async function reread(deps: TakeDeps, ref: StreamRef, options: ActionOptions): Promise<DualIngestStream | null> {
  const streams = await listDualIngestStreams(deps.client, { domain: ref.domain, stream: ref.stream }, options);
  return streams.find((candidate) => candidate.app === ref.app && candidate.stream === ref.stream) ?? null;
}

/**
 * Puts `sequence` on air and returns the stream as re-read once the cloud shows it there — the
 * only way a switch is ever reported done. The request's own answer proves nothing: after a
 * definite refusal the cloud's reason is thrown as is; after a failure that leaves it open (no
 * answer, the cloud's own error — see ambiguous-failure.ts) the stream is re-read, because the
 * switch may have happened. If no re-read shows the target on
 * air — or the re-reads fail, so nobody can tell — the switch is `stream.switchUnconfirmed`, naming
 * what is on air instead: never success, and never "failed" when it may have happened.
 */
export async function takeSwitch(deps: TakeDeps, ref: StreamRef, sequence: string): Promise<DualIngestStream> {
  const policy = deps.policy ?? defaultConfirmPolicy;
  const options: ActionOptions = { ...(deps.profileId ? { profileId: deps.profileId } : {}), ...(deps.signal ? { signal: deps.signal } : {}) };
  try {
    await runAction(deps.client, switchOnAirUpstream, { domain: ref.domain, app: ref.app, stream: ref.stream, sequence }, options);
  } catch (thrown) {
    if (!isAmbiguousFailure(toAppError(thrown))) throw thrown;
  }
  const unconfirmed = (onAir: string, hint?: string) =>
    new AppErrorException(
      appError('stream.switchUnconfirmed', { stream: streamKey(ref), target: sequence, onAir }, { provider: 'aliyun', action: 'SetLiveDomainMultiStreamMaster', ...(hint ? { hint } : {}) }),
    );
  let seen: DualIngestStream | null = null;
  for (let read = 0; read < policy.reads; read += 1) {
    try {
      if (read > 0) await deps.timer.sleep(policy.everyMs, deps.signal);
      seen = await reread(deps, ref, options);
    } catch (thrown) {
      // The request went out; a read that fails now cannot tell whether it took effect.
      throw unconfirmed('—', toAppError(thrown).code);
    }
    if (seen && onAirUpstream(seen)?.sequence === sequence) return seen;
  }
  throw unconfirmed(seen ? (onAirUpstream(seen)?.sequence ?? '—') : '—');
}
