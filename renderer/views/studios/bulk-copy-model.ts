import { BatchRequest, copyName, type StudioBatch } from '../../../shared/domain/studio-desk';
import type { FieldIssue, FieldIssues } from '../../../shared/errors/field-issue';
import type { MessageKey } from '../../../shared/i18n/en';

// Bulk copy as data: the form — what the operator typed, its problems by the rules main applies to
// `studios.batchStart`, the names it will make, the request it becomes — and a running or ended
// bulk copy in the panel's words and counts.

/** What the bulk copy form holds; numbers stay text until they are checked. */
export interface BulkCopyValues {
  sourceStudioId: string;
  pattern: string;
  count: string;
  firstNumber: string;
}

const countRule = BatchRequest.shape.count;
const firstRule = BatchRequest.shape.firstNumber.unwrap();

/** A number field's value, or NaN for anything that is not a plain whole number. */
function wholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

const outOfRange = (min: number | null, max: number | null): FieldIssue => ({ code: 'outOfRange', params: { min: min ?? 0, max: max ?? 0 } });

/** The problems of the fields that make the names: pattern, count and first number. */
function namingIssues(values: BulkCopyValues): FieldIssues {
  const issues: FieldIssues = {};
  if (values.pattern.trim() === '') issues.pattern = { code: 'required', params: {} };
  else if (!BatchRequest.shape.pattern.safeParse(values.pattern).success) issues.pattern = { code: 'patternWithoutNumber', params: {} };
  if (!countRule.safeParse(wholeNumber(values.count)).success) issues.count = outOfRange(countRule.minValue, countRule.maxValue);
  if (!firstRule.safeParse(wholeNumber(values.firstNumber)).success) issues.firstNumber = outOfRange(firstRule.minValue, firstRule.maxValue);
  return issues;
}

/** Every field's problem, by field name; empty when the form can be sent. */
export function bulkCopyIssues(values: BulkCopyValues): FieldIssues {
  const issues = namingIssues(values);
  return values.sourceStudioId === '' ? { sourceStudioId: { code: 'required', params: {} }, ...issues } : issues;
}

/** The request the form becomes; only call it when `bulkCopyIssues` found nothing. */
export function bulkCopyRequest(values: BulkCopyValues): BatchRequest {
  return { sourceStudioId: values.sourceStudioId, pattern: values.pattern.trim(), count: wholeNumber(values.count), firstNumber: wholeNumber(values.firstNumber) };
}

/** How many names the preview spells out before it skips to the last one. */
export const previewLength = 3;

/**
 * The names the copies will have, for the live preview: the first few and, when there are more,
 * the last — `Match 1, Match 2, Match 3 … Match 30`. Empty when the pattern or numbers are not usable.
 */
export function previewNames(values: BulkCopyValues): { first: string[]; last: string | null } {
  if (Object.keys(namingIssues(values)).length > 0) return { first: [], last: null };
  const count = wholeNumber(values.count);
  const start = wholeNumber(values.firstNumber);
  const first = Array.from({ length: Math.min(previewLength, count) }, (_, index) => copyName(values.pattern, start + index));
  return { first, last: count > previewLength ? copyName(values.pattern, start + count - 1) : null };
}

/** One copy of a bulk copy, as the panel names its state; `pending` depends on whether the batch runs. */
export type ItemLabel = 'waiting' | 'notSent' | 'sending' | 'done' | 'failed' | 'unknown';

/** The label of a copy: a pending copy is `waiting` while its batch runs, else `notSent`. */
export function itemLabel(state: StudioBatch['items'][number]['state'], batchStatus: StudioBatch['status']): ItemLabel {
  if (state === 'pending') return batchStatus === 'running' ? 'waiting' : 'notSent';
  return state;
}

/** The catalogue key of each copy label. */
export const itemLabelKeys: Record<ItemLabel, MessageKey> = {
  waiting: 'studios.batch.item.waiting',
  notSent: 'studios.batch.item.notSent',
  sending: 'studios.batch.item.sending',
  done: 'studios.batch.item.done',
  failed: 'studios.batch.item.failed',
  unknown: 'studios.batch.item.unknown',
};

/** How far a bulk copy got: copies made, copies refused, and all of them. */
export interface BatchCounts {
  done: number;
  failed: number;
  total: number;
}

/** Counts a batch's copies for its progress bar: settled is done plus failed. */
export function batchCounts(batch: StudioBatch): BatchCounts {
  let done = 0;
  let failed = 0;
  for (const item of batch.items) {
    if (item.state === 'done') done += 1;
    else if (item.state === 'failed') failed += 1;
  }
  return { done, failed, total: batch.items.length };
}
