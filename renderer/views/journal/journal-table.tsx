import { useEffect, useMemo } from 'react';
import type { JournalEntry } from '../../../shared/domain/journal';
import type { JournalLine } from '../../../shared/domain/journal-view';
import { describeJournalEntry, journalOriginLabels, journalOutcomeLabels } from '../../../shared/domain/journal-words';
import type { MessageKey } from '../../../shared/i18n/en';
import { VirtualTable, type VirtualColumn } from '../../components/virtual-table';
import { useT } from '../../i18n/use-t';
import { useDeskZone } from '../../time/desk-zone';
import { isoToLocalInput, localTime } from '../../time/local-datetime';

// The journal's windowed table: one row per matching line, newest first. Rows exist as numbers
// (0 is the newest); each row draws its line once its window arrived from main and asks for that
// window when it is drawn without it, so only the windows scrolled to are ever read.

/** Every row's height: two lines at most, so the window's arithmetic holds. */
export const journalRowHeight = 44;

/** What the table needs. */
export interface JournalTableProps {
  /** How many lines match the filter. */
  total: number;
  /** The line at a row, or undefined while its window is not read. */
  lineAt(index: number): JournalLine | undefined;
  /** Asks for the window of a row drawn without its line. */
  ensure(index: number): void;
  /** Copies a request id for a support ticket. */
  onCopy(requestId: string): void;
}

const providerKeys = { aliyun: 'provider.aliyun', volcengine: 'provider.volcengine' } as const satisfies Record<JournalEntry['provider'], MessageKey>;

/** An instant as `YYYY-MM-DD HH:mm:ss` in UTC, or null if unreadable. */
export function utcToTheSecond(iso: string): string | null {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString().slice(0, 19).replace('T', ' ');
}

/** The day and time (to the second) in the desk's zone, with the UTC instant on hover. */
function TimeCell({ iso }: { iso: string }) {
  const t = useT();
  const zone = useDeskZone();
  const local = isoToLocalInput(iso, zone);
  const utc = utcToTheSecond(iso);
  return (
    <div role="rowheader" className="vtable__stack" translate="no" title={utc === null ? iso : t('journal.screen.utc', { time: utc })}>
      <span>{local ? local.slice(0, 10) : iso}</span>
      {local && <span className="muted">{localTime(iso, zone)}</span>}
    </div>
  );
}

/** An entry's cells: when, who, which profile, what in words, how it ended, how long, the request id. */
function EntryCells({ entry, current, onCopy }: { entry: JournalEntry; current: boolean; onCopy(requestId: string): void }) {
  const t = useT();
  const words = describeJournalEntry(entry);
  const what = t(words.key, words.params);
  const requestId = entry.kind === 'observed' ? null : entry.requestId;
  return (
    <>
      <TimeCell iso={entry.time} />
      <div role="cell" className="vtable__stack">
        <span translate="no" title={`${entry.user}@${entry.host}`}>{`${entry.user}@${entry.host}`}</span>
        <span className="muted">{t(journalOriginLabels[entry.origin])}</span>
      </div>
      <div role="cell" className="vtable__stack">
        <span translate="no" title={entry.profileName}>
          {entry.profileName}
        </span>
        <span className="muted">
          {t(providerKeys[entry.provider])} <span translate="no">{entry.accessKeyIdMasked}</span>
        </span>
      </div>
      <div role="cell" className="journal-table__what" title={what}>
        {what}
      </div>
      <div role="cell">
        {entry.kind === 'observed' ? (
          <span className="badge journal-outcome journal-outcome--seen">{t('journal.screen.seen')}</span>
        ) : (
          <span className={`badge journal-outcome journal-outcome--${entry.outcome}`}>{t(journalOutcomeLabels[entry.outcome])}</span>
        )}
      </div>
      <div role="cell" className="journal-table__number">
        {entry.kind === 'observed' ? <span translate="no">—</span> : t('journal.screen.latencyMs', { ms: Math.round(entry.latencyMs) })}
      </div>
      <div role="cell" className="journal-table__request">
        {requestId === null ? (
          <span translate="no">—</span>
        ) : (
          <>
            <span className="journal-table__id" translate="no" title={requestId}>
              {requestId}
            </span>
            <button type="button" className="button journal-table__copy" tabIndex={current ? 0 : -1} aria-label={t('journal.screen.copyLabel', { id: requestId })} onClick={() => onCopy(requestId)}>
              {t('journal.screen.copy')}
            </button>
          </>
        )}
      </div>
    </>
  );
}

/** A line that is not an entry: said to be damaged, where it is, and its text as found. */
function DamagedCells({ file, line, text }: { file: string; line: number; text: string }) {
  const t = useT();
  return (
    <>
      <div role="rowheader">
        <span className="badge badge--warning">{t('journal.screen.damaged')}</span>
      </div>
      <div role="cell" className="journal-table__damaged-at">
        {t('journal.screen.damagedAt', { file, line })}
      </div>
      <div role="cell" className="journal-table__damaged-text" translate="no" title={text}>
        {text}
      </div>
    </>
  );
}

/** One row: its line's cells, or a placeholder that asks for the window holding it. */
function JournalRow({ index, line, current, ensure, onCopy }: { index: number; line: JournalLine | undefined; current: boolean; ensure(index: number): void; onCopy(requestId: string): void }) {
  const t = useT();
  const missing = line === undefined;
  useEffect(() => {
    if (missing) ensure(index);
  }, [missing, index, ensure]);
  if (line === undefined) {
    return (
      <div role="cell" className="muted">
        {t('journal.screen.loadingRow')}
      </div>
    );
  }
  if (line.kind === 'corrupt') return <DamagedCells file={line.file} line={line.line} text={line.text} />;
  return <EntryCells entry={line.entry} current={current} onCopy={onCopy} />;
}

/** The journal as a windowed table: 100,000 lines scroll as 30 do, each window read when first drawn. */
export function JournalTable({ total, lineAt, ensure, onCopy }: JournalTableProps) {
  const t = useT();
  const rows = useMemo(() => Array.from({ length: total }, (_, index) => index), [total]);
  const columns: VirtualColumn[] = [
    { id: 'time', header: t('journal.screen.column.time') },
    { id: 'who', header: t('journal.screen.column.who') },
    { id: 'profile', header: t('journal.screen.column.profile') },
    { id: 'what', header: t('journal.screen.column.what') },
    { id: 'outcome', header: t('journal.screen.column.outcome') },
    { id: 'latency', header: t('journal.screen.column.latency') },
    { id: 'requestId', header: t('journal.screen.column.requestId') },
  ];
  return (
    <VirtualTable
      label={t('journal.screen.table')}
      className="journal-table vtable--compact"
      columns={columns}
      rows={rows}
      rowKey={(index) => String(index)}
      rowHeight={journalRowHeight}
      renderCells={(index, current) => <JournalRow index={index} line={lineAt(index)} current={current} ensure={ensure} onCopy={onCopy} />}
      rowClassName={(index) => (lineAt(index)?.kind === 'corrupt' ? 'journal-table__row--damaged' : '')}
    />
  );
}
