import { randomUUID } from 'node:crypto';
import { copyName, BatchRequest, type ConfigureRequest, type CopyRequest, type CreateRequest, type DeleteRequest, type StudioBatch, type StudiosView } from '../../shared/domain/studio-desk';
import type { Studio, StudioConfig } from '../../shared/domain/studios';
import { AppErrorException, appError, toAppError } from '../../shared/errors/app-error';
import { runAction, type ActionOptions } from '../cloud/actions/action-definition';
import { describeCasterConfig, setCasterConfig } from '../cloud/actions/aliyun/caster-config';
import { deleteCaster, startCaster, stopCaster } from '../cloud/actions/aliyun/caster-lifecycle';
import { listStudios } from '../cloud/actions/aliyun/caster-list';
import { copyCasterOnce, createCasterOnce } from '../cloud/actions/aliyun/caster-reconcile';
import type { CloudClient } from '../cloud/cloud-client';
import type { BatchStore } from './batch-store';
import { runCopyBatch } from './copy-batch';

/** What the studios service is built from. */
export interface StudioServiceDeps {
  client: CloudClient;
  batches: BatchStore;
  /** The Alibaba profile whose studios are shown and changed (the active one). */
  profileId(): string;
  now?: () => Date;
  /** Copies of one batch in flight at once. */
  batchConcurrency?: number;
}

/**
 * The production studios of the active Alibaba profile: the list as the cloud last confirmed it,
 * and every change — copy, bulk copy, create, configure, start, stop, delete — each confirmed by
 * reading the studio back before it is reported done.
 */
export interface StudioService {
  view(): StudiosView;
  /** Lists every studio again (all pages); a failed listing keeps the last one with the reason. */
  refresh(): Promise<StudiosView>;
  copy(request: CopyRequest): Promise<Studio>;
  create(request: CreateRequest): Promise<Studio>;
  config(studioId: string): Promise<StudioConfig>;
  configure(request: ConfigureRequest): Promise<StudioConfig>;
  start(studioId: string): Promise<Studio>;
  stop(studioId: string): Promise<Studio>;
  remove(request: DeleteRequest): Promise<StudiosView>;
  batches(): StudioBatch[];
  /** Makes a batch (every copy's name and token, kept before anything is sent) and runs it. */
  startBatch(request: BatchRequest): StudioBatch;
  /** Runs a cancelled, stopped or interrupted batch on, with the tokens it was made with. */
  resumeBatch(id: string): StudioBatch;
  cancelBatch(id: string): StudioBatch;
  /** Settles once the batch is no longer running here (for `lcr`, which waits for its batch). */
  settled(id: string): Promise<StudioBatch>;
  onView(listener: (view: StudiosView) => void): () => void;
  onBatch(listener: (batch: StudioBatch) => void): () => void;
}

