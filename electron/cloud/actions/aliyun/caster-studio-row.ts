import { z } from 'zod';
import type { Studio, StudioChargeType, StudioStatus, StudioType } from '../../../../shared/domain/studios';
import { normaliseCloudTime } from './time-formats';

/**
 * One `CasterList.Caster[]` entry as DescribeCasters returns it (aliyun-live.md §3.3), and its
 * translation into a {@link Studio}. Only `CasterId` is indispensable; every other field may be
 * absent (e.g. `StartTime` exists only while streaming), and unknown extra fields are tolerated.
 */
export const CasterRow = z.object({
  CasterId: z.string().min(1),
  CasterName: z.string().optional(),
  CasterTemplate: z.string().optional(),
  ChannelEnable: z.number().optional(),
  ChargeType: z.string().optional(),
  ClientTokenId: z.string().optional(),
  CreateTime: z.string().optional(),
  Duration: z.string().optional(),
  ExpireTime: z.string().optional(),
  LastModified: z.string().optional(),
  NormType: z.number().optional(),
  PurchaseTime: z.string().optional(),
  // The TypeScript SDK types it as a number, the Go SDK and the example as a string (§3.3).
  ResourceGroupId: z.union([z.string(), z.number()]).optional(),
  StartTime: z.string().optional(),
  Status: z.number().optional(),
  Tags: z.object({ tag: z.array(z.object({ TagKey: z.string(), TagValue: z.string().optional() })).optional() }).optional(),
});
export type CasterRow = z.infer<typeof CasterRow>;

/** `NormType` codes for the studio kinds the request side documents (§3.3: 1, 3, 4, 6). */
export const normTypeCodes = { normal: 1, lightCarousel: 3, virtual: 4, playlist: 6 } as const satisfies Partial<Record<StudioType, number>>;

function studioType(normType: number | undefined): StudioType {
  // The response page documents 0 as "playlist mode", inconsistently with the request enum (§3.3).
  if (normType === 0) return 'playlist';
  const known = Object.entries(normTypeCodes).find(([, code]) => code === normType);
  return known ? (known[0] as StudioType) : 'other';
}

function studioStatus(status: number | undefined): StudioStatus {
  return status === 0 ? 'idle' : status === 1 ? 'running' : 'unknown';
}

function chargeType(charge: string | undefined): StudioChargeType {
  return charge === 'PrePaid' ? 'prePaid' : charge === 'PostPaid' ? 'postPaid' : 'other';
}

/**
 * A caster time as ISO 8601 UTC, or null when absent or unreadable. The list's times are
 * informational (created, purchased, expires), so one unreadable stamp blanks that cell instead of
 * failing the whole list; un-zoned ones are Beijing time, as {@link normaliseCloudTime} explains.
 */
function isoUtc(value: string | undefined): string | null {
  return value === undefined ? null : normaliseCloudTime(value.trim());
}

/** `Duration` (`h:mm:ss`, hours unbounded) in seconds, or null. */
function durationSeconds(value: string | undefined): number | null {
  const match = value === undefined ? null : /^(\d+):([0-5]\d):([0-5]\d)$/.exec(value.trim());
  return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : null;
}

const textOrNull = (value: string | undefined): string | null => (value === undefined || value === '' ? null : value);

/** A listed caster as the screens show it: words instead of codes, ISO UTC instead of mixed time formats. */
export function studioFromRow(row: CasterRow): Studio {
  return {
    id: row.CasterId,
    name: row.CasterName ?? '',
    status: studioStatus(row.Status),
    type: studioType(row.NormType),
    chargeType: chargeType(row.ChargeType),
    template: textOrNull(row.CasterTemplate),
    channelsEnabled: row.ChannelEnable === undefined ? null : row.ChannelEnable === 1,
    clientToken: textOrNull(row.ClientTokenId),
    createdAt: isoUtc(row.CreateTime),
    modifiedAt: isoUtc(row.LastModified),
    purchasedAt: isoUtc(row.PurchaseTime),
    expiresAt: isoUtc(row.ExpireTime),
    startedAt: isoUtc(row.StartTime),
    durationSeconds: durationSeconds(row.Duration),
    resourceGroupId: row.ResourceGroupId === undefined || row.ResourceGroupId === '' ? null : String(row.ResourceGroupId),
    tags: (row.Tags?.tag ?? []).map((tag) => ({ key: tag.TagKey, value: tag.TagValue ?? '' })),
  };
}
