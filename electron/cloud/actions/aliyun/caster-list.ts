import { z } from 'zod';
import { inTimeOrder, studioFilterShape, type Studio, type StudioFilter } from '../../../../shared/domain/studios';
import type { CloudClient } from '../../cloud-client';
import { utcSeconds } from '../../utc-seconds';
import { defineAction } from '../action-definition';
import type { Page } from '../paging';
import { CasterRow, normTypeCodes, studioFromRow } from './caster-studio-row';
import { listAllPages, type ListingOptions } from './list-all-pages';

/**
 * Studios per DescribeCasters page. 100 is the documented default; no maximum is documented
 * (§3.3, §10 item 6), so the product never asks for more than the cloud is known to serve.
 */
export const maxCasterPageSize = 100;

const PageRequest = studioFilterShape
  .extend({
    pageNumber: z.number().int().min(1, { error: 'outOfRange' }),
    pageSize: z.number().int().min(1, { error: 'outOfRange' }).max(maxCasterPageSize, { error: 'outOfRange' }),
  })
  .refine(inTimeOrder, { error: 'endBeforeStart', path: ['to'] });

/** `yyyy-MM-ddTHH:mm:ssZ`, the only time form DescribeCasters' StartTime/EndTime take (§3.3). */
function wireTime(instant: string | undefined): string | undefined {
  return instant === undefined ? undefined : utcSeconds(new Date(instant));
}

/**
 * One page of studios (DescribeCasters, §3.3). The list is wrapped (`CasterList.Caster[]`); an
 * empty account may leave the wrapper out, which reads as an empty page. `Total` counts studios
 * across all pages and drives {@link listStudios}' walk.
 */
export const describeCasters = defineAction({
  provider: 'aliyun',
  action: 'DescribeCasters',
  input: PageRequest,
  params: (input) => ({
    CasterId: input.studioId,
    CasterName: input.name,
    Status: input.status === undefined ? undefined : input.status === 'running' ? 1 : 0,
    NormType: input.type === undefined ? undefined : String(normTypeCodes[input.type]),
    ChargeType: input.chargeType === undefined ? undefined : input.chargeType === 'postPaid' ? 1 : 0,
    StartTime: wireTime(input.from),
    EndTime: wireTime(input.to),
    OrderByModifyAsc: input.orderByModifiedAscending === undefined ? undefined : String(input.orderByModifiedAscending),
    ResourceGroupId: input.resourceGroupId,
    Tag: input.tags?.map((tag) => ({ Key: tag.key, Value: tag.value })),
    RegionId: input.regionId,
    PageNum: input.pageNumber,
    PageSize: input.pageSize,
  }),
  response: z.object({
    RequestId: z.string(),
    Total: z.number().int().nonnegative().optional(),
    CasterList: z.object({ Caster: z.array(CasterRow).optional() }).optional(),
  }),
  result: (response): Page<Studio> => ({
    items: (response.CasterList?.Caster ?? []).map(studioFromRow),
    total: response.Total ?? null,
  }),
});

/**
 * Every studio matching the filter, walking all pages at the documented page size. Each page is
 * one call through the client, so a long walk stays within DescribeCasters' rate budget. A bad
 * filter is refused on the first page, before anything is sent.
 */
export function listStudios(client: CloudClient, filter: StudioFilter = {}, options: ListingOptions = {}): Promise<Studio[]> {
  return listAllPages(client, describeCasters, filter, maxCasterPageSize, options);
}
