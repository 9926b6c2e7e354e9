import { z } from 'zod';

/**
 * Production studios (Alibaba "casters", aliyun-live.md §3) as the control room shows and edits
 * them. The cloud's codes (`Status: 1`, `NormType: 6`, `ChargeType: "PostPaid"`) become words here,
 * and its mixed time formats become ISO 8601 UTC, so no screen ever decodes a wire value.
 */

/** Whether a studio is producing: `unknown` for a status the reference does not document. */
export const StudioStatus = z.enum(['idle', 'running', 'unknown']);
export type StudioStatus = z.infer<typeof StudioStatus>;

/** The studio's kind (`NormType`); `other` for a value the reference does not document. */
export const StudioType = z.enum(['normal', 'lightCarousel', 'virtual', 'playlist', 'other']);
export type StudioType = z.infer<typeof StudioType>;

/** The kinds CreateCaster accepts (§3.4): a general studio or a playlist (new carousel). */
export const CreatableStudioType = z.enum(['normal', 'playlist']);
export type CreatableStudioType = z.infer<typeof CreatableStudioType>;

/** How a studio is billed: subscription or pay-as-you-go. */
export const StudioChargeType = z.enum(['prePaid', 'postPaid', 'other']);
export type StudioChargeType = z.infer<typeof StudioChargeType>;

/** A resource tag. */
export const StudioTag = z.object({ key: z.string(), value: z.string() });
export type StudioTag = z.infer<typeof StudioTag>;

/**
 * One studio as DescribeCasters lists it. Times are ISO 8601 UTC or null when the cloud sent none
 * (or one that cannot be read); `clientToken` is the token it was created or copied with, which is
 * how an ambiguous create is reconciled.
 */
export const Studio = z.object({
  id: z.string(),
  name: z.string(),
  status: StudioStatus,
  type: StudioType,
  chargeType: StudioChargeType,
  template: z.string().nullable(),
  channelsEnabled: z.boolean().nullable(),
  clientToken: z.string().nullable(),
  createdAt: z.string().nullable(),
  modifiedAt: z.string().nullable(),
  purchasedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  durationSeconds: z.number().nullable(),
  resourceGroupId: z.string().nullable(),
  tags: z.array(StudioTag),
});
export type Studio = z.infer<typeof Studio>;

/** A studio a copy or create produced, and how we know: answered, found by its token, or answered on the one retry. */
export const StudioCreation = z.object({ studioId: z.string(), how: z.enum(['created', 'found', 'retried']) });
export type StudioCreation = z.infer<typeof StudioCreation>;

/** One relay output of a scene started by StartCaster. */
export const StudioOutput = z.object({ url: z.string(), transcode: z.string().nullable(), format: z.string().nullable() });
export type StudioOutput = z.infer<typeof StudioOutput>;

/** A scene (program or preview) StartCaster started, with its own playback URL. */
export const StudioScene = z.object({ sceneId: z.string(), streamUrl: z.string().nullable(), outputs: z.array(StudioOutput) });
export type StudioScene = z.infer<typeof StudioScene>;

/** What StartCaster reports: the program (PGM) and preview (PVW) scenes now running. */
export const StudioStarted = z.object({ program: z.array(StudioScene), preview: z.array(StudioScene) });
export type StudioStarted = z.infer<typeof StudioStarted>;

// Rules a request must meet before it is sent. Each names the FieldIssueCode the form shows.

/** ClientToken (§3.1): printable ASCII, at most 64 characters; never trimmed, since it is matched exactly. */
export const ClientToken = z.string().min(1).regex(/^[\x21-\x7E]{1,64}$/, { error: 'invalidClientToken' });

/** A studio id in either documented form: a UUID or `LIVEPRODUCER_POST-cn-…`. */
export const StudioId = z.string().trim().min(1).regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { error: 'invalid' });

/** A studio name. The reference documents no length limit, so only emptiness is refused. */
export const StudioName = z.string().trim().min(1);

/** A region id such as `cn-shanghai`: studios are regional, chosen by RegionId (§3). */
export const StudioRegion = z.string().regex(/^[a-z]{2,}(-[a-z0-9]+){1,4}$/, { error: 'invalidRegion' });

const TagInput = z.strictObject({ key: z.string().trim().min(1), value: z.string() });

/** Names one studio, in a region, for start, stop, delete and config reads. */
export const StudioRef = z.strictObject({ studioId: StudioId, regionId: StudioRegion.optional() });
export type StudioRef = z.infer<typeof StudioRef>;

