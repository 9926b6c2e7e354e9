import type { Caster } from '../world/aliyun-world';
import type { AliyunAction } from './aliyun-action';
import { beijingText, durationText, utcText } from './aliyun-times';
import { transcodeOf } from './caster-lookup';
import { enumParam, intParam, invalidParameter, optionalParam, pageOf, tagParams, utcTimeParam, type TagParam } from './param-rules';

/**
 * DescribeCasters, aliyun-live.md §3.3: the studio list, wrapped as `CasterList.Caster[]` with
 * `Total`, paged by `PageNum`/`PageSize`. Its times are mixed on purpose: `CreateTime`,
 * `PurchaseTime`, `ExpireTime`, `StartTime` in Beijing time without a zone, `LastModified` in UTC.
 */

/** A subscription studio is bought for a year from its purchase. */
const subscriptionMs = 365 * 24 * 3_600_000;

function hasTags(caster: Caster, wanted: readonly TagParam[]): boolean {
  // A filter tag without a value matches the key with any value.
  return wanted.every((tag) => caster.tags.some((own) => own.key === tag.key && (tag.value === '' || own.value === tag.value)));
}

function casterRow(caster: Caster, now: number) {
  const { template } = transcodeOf(caster);
  const startedAt = caster.status === 1 ? caster.startedAt : null;
  return {
    CasterId: caster.id,
    CasterName: caster.name,
    ...(template === undefined ? {} : { CasterTemplate: template }),
    ChannelEnable: caster.config.ChannelEnable === '1' ? 1 : 0,
    ChargeType: caster.chargeType,
    ...(caster.clientToken === null ? {} : { ClientTokenId: caster.clientToken }),
    CreateTime: beijingText(caster.createdAt),
    ...(startedAt === null ? {} : { Duration: durationText(now - startedAt) }),
    ...(caster.chargeType === 'PrePaid' ? { ExpireTime: beijingText(caster.createdAt + subscriptionMs) } : {}),
    LastModified: utcText(caster.modifiedAt),
    NormType: caster.normType,
    PurchaseTime: beijingText(caster.createdAt),
    ResourceGroupId: caster.resourceGroupId,
    // Only while producing (§3.3).
    ...(startedAt === null ? {} : { StartTime: beijingText(startedAt) }),
    Status: caster.status,
    Tags: { tag: caster.tags.map((tag) => ({ TagKey: tag.key, TagValue: tag.value })) },
  };
}

/**
 * DescribeCasters (§3.3). Filters: `CasterId` (exact), `CasterName` (a part of the name — the
 * match mode is not documented, §10 item 6), `Status` 0/1, `ChargeType` 0 PrePaid / 1 PostPaid (an
 * integer here, a string in the answer), `NormType`, `ResourceGroupId`, `Tag.N.*` (every tag must
 * be on the studio) and `StartTime`/`EndTime` on the creation time. Newest change first, oldest
 * first with `OrderByModifyAsc=true`. `PageSize` defaults to 100; no maximum is documented.
 * `Duration` (`h:mm:ss`) is how long a running studio has been producing.
 */
export const describeCasters: AliyunAction = ({ account, params, now }) => {
  const id = optionalParam(params, 'CasterId');
  const name = optionalParam(params, 'CasterName');
  const status = intParam(params, 'Status', 0, 1);
  const charge = intParam(params, 'ChargeType', 0, 1);
  const chargeType = charge === undefined ? undefined : charge === 0 ? 'PrePaid' : 'PostPaid';
  const normType = enumParam(params, 'NormType', ['1', '3', '4', '6'] as const);
  const group = optionalParam(params, 'ResourceGroupId');
  const tags = tagParams(params);
  const from = utcTimeParam(params, 'StartTime');
  const to = utcTimeParam(params, 'EndTime');
  if (from !== undefined && to !== undefined && to < from) throw invalidParameter('EndTime', 'It must not be before StartTime.');
  const ascending = enumParam(params, 'OrderByModifyAsc', ['true', 'false'] as const) === 'true';
  const pageNumber = intParam(params, 'PageNum', 1, Number.MAX_SAFE_INTEGER) ?? 1;
  const pageSize = intParam(params, 'PageSize', 1, Number.MAX_SAFE_INTEGER) ?? 100;
  const listed = account.casters
    .filter(
      (caster) =>
        (id === undefined || caster.id === id) &&
        (name === undefined || caster.name.includes(name)) &&
        (status === undefined || caster.status === status) &&
        (chargeType === undefined || caster.chargeType === chargeType) &&
        (normType === undefined || caster.normType === Number(normType)) &&
        (group === undefined || caster.resourceGroupId === group) &&
        (from === undefined || caster.createdAt >= from) &&
        (to === undefined || caster.createdAt <= to) &&
        hasTags(caster, tags),
    )
    .sort((a, b) => (a.modifiedAt - b.modifiedAt || a.createdAt - b.createdAt || a.id.localeCompare(b.id)) * (ascending ? 1 : -1));
  return { Total: listed.length, CasterList: { Caster: pageOf(listed, pageNumber, pageSize).map((caster) => casterRow(caster, now)) } };
};
