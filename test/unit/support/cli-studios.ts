import type { BatchItem, StudioBatch, StudiosView } from '../../../shared/domain/studio-desk';
import type { Studio, StudioConfig } from '../../../shared/domain/studios';

// Studios, configs, views and bulk copies as the contract answers them, for the `lcr studios` tests.

/** A studio as DescribeCasters lists it after the service has read it: idle, normal, pay-as-you-go. */
export function studio(id: string, name: string, over: Partial<Studio> = {}): Studio {
  return {
    id,
    name,
    status: 'idle',
    type: 'normal',
    chargeType: 'postPaid',
    template: null,
    channelsEnabled: null,
    clientToken: null,
    createdAt: '2026-04-17T02:44:34.000Z',
    modifiedAt: '2026-11-20T10:00:00.000Z',
    purchasedAt: null,
    expiresAt: null,
    startedAt: null,
    durationSeconds: null,
    resourceGroupId: null,
    tags: [],
    ...over,
  };
}

/** The listing `studios.refresh` answers: these studios, or the previous (empty) list and why not. */
export function studiosView(studios: Studio[], readError: StudiosView['readError'] = null): StudiosView {
  return { profileId: 'p-1', studios: readError ? [] : studios, listedAt: readError ? null : '2026-11-22T20:00:00.000Z', readError };
}

/** A studio's configuration with only the two settings `lcr studios configure` shows. */
export function studioConfig(studioId: string, name: string | null, domainName: string | null): StudioConfig {
  return {
    studioId,
    name,
    domainName,
    transcode: null,
    record: null,
    syncGroups: null,
    delaySeconds: null,
    channelsEnabled: null,
    carouselEnabled: null,
    programName: null,
    urgentMaterialId: null,
    urgentImageId: null,
    urgentImageUrl: null,
    urgentLiveStreamUrl: null,
    autoSwitchUrgent: null,
    autoSwitchUrgentConfig: null,
    sideOutputUrl: null,
    sideOutputUrlList: null,
    callbackUrl: null,
  };
}

/** Copy number `n` of a bulk copy, named `Match n`, in the given state. */
export function batchItem(n: number, state: BatchItem['state'], over: Partial<BatchItem> = {}): BatchItem {
  return { n, name: `Match ${n}`, clientToken: `token-${n}`, state, studioId: state === 'done' ? `copy-${n}` : null, error: null, ...over };
}

/** A bulk copy of studio `src-1` as `Match {n}`, its items as given. */
export function batch(status: StudioBatch['status'], items: BatchItem[], over: Partial<StudioBatch> = {}): StudioBatch {
  return { id: 'batch-1', profileId: 'p-1', sourceStudioId: 'src-1', pattern: 'Match {n}', createdAt: '2026-11-22T20:00:00.000Z', status, stoppedBy: null, items, ...over };
}