/** Copy a studio under a new name (§3.1). The ClientToken is passed alongside, made once per user action. */
export const CopyStudioRequest = z.strictObject({ sourceStudioId: StudioId, name: StudioName, regionId: StudioRegion.optional() });
export type CopyStudioRequest = z.infer<typeof CopyStudioRequest>;

/** Create a pay-as-you-go studio (§3.4); the ClientToken is passed alongside. */
export const CreateStudioRequest = z.strictObject({
  type: CreatableStudioType,
  name: StudioName.optional(),
  resourceGroupId: z.string().trim().min(1).optional(),
  tags: z.array(TagInput).optional(),
  regionId: StudioRegion.optional(),
});
export type CreateStudioRequest = z.infer<typeof CreateStudioRequest>;

const Instant = z.iso.datetime({ offset: true, error: 'invalidDate' });

/**
 * Filters for listing studios (§3.3), before the time-order check — the shape the paged request
 * extends. `from`/`to` are instants with a stated zone, so a desk in one city and a cloud in
 * another read the same instant.
 */
export const studioFilterShape = z.strictObject({
  studioId: StudioId.optional(),
  name: StudioName.optional(),
  status: z.enum(['idle', 'running']).optional(),
  type: z.enum(['normal', 'lightCarousel', 'virtual', 'playlist']).optional(),
  chargeType: z.enum(['prePaid', 'postPaid']).optional(),
  from: Instant.optional(),
  to: Instant.optional(),
  orderByModifiedAscending: z.boolean().optional(),
  resourceGroupId: z.string().trim().min(1).optional(),
  tags: z.array(TagInput).optional(),
  regionId: StudioRegion.optional(),
});

/** Refuses a time range whose end is before its start, on the `to` field. */
export function inTimeOrder(filter: { from?: string; to?: string }): boolean {
  return !filter.from || !filter.to || Date.parse(filter.to) >= Date.parse(filter.from);
}

/** Filters for listing studios, with a range that does not run backwards. */
export const StudioFilter = studioFilterShape.refine(inTimeOrder, { error: 'endBeforeStart', path: ['to'] });
export type StudioFilter = z.infer<typeof StudioFilter>;

/** A JSON object, as DescribeCasterConfig returns the transcode, record and sync-group settings. */
export const JsonObject = z.record(z.string(), z.json());
export type JsonObject = z.infer<typeof JsonObject>;

/** The longest stream delay SetCasterConfig accepts, in seconds (§3.7). */
export const maxStudioDelaySeconds = 300;
/** The most custom relay outputs a studio may have (§3.7). */
export const maxStudioSideOutputs = 20;

// The list is quoted URLs joined by commas (`"rtmp://d/a/s1","rtmp://d/a/s2"`); counting schemes
// counts URLs whatever the quoting.
const SideOutputUrlList = z
  .string()
  .refine((list) => (list.match(/[A-Za-z][A-Za-z0-9+.-]*:\/\//g)?.length ?? 0) <= maxStudioSideOutputs, { error: 'outOfRange', params: { max: maxStudioSideOutputs } });

/**
 * A studio's whole configuration. SetCasterConfig REPLACES the configuration — a field left out is
 * cleared in the cloud (§3.7) — so every field is required here, null meaning "not set": a config
 * that forgot a field is refused before sending instead of silently wiping a setting. The
 * transcode, record and sync-group settings are kept exactly as DescribeCasterConfig returned them.
 */
export const StudioConfig = z.strictObject({
  studioId: StudioId,
  name: StudioName.nullable(),
  domainName: z.string().max(253).regex(/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/, { error: 'invalid' }).nullable(),
  transcode: JsonObject.nullable(),
  record: JsonObject.nullable(),
  syncGroups: JsonObject.nullable(),
  delaySeconds: z.number().min(0, { error: 'outOfRange' }).max(maxStudioDelaySeconds, { error: 'outOfRange' }).nullable(),
  channelsEnabled: z.boolean().nullable(),
  carouselEnabled: z.boolean().nullable(),
  programName: z.string().nullable(),
  urgentMaterialId: z.string().nullable(),
  urgentImageId: z.string().nullable(),
  urgentImageUrl: z.string().nullable(),
  urgentLiveStreamUrl: z.string().nullable(),
  autoSwitchUrgent: z.boolean().nullable(),
  autoSwitchUrgentConfig: z.string().nullable(),
  sideOutputUrl: z.string().nullable(),
  sideOutputUrlList: SideOutputUrlList.nullable(),
  // A missing value stays `required`: the rule's own word is only for a value that is there.
  callbackUrl: z.url({ protocol: /^https?$/, error: (issue) => (issue.input === undefined ? undefined : 'invalidUrl') }).nullable(),
});
export type StudioConfig = z.infer<typeof StudioConfig>;
