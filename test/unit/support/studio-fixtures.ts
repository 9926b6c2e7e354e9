import type { BatchItem } from '../../../shared/domain/studio-desk';
import type { Studio, StudioConfig } from '../../../shared/domain/studios';

// The studio shapes every studios test builds from: a studio as DescribeCasters lists it once read
// (idle, general, pay-as-you-go, nothing else set), a configuration with nothing set but the name
// and output domain, and one copy of a bulk copy. Each suite's own fixtures add their dates.

/** A studio with every optional field empty; the caller sets what its test is about. */
export function blankStudio(overrides: Partial<Studio> & Pick<Studio, 'id' | 'name' | 'createdAt' | 'modifiedAt'>): Studio {
  return {
    status: 'idle',
    type: 'normal',
    chargeType: 'postPaid',
    template: null,
    channelsEnabled: null,
    clientToken: null,
    purchasedAt: null,
    expiresAt: null,
    startedAt: null,
    durationSeconds: null,
    resourceGroupId: null,
    tags: [],
    ...overrides,
  };
}

/** A studio's configuration with nothing set but its name and output domain. */
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

/** Copy number `n` of a bulk copy, named `Match n`, in the given state (a done one with its studio). */
export function batchItem(n: number, state: BatchItem['state'], overrides: Partial<BatchItem> = {}): BatchItem {
  return { n, name: `Match ${n}`, clientToken: `token-${n}`, state, studioId: state === 'done' ? `copy-${n}` : null, error: null, ...overrides };
}
