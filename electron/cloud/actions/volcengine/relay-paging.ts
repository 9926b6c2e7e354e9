import { z } from 'zod';
import type { ActionOptions } from '../action-definition';
import type { PagingProgress } from '../paging';

/**
 * A page number or size within the list action's documented range, refused as `outOfRange` with
 * both bounds before sending, rather than left for the cloud's less specific `InvalidParam`.
 */
export function pageParam(min: number, max: number) {
  return z.number().superRefine((value, ctx) => {
    if (!Number.isInteger(value) || value < min || value > max) ctx.addIssue({ code: 'custom', message: 'outOfRange', params: { min, max }, input: value });
  });
}

/** How to walk every page of a relay list: who to call as, how big a page, progress and cancel. */
export interface WalkOptions extends ActionOptions {
  pageSize?: number;
  onProgress?(progress: PagingProgress): void;
}
