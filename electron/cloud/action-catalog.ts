import type { Provider } from '../../shared/domain/provider';

/**
 * How safe a call is to repeat: reads always; `idempotent` calls only because they carry a token
 * the cloud deduplicates on (ClientToken); `mutation`s never blindly — their outcome must be
 * re-read when no definite answer came back.
 */
export type CallKind = 'read' | 'idempotent' | 'mutation';

/** At most `count` calls may start in any window of `windowMs`. */
export interface RateLimit {
  count: number;
  windowMs: number;
}

/** What the transport must know about an action before calling it. */
export interface ActionSpec {
  method: 'GET' | 'POST';
  kind: CallKind;
  limit: RateLimit;
  /** The parameter holding the idempotency token, for `idempotent` actions. */
  tokenParam?: string;
  /** Whether the product knows the action, as opposed to one sent as-is with `lcr call`. */
  known: boolean;
}

const perSecond = (count: number): RateLimit => ({ count, windowMs: 1000 });
const perMinute = (count: number): RateLimit => ({ count, windowMs: 60_000 });
const read = (method: 'GET' | 'POST', limit: RateLimit): ActionSpec => ({ method, kind: 'read', limit, known: true });
const mutation = (method: 'GET' | 'POST', limit = perSecond(10)): ActionSpec => ({ method, kind: 'mutation', limit, known: true });
const withToken = (limit: RateLimit): ActionSpec => ({ method: 'POST', kind: 'idempotent', limit, tokenParam: 'ClientToken', known: true });

// Methods and limits from the references' per-action tables (aliyun-live.md §1, volcengine-live.md
// §0). Where a limit is not documented, 10 per second, as DESIGN.md sets.
const catalog: Record<Provider, Record<string, ActionSpec>> = {
  aliyun: {
    QueryLiveDomainMultiStreamList: read('GET', perSecond(10)),
    DescribeLiveDomainMultiStreamConfig: read('GET', perSecond(10)),
    SetLiveDomainMultiStreamMaster: mutation('GET'),
    SetLiveDomainMultiStreamConfig: mutation('GET'),
    SetLiveDomainMultiStreamOptimalMode: mutation('GET'),
    DescribeCasters: read('POST', perSecond(15)),
    DescribeCasterConfig: read('POST', perSecond(15)),
    CopyCaster: withToken(perSecond(10)),
    CreateCaster: withToken(perSecond(10)),
    DeleteCaster: mutation('POST'),
    StartCaster: mutation('POST'),
    StopCaster: mutation('POST'),
    RestartCaster: mutation('POST'),
    SetCasterConfig: mutation('POST'),
    DescribeLiveUserDomains: read('POST', perSecond(100)),
    DescribeLiveStreamsOnlineList: read('POST', perMinute(10_000)),
    DescribeLiveDomainMapping: read('POST', perMinute(500)),
  },
  volcengine: {
    ListPullToPushGroup: read('POST', perSecond(10)),
    ListPullToPushTask: read('GET', perSecond(15)),
    ListPullToPushTaskV2: read('POST', perSecond(15)),
    DescribeLivePullToPushData: read('POST', perSecond(30)),
    DescribeLivePullToPushBandwidthData: read('POST', perSecond(10)),
    CreatePullToPushGroup: mutation('POST'),
    UpdatePullToPushGroup: mutation('POST'),
    DeletePullToPushGroup: mutation('POST'),
    CreatePullToPushTask: mutation('POST'),
    UpdatePullToPushTask: mutation('POST'),
    StopPullToPushTask: mutation('POST'),
    ContinuePullToPushTask: mutation('POST'),
    RelaunchPullToPushTask: mutation('POST'),
    DeletePullToPushTask: mutation('POST'),
  },
};

/**
 * The spec of an action. One the product does not know (e.g. sent with `lcr call`) is treated as
 * a mutation: never retried, always journaled, at the default limit.
 */
export function actionSpec(provider: Provider, action: string): ActionSpec {
  return (Object.hasOwn(catalog[provider], action) ? catalog[provider][action] : undefined) ?? unknownAction;
}

const unknownAction: ActionSpec = { ...mutation('POST'), known: false };