/** Creates the service. */
export function createStudioService(deps: StudioServiceDeps): StudioService {
  const now = deps.now ?? (() => new Date());
  const options = (): ActionOptions => ({ profileId: deps.profileId() });
  const nothingListed = (profileId: string): StudiosView => ({ profileId, studios: [], listedAt: null, readError: null });
  let shown = nothingListed(deps.profileId());
  const viewListeners = new Set<(view: StudiosView) => void>();
  const batchListeners = new Set<(batch: StudioBatch) => void>();
  const running = new Map<string, { control: { cancelled: boolean }; done: Promise<StudioBatch> }>();

  const publish = (next: StudiosView) => {
    shown = next;
    for (const listener of viewListeners) listener(next);
    return next;
  };
  const current = (): StudiosView => (shown.profileId === deps.profileId() ? shown : nothingListed(deps.profileId()));

  const refresh = async (): Promise<StudiosView> => {
    const profileId = deps.profileId();
    try {
      const studios = await listStudios(deps.client, {}, { profileId });
      return publish({ profileId, studios, listedAt: now().toISOString(), readError: null });
    } catch (thrown) {
      return publish({ ...current(), readError: toAppError(thrown) });
    }
  };

  /** The studio as the cloud lists it now, put into the shown list; `studio.notFound` if it is not there. */
  const readBack = async (studioId: string): Promise<Studio> => {
    const [studio] = await listStudios(deps.client, { studioId }, options());
    if (!studio) throw new AppErrorException(appError('studio.notFound', {}, { provider: 'aliyun', action: 'DescribeCasters' }));
    const list = current();
    const studios = list.studios.some((shownStudio) => shownStudio.id === studio.id) ? list.studios.map((s) => (s.id === studio.id ? studio : s)) : [studio, ...list.studios];
    publish({ ...list, studios });
    return studio;
  };

  /** A studio as the shown list has it, or null when the list does not. */
  const shownStudio = (studioId: string): Studio | null => current().studios.find((studio) => studio.id === studioId) ?? null;

  const saveBatch = (batch: StudioBatch) => {
    deps.batches.save(batch);
    for (const listener of batchListeners) listener(batch);
  };
  const run = (stored: StudioBatch): StudioBatch => {
    // Kept as running before anything else: whoever looks next sees it going, not as it ended last.
    const batch: StudioBatch = { ...stored, status: 'running', stoppedBy: null };
    saveBatch(batch);
    const control = { cancelled: false };
    const concurrency = deps.batchConcurrency ? { concurrency: deps.batchConcurrency } : {};
    const done = runCopyBatch(batch, { client: deps.client, options: { profileId: batch.profileId }, changed: saveBatch, ...concurrency }, { cancelled: () => control.cancelled })
      .then(async (finished) => {
        await refresh();
        return finished;
      })
      .finally(() => running.delete(batch.id));
    running.set(batch.id, { control, done });
    return batch;
  };
  const batchOf = (id: string): StudioBatch => {
    const batch = deps.batches.get(id);
    if (!batch) throw new AppErrorException(appError('studio.batchNotFound', { id }));
    return batch;
  };

  return {
    view: current,
    refresh,
    async copy({ sourceStudioId, name, clientToken }) {
      const { studioId } = await copyCasterOnce(deps.client, { sourceStudioId, name }, clientToken, options());
      return readBack(studioId);
    },
    async create({ type, name, clientToken }) {
      const { studioId } = await createCasterOnce(deps.client, { type, name }, clientToken, options());
      return readBack(studioId);
    },
    config: (studioId) => runAction(deps.client, describeCasterConfig, { studioId }, options()),
    async configure({ studioId, name, domainName }) {
      const read = await runAction(deps.client, describeCasterConfig, { studioId }, options());
      const changed: StudioConfig = {
        ...read,
        ...(name === undefined ? {} : { name }),
        ...(domainName === undefined ? {} : { domainName: domainName === '' ? null : domainName }),
      };
      await runAction(deps.client, setCasterConfig, changed, options());
      const confirmed = await runAction(deps.client, describeCasterConfig, { studioId }, options());
      await readBack(studioId);
      return confirmed;
    },
    async start(studioId) {
      await runAction(deps.client, startCaster, { studioId }, options());
      return readBack(studioId);
    },
    async stop(studioId) {
      await runAction(deps.client, stopCaster, { studioId }, options());
      return readBack(studioId);
    },
    async remove({ studioId, confirmName }) {
      const listed = shownStudio(studioId) ?? (await readBack(studioId));
      if (confirmName !== listed.name) throw new AppErrorException(appError('studio.nameMismatch', { name: listed.name }));
      if (listed.status === 'running') throw new AppErrorException(appError('studio.running', {}, { provider: 'aliyun', action: 'DeleteCaster' }));
      await runAction(deps.client, deleteCaster, { studioId }, options());
      const after = await listStudios(deps.client, { studioId }, options());
      if (after.some((studio) => studio.id === studioId)) throw new AppErrorException(appError('studio.deleteUnconfirmed', { name: listed.name }));
      const list = current();
      return publish({ ...list, studios: list.studios.filter((studio) => studio.id !== studioId) });
    },
    batches: () => deps.batches.list().filter((batch) => batch.profileId === deps.profileId()),
    startBatch(input) {
      const request = BatchRequest.parse(input);
      const batch: StudioBatch = {
        id: randomUUID(),
        profileId: deps.profileId(),
        sourceStudioId: request.sourceStudioId,
        pattern: request.pattern,
        createdAt: now().toISOString(),
        status: 'running',
        stoppedBy: null,
        items: Array.from({ length: request.count }, (_, index) => {
          const n = request.firstNumber + index;
          return { n, name: copyName(request.pattern, n), clientToken: randomUUID(), state: 'pending' as const, studioId: null, error: null };
        }),
      };
      return run(batch);
    },
    resumeBatch(id) {
      const batch = batchOf(id);
      if (running.has(id)) return batch;
      return run(batch);
    },
    cancelBatch(id) {
      const entry = running.get(id);
      if (entry) entry.control.cancelled = true;
      return batchOf(id);
    },
    async settled(id) {
      return (await running.get(id)?.done) ?? batchOf(id);
    },
    onView(listener) {
      viewListeners.add(listener);
      return () => viewListeners.delete(listener);
    },
    onBatch(listener) {
      batchListeners.add(listener);
      return () => batchListeners.delete(listener);
    },
  };
}
