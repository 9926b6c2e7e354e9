import type { StudiosView } from '../../../shared/domain/studio-desk';
import type { Studio } from '../../../shared/domain/studios';

// The studio list the render benchmark feeds the page: thousands of studios of a big account, the
// same every run — English and Chinese names with numbers, one in eight running, a few
// subscriptions, both kinds, tags on some — each a valid `Studio` as main's listing answers it.

const day = 24 * 60 * 60 * 1000;
const stems = ['Match', '赛事', 'Studio', 'Training', 'News desk'];
const origin = Date.parse('2026-01-01T00:00:00Z');

/** Studio number `n` (1-based). */
function studio(n: number): Studio {
  const createdAt = new Date(origin + ((n * 7919) % 365) * day + (n % 86_400) * 1000).toISOString();
  const modifiedAt = new Date(Date.parse(createdAt) + ((n * 104_729) % 30) * day).toISOString();
  const running = n % 8 === 0;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    name: `${stems[n % stems.length] ?? 'Studio'} ${n}`,
    status: running ? 'running' : 'idle',
    type: n % 3 === 0 ? 'playlist' : 'normal',
    chargeType: n % 50 === 0 ? 'prePaid' : 'postPaid',
    template: null,
    channelsEnabled: null,
    clientToken: null,
    createdAt,
    modifiedAt,
    purchasedAt: null,
    expiresAt: null,
    startedAt: running ? modifiedAt : null,
    durationSeconds: null,
    resourceGroupId: 'rg-bench',
    tags: n % 5 === 0 ? [{ key: 'team', value: `crew-${n % 7}` }] : [],
  };
}

/** `count` studios as main's cached list answers them, listed just now for `profileId`. */
export function manyStudios(count: number, profileId: string): StudiosView {
  return {
    profileId,
    studios: Array.from({ length: count }, (_, index) => studio(index + 1)),
    listedAt: new Date().toISOString(),
    readError: null,
  };
}
