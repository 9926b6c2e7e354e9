import type { BatchItem, StudioBatch, StudiosView } from '../../../shared/domain/studio-desk';
import type { Studio } from '../../../shared/domain/studios';
import { blankStudio } from '../support/studio-fixtures';

export { batchItem } from '../support/studio-fixtures';

// Studios, lists and bulk copies as main answers them, for the studios slice's and screen's tests.

/** The built-in rehearsal profile the fixtures belong to. */
export const profileId = 'rehearsal-aliyun';

/** A studio as main lists it; every field can be overridden. */
export function studio(overrides: Partial<Studio> & Pick<Studio, 'id' | 'name'>): Studio {
  return blankStudio({ createdAt: '2026-01-10T08:00:00Z', modifiedAt: '2026-02-10T08:00:00Z', ...overrides });
}

/** A list as `studios.view` answers it: listed at `listedAt` (null: never). */
export function studiosView(studios: Studio[], listedAt: string | null = '2026-03-01T12:00:00.000Z', overrides: Partial<StudiosView> = {}): StudiosView {
  return { profileId, studios, listedAt, readError: null, ...overrides };
}

/** A bulk copy of `items`, `status`, made at `createdAt`. */
export function batch(id: string, status: StudioBatch['status'], items: BatchItem[], createdAt = '2026-03-01T12:00:00.000Z'): StudioBatch {
  return { id, profileId, sourceStudioId: 'source-1', pattern: 'Match {n}', createdAt, status, stoppedBy: null, items };
}
