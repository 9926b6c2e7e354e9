import { z } from 'zod';

/**
 * Live domains and streams as the failover board, the domain picker and `lcr` see them — the
 * cloud's answers already read, named for what the operator looks at, every time ISO 8601 UTC.
 * Provider field names stop at the typed actions; nothing past them spells `MasterFlag`.
 */

/** An instant as every screen receives it: ISO 8601, UTC (`2024-11-13T09:20:47.000Z`). */
const Instant = z.iso.datetime();

/**
 * What a domain is for. Only `liveVideo` (a streaming, i.e. playback, domain) is what the
 * dual-stream actions, the online list and studio outputs want; `liveEdge` is an ingest domain.
 * A kind the reference does not document is `other`, so a new domain kind never breaks discovery.
 */
export const LiveDomainType = z.enum(['liveVideo', 'liveEdge', 'other']);
export type LiveDomainType = z.infer<typeof LiveDomainType>;

/** Whether a domain is serving; `other` for a state the reference does not document. */
export const LiveDomainStatus = z.enum(['online', 'offline', 'configuring', 'other']);
export type LiveDomainStatus = z.infer<typeof LiveDomainStatus>;

/** One of the account's Live domains, as the domain picker offers it. */
export const LiveDomain = z.object({
  name: z.string(),
  type: LiveDomainType,
  status: LiveDomainStatus,
  /** The region the domain was added in (`cn-beijing`), when the cloud says. */
  region: z.string().nullable(),
  /** The CNAME the operator's DNS must point at, for the set-up screen. */
  cname: z.string().nullable(),
  description: z.string(),
  createdAt: Instant.nullable(),
});
export type LiveDomain = z.infer<typeof LiveDomain>;

/** Where an online stream entered the cloud: an edge node, or the live centre directly. */
export const IngestPoint = z.enum(['edge', 'center', 'other']);
export type IngestPoint = z.infer<typeof IngestPoint>;

/**
 * A stream being ingested right now. Only the names and `publishedAt` are certain: a names-only
 * listing leaves everything else null, and bit rates come only to whitelisted accounts.
 */
export const OnlineStream = z.object({
  domain: z.string(),
  app: z.string(),
  stream: z.string(),
  publishedAt: Instant,
  publishUrl: z.string().nullable(),
  publishDomain: z.string().nullable(),
  ingestPoint: IngestPoint.nullable(),
  /** The encoder's address as the cloud saw it. */
  clientIp: z.string().nullable(),
  serverIp: z.string().nullable(),
  transcoded: z.boolean().nullable(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  frameRate: z.number().nullable(),
  videoCodecId: z.number().nullable(),
  audioCodecId: z.number().nullable(),
  videoKbps: z.number().nullable(),
  audioKbps: z.number().nullable(),
});
export type OnlineStream = z.infer<typeof OnlineStream>;

/** One encoder's ingest of a dual-ingest stream: a tile on the failover board. */
export const DualIngestUpstream = z.object({
  /** The cloud's id for this ingest session; what a switch names as its target. */
  sequence: z.string(),
  /** The encoder's IP address. */
  ip: z.string(),
  /** When this encoder started pushing. */
  since: Instant,
  /** On air: this upstream is the one being distributed (the tally light). */
  master: z.boolean(),
});
export type DualIngestUpstream = z.infer<typeof DualIngestUpstream>;

/**
 * Why the on-air upstream changed: an operator switched (`manual`), the master stopped sending
 * (`noData`), or its quality dropped (`lowQuality`). Anything else is `other`, with the cloud's
 * own words kept beside it.
 */
export const SwitchReason = z.enum(['manual', 'noData', 'lowQuality', 'other']);
export type SwitchReason = z.infer<typeof SwitchReason>;

/** One change of the on-air upstream, from the cloud's switch history. */
export const DualIngestChange = z.object({
  at: Instant,
  reason: SwitchReason,
  /** The cloud's reason text, verbatim (`master stream no data`), for the journal and for `other`. */
  rawReason: z.string(),
  /** The upstream on air after the change. */
  sequence: z.string(),
  ip: z.string(),
});
export type DualIngestChange = z.infer<typeof DualIngestChange>;

/**
 * A stream ingested by two or more encoders at once, as the failover board shows it. Upstreams
 * are ordered by ingest start (then id), so tiles keep their places from one poll to the next;
 * changes are newest first, so `changes[0]` is the last switch and why it happened.
 */
export const DualIngestStream = z.object({
  domain: z.string(),
  app: z.string(),
  stream: z.string(),
  /** The cloud switches by itself when the master fails (automatic mode is on). */
  automatic: z.boolean(),
  upstreams: z.array(DualIngestUpstream),
  changes: z.array(DualIngestChange),
});
export type DualIngestStream = z.infer<typeof DualIngestStream>;

/**
 * The upstream on air, or null when the cloud does not name exactly one. The board lights a
 * tally only for a single confirmed master: none or two is shown as unknown, never guessed.
 */
export function onAirUpstream(stream: Pick<DualIngestStream, 'upstreams'>): DualIngestUpstream | null {
  const masters = stream.upstreams.filter((upstream) => upstream.master);
  return masters.length === 1 ? (masters[0] ?? null) : null;
}
