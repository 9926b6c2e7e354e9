/**
 * One Alibaba Cloud account's Live resources as the rehearsal cloud keeps them. Times are epoch
 * milliseconds; each action formats them the way the reference shows for its answer.
 */

/** A Live domain (aliyun-live.md §4.1). */
export interface LiveDomain {
  name: string;
  type: 'liveVideo' | 'liveEdge';
  status: 'online' | 'offline' | 'configuring';
  region: string;
  cname: string;
  createdAt: number;
  modifiedAt: number;
  /** Dual-stream DR switch (play domains only; §2.3). */
  dualStream: 'on' | 'off';
  /** The ingest domain mapped to this play domain; null → `CodeGetPushbackDomainError`. */
  ingestDomain: string | null;
}

/** One encoder's ingest session of a stream (§2.1 `UpstreamList[]`). */
export interface Upstream {
  sequence: string;
  ip: string;
  /** Ingest start; a restored upstream starts again. */
  since: number;
  master: boolean;
  /** Cut by a drill: the encoder stopped pushing, so the upstream is gone from every list. */
  cut: boolean;
}

/** A switch of master upstream (§2.1 `ChangeLogs[]`). */
export interface ChangeLog {
  at: number;
  reason: 'merge cut manually' | 'master stream no data' | 'master stream low quality';
  sequence: string;
  ip: string;
}

/** A stream being ingested on a play domain (§2.1, §4.2). */
export interface OnlineStream {
  domain: string;
  app: string;
  stream: string;
  /** Whether a dual-stream DR task exists for it (otherwise `CodeTaskNotExist`). */
  dualIngest: boolean;
  optimalMode: 'on' | 'off';
  upstreams: Upstream[];
  changeLogs: ChangeLog[];
}

/** A production studio (§3.3), with the configuration SetCasterConfig writes (§3.7). */
export interface Caster {
  id: string;
  name: string;
  normType: number;
  chargeType: 'PrePaid' | 'PostPaid';
  status: 0 | 1;
  createdAt: number;
  modifiedAt: number;
  /** When production started; only while running. */
  startedAt: number | null;
  clientToken: string | null;
  resourceGroupId: string;
  tags: { key: string; value: string }[];
  /** The last SetCasterConfig parameters as sent (flat RPC strings); omitted fields are cleared. */
  config: Record<string, string>;
}

/** A ClientToken's first answer, replayed for the same token and parameters (§3.2). */
export interface TokenRecord {
  action: string;
  fingerprint: string;
  answer: Record<string, unknown>;
}

/** Everything one account owns. */
export interface AliyunAccountWorld {
  accountId: string;
  domains: LiveDomain[];
  streams: OnlineStream[];
  casters: Caster[];
  /** Studios allowed per account (`CasterNumberExceed` beyond it; 50 by default). */
  casterQuota: number;
  clientTokens: Map<string, TokenRecord>;
}
