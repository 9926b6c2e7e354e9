import type { BatchItem, StudioBatch } from '../../shared/domain/studio-desk';
import type { Studio, StudioConfig } from '../../shared/domain/studios';
import { ExitCode } from './exit-codes';
import type { Translate } from './help-text';
import { failureMessage } from './report-error';
import { timeCell } from './stream-tables';
import { formatTable, printable } from './text-table';

// How `lcr studios` prints what the cloud listed and how a bulk copy went: plain aligned tables,
// times in UTC to the second, words from the catalogues. Pure, so every rule here is unit-tested.

/**
 * A studio as sentences name it: `"Evening news" (id)`; the id alone when the name is not known,
 * the name alone before the studio has an id (a create on its way).
 */
export function studioLabel(studio: { id: string; name?: string | null }): string {
  if (!studio.name) return studio.id;
  return studio.id ? `"${studio.name}" (${studio.id})` : `"${studio.name}"`;
}

/**
 * `lcr studios list` as a table: one row per studio in the cloud's order — the id the other
 * commands take, the name, idle or running, the kind, the billing and when it was created.
 */
export function studiosTable(studios: readonly Studio[], t: Translate): string {
  const headers = [t('cli.column.studioId'), t('cli.column.name'), t('cli.column.status'), t('cli.column.type'), t('cli.column.billing'), t('cli.column.created')];
  const rows = studios.map((studio) => [
    studio.id,
    studio.name,
    t(`cli.studio.status.${studio.status}`),
    t(`cli.studio.type.${studio.type}`),
    t(`cli.studio.charge.${studio.chargeType}`),
    studio.createdAt ? timeCell(studio.createdAt) : '-',
  ]);
  return `${formatTable(headers, rows)}\n`;
}

/** The two settings `lcr studios configure` edits, as the cloud reads them back. */
export function configText(config: Pick<StudioConfig, 'studioId' | 'name' | 'domainName'>, t: Translate): string {
  const lines = [
    config.studioId,
    `${t('cli.studio.config.name')}: ${config.name ?? '-'}`,
    `${t('cli.studio.config.domain')}: ${config.domainName ?? t('cli.studio.config.noDomain')}`,
  ];
  return `${lines.map(printable).join('\n')}\n`;
}

/** How many copies of a batch stand where: made, failed, unsettled, and not sent at all. */
export interface BatchCounts {
  total: number;
  done: number;
  failed: number;
  unknown: number;
  /** Not made yet: pending, or still being sent when the counts were taken. */
  left: number;
}

/** Counts a batch's items by how they stand. */
export function batchCounts(batch: Pick<StudioBatch, 'items'>): BatchCounts {
  const count = (...states: BatchItem['state'][]) => batch.items.filter((item) => states.includes(item.state)).length;
  return { total: batch.items.length, done: count('done'), failed: count('failed'), unknown: count('unknown'), left: count('pending', 'sending') };
}

/** The progress line a terminal shows while a batch runs: `12/30 done, 1 failed`. */
export function batchProgress(batch: Pick<StudioBatch, 'items'>, t: Translate): string {
  const { total, done, failed } = batchCounts(batch);
  return t('cli.batch.progress', { done, total, failed });
}

/** What one copy came to: its new studio, or the reason it failed (an unsettled copy's last error). */
function resultCell(item: BatchItem, t: Translate): string {
  if (item.studioId) return item.studioId;
  return item.error ? failureMessage(item.error, t) : '-';
}

/** A batch's copies as a table: number, name, state, and the new studio's id or the reason. */
export function batchTable(batch: Pick<StudioBatch, 'items'>, t: Translate): string {
  const headers = [t('cli.column.number'), t('cli.column.name'), t('cli.column.state'), t('cli.column.studioOrError')];
  const rows = batch.items.map((item) => [String(item.n), item.name, t(`cli.batch.state.${item.state}`), resultCell(item, t)]);
  return `${formatTable(headers, rows)}\n`;
}

/**
 * How a settled batch ends for a script: Ctrl-C is 130; a copy nobody can say was made or not is
 * 4, outcome unknown (resume it: lcr looks for it by its token first); a failed copy, a stopped
 * or cancelled batch is 1; every copy made is 0.
 */
export function batchExitCode(batch: Pick<StudioBatch, 'items' | 'status'>, interrupted: boolean): ExitCode {
  if (interrupted) return ExitCode.interrupted;
  const { done, total, unknown } = batchCounts(batch);
  if (unknown > 0) return ExitCode.outcomeUnknown;
  return batch.status === 'finished' && done === total ? ExitCode.ok : ExitCode.failed;
}

/**
 * What a settled batch says on stderr beneath its table, one sentence per way it ended: the one
 * reason that stopped it (never one per copy), the failed copies, the unsettled ones, the
 * cancel — and how to go on when copies are left to make.
 */
export function batchOutcome(batch: StudioBatch, t: Translate, interrupted: boolean): string[] {
  const { total, done, failed, unknown, left } = batchCounts(batch);
  const params = { id: batch.id, count: total, done, failed, unknown, left };
  const lines: string[] = [];
  if (batch.status === 'stopped' && batch.stoppedBy) lines.push(t('cli.batch.stopped', { ...params, reason: failureMessage(batch.stoppedBy, t) }));
  if (failed > 0) lines.push(t('cli.batch.failed', params));
  if (unknown > 0) lines.push(t('cli.batch.unknown', params));
  if (interrupted || batch.status === 'cancelled') lines.push(t('cli.batch.cancelled', params));
  if (left > 0 && unknown === 0) lines.push(t('cli.batch.resumeHint', params));
  if (lines.length === 0 && done === total) lines.push(t('cli.batch.allDone', params));
  return lines.map(printable);
}
