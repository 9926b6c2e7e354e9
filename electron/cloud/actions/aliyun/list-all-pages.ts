import type { CloudClient } from '../../cloud-client';
import { runAction, type ActionDefinition, type ActionOptions } from '../action-definition';
import { walkPages, type Page, type PagingOptions } from '../paging';

/** How a full listing is walked: who to call as, a way to stop, progress, a page ceiling. */
export type ListingOptions = ActionOptions & Pick<PagingOptions, 'onProgress' | 'maxPages'>;

/**
 * Runs a one-page list action over every page, `pageSize` at a time. The Alibaba list actions
 * name their paging differently on the wire (`PageNumber` vs `PageNum`, `TotalCount` vs
 * `TotalNum`, aliyun-live.md §0); their typed inputs all take `pageNumber`/`pageSize` and their
 * results are a {@link Page}, so one walker serves them all. Every page is validated and
 * rate-limited like a single call. A stream or domain appearing or vanishing during the walk can
 * shift a page boundary, so the result is a snapshot, not a ledger.
 */
export function listAllPages<Input, Response, Item>(
  client: CloudClient,
  definition: ActionDefinition<Input, Response, Page<Item>>,
  query: object,
  pageSize: number,
  options: ListingOptions = {},
): Promise<Item[]> {
  const { onProgress, maxPages, ...call } = options;
  return walkPages((pageNumber) => runAction(client, definition, { ...query, pageNumber, pageSize }, call), {
    pageSize,
    signal: call.signal,
    onProgress,
    maxPages,
  });
}
