import type { BatchItem, StudioBatch } from '../../shared/domain/studio-desk';
import { toAppError, type AppError } from '../../shared/errors/app-error';
import type { ErrorCode } from '../../shared/errors/error-codes';
import { runAction, type ActionOptions } from '../cloud/actions/action-definition';
import { copyCaster } from '../cloud/actions/aliyun/caster-lifecycle';
import { listStudios } from '../cloud/actions/aliyun/caster-list';
import { isAmbiguousFailure } from '../cloud/ambiguous-failure';
import type { CloudClient } from '../cloud/cloud-client';

/**
 * Refusals that would meet every remaining copy alike: the batch stops on the first with that one
 * reason (the studio quota, credentials that do not work) instead of a pile of identical failures.
 */
const stopsTheBatch: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'studio.quotaExceeded',
  'cloud.credentialsMissing',
  'cloud.accessKeyNotFound',
  'cloud.accessKeyDisabled',
  'cloud.signatureMismatch',
  'cloud.securityTokenMissing',
  'cloud.securityTokenInvalid',
  'cloud.permissionDenied',
  'cloud.serviceNotActivated',
  'studio.notFound',
  'vault.noSessionBus',
  'vault.noKeyring',
  'vault.locked',
  'vault.unavailable',
  'vault.secretMissing',
  'profile.notFound',
]);

/** What a batch runs with. */
export interface BatchRunDeps {
  client: CloudClient;
  options: ActionOptions;
  /** Called after every change of the batch, which it must keep (durably) before the next request goes out. */
  changed(batch: StudioBatch): void;
  /** Copies in flight at once; the client's rate limiter paces them within CopyCaster's budget. */
  concurrency?: number;
  /** Passes over the copies still to make (resending the unknown ones found nowhere), at most. */
  maxRounds?: number;
}

/** Whether the operator cancelled: then no new copy is sent, and the ones in flight finish. */
export interface BatchControl {
  cancelled(): boolean;
}

/**
 * Runs a bulk copy to its end, each copy at most once. Every copy carries its own ClientToken,
 * made when the batch was made and kept with it. A copy whose answer is lost is `unknown` until a
 * listing finds a studio with its token (then it is done) or shows none (then it is sent again with
 * the same token, which the cloud treats as the same request) — so neither a lost answer, a
 * cancel, nor a restart of the batch can make a second studio. Anything still `sending` or
 * `unknown` from an earlier run is looked for before anything is sent.
 */
export async function runCopyBatch(start: StudioBatch, deps: BatchRunDeps, control: BatchControl): Promise<StudioBatch> {
  let batch: StudioBatch = { ...start, status: 'running', stoppedBy: null };
  const concurrency = deps.concurrency ?? 4;
  const maxRounds = deps.maxRounds ?? 4;
  let stoppedBy: AppError | null = null;

  const update = (n: number, patch: Partial<BatchItem>) => {
    batch = { ...batch, items: batch.items.map((item) => (item.n === n ? { ...item, ...patch } : item)) };
    deps.changed(batch);
  };
  const items = (state: BatchItem['state']) => batch.items.filter((item) => item.state === state);

  /** One listing settles every unsettled copy: found by its token, or free to be sent again. */
  const reconcile = async () => {
    const unsettled = batch.items.filter((item) => item.state === 'sending' || item.state === 'unknown');
    if (unsettled.length === 0) return;
    let byToken: Map<string, string>;
    try {
      const studios = await listStudios(deps.client, {}, deps.options);
      byToken = new Map(studios.flatMap((studio) => (studio.clientToken ? [[studio.clientToken, studio.id] as const] : [])));
    } catch {
      for (const item of unsettled) update(item.n, { state: 'unknown' });
      return;
    }
    for (const item of unsettled) {
      const found = byToken.get(item.clientToken);
      update(item.n, found ? { state: 'done', studioId: found, error: null } : { state: 'pending' });
    }
  };

  const copyOne = async (item: BatchItem) => {
    if (control.cancelled() || stoppedBy) return;
    update(item.n, { state: 'sending', error: null });
    try {
      const { studioId } = await runAction(deps.client, copyCaster, { sourceStudioId: batch.sourceStudioId, name: item.name, clientToken: item.clientToken }, deps.options);
      update(item.n, { state: 'done', studioId, error: null });
    } catch (thrown) {
      const error = toAppError(thrown);
      if (isAmbiguousFailure(error)) update(item.n, { state: 'unknown', error });
      else if (stopsTheBatch.has(error.code)) {
        stoppedBy ??= error;
        update(item.n, { state: 'pending', error: null });
      } else update(item.n, { state: 'failed', error });
    }
  };

  await reconcile();
  for (let round = 0; round < maxRounds && !control.cancelled() && !stoppedBy; round += 1) {
    const queue = items('pending');
    if (queue.length === 0 && items('unknown').length === 0) break;
    let next = 0;
    const worker = async () => {
      while (next < queue.length && !control.cancelled() && !stoppedBy) {
        const item = queue[next];
        next += 1;
        if (item) await copyOne(item);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
    await reconcile();
  }

  const interrupted = stoppedBy !== null || (control.cancelled() && items('pending').length > 0);
  // Out of rounds: a copy tried and found nowhere stays unsettled, for a resume to look for first.
  if (!interrupted) for (const item of items('pending')) update(item.n, { state: 'unknown' });
  const status: StudioBatch['status'] = stoppedBy ? 'stopped' : interrupted ? 'cancelled' : 'finished';
  batch = { ...batch, status, stoppedBy };
  deps.changed(batch);
  return batch;
}
