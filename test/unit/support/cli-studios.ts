import type { BatchItem, StudioBatch, StudiosView } from '../../../shared/domain/studio-desk';
import type { Studio } from '../../../shared/domain/studios';
import { blankStudio } from './studio-fixtures';

export { batchItem, studioConfig } from './studio-fixtures';

// Studios, configs, views and bulk copies as the contract answers them, for the `lcr studios` tests.

/** A studio as DescribeCasters lists it after the service has read it: idle, normal, pay-as-you-go. */
export function studio(id: string, name: string, over: Partial<Studio> = {}): Studio {
  return blankStudio({ id, name, createdAt: '2026-04-17T02:44:34.000Z', modifiedAt: '2026-11-20T10:00:00.000Z', ...over });
}

/** The listing `studios.refresh` answers: these studios, or the previous (empty) list and why not. */
export function studiosView(studios: Studio[], readError: StudiosView['readError'] = null): StudiosView {
  return { profileId: 'p-1', studios: readError ? [] : studios, listedAt: readError ? null : '2026-11-22T20:00:00.000Z', readError };
}

/** A bulk copy of studio `src-1` as `Match {n}`, its items as given. */
export function batch(status: StudioBatch['status'], items: BatchItem[], over: Partial<StudioBatch> = {}): StudioBatch {
  return { id: 'batch-1', profileId: 'p-1', sourceStudioId: 'src-1', pattern: 'Match {n}', createdAt: '2026-11-22T20:00:00.000Z', status, stoppedBy: null, items, ...over };
}
