import { splitAddress } from '../../../shared/domain/relay-desk';
import type { RelayTask } from '../../../shared/domain/relays';
import { useT, type Translate } from '../../i18n/use-t';
import { useDeskZone } from '../../time/desk-zone';
import { taskStatusKeys, windowText } from './relay-labels';

// The data cells of one task row: what the cloud listed, in the operator's words where they are
// words and untouched where they are data (URLs, ids, times).

/** A task's status as a badge in the operator's language; an unknown one shows the cloud's own string. */
export function TaskStatusBadge({ task }: { task: RelayTask }) {
  const t = useT();
  return (
    <span className={`relay-status relay-status--${task.status}`}>
      {t(taskStatusKeys[task.status])}
      {task.status === 'unknown' && (
        <span className="relay-status__raw" translate="no">
          {task.rawStatus}
        </span>
      )}
    </span>
  );
}

/**
 * A URL as data, its query (where push and pull URLs carry auth keys) hidden behind `?…`: the
 * screen may be seen by anyone in the room. The edit dialog still has the whole address.
 */
function Address({ url, as: Tag = 'span' }: { url: string; as?: 'span' | 'li' }) {
  const t = useT();
  const { address, query } = splitAddress(url);
  return (
    <Tag className="relays__url" translate="no">
      {address}
      {query !== null && <abbr title={t('relays.queryHidden')}>?…</abbr>}
    </Tag>
  );
}

/** How often a VOD playlist plays, in words. */
function loopsText(t: Translate, loops: RelayTask['loops']): string {
  if (loops === null) return t('relays.loops.notSaid');
  return loops === 'untilEnd' ? t('relays.loops.untilEnd') : t('relays.loops.times', { count: loops });
}

/** A live task's one pull URL, or a VOD task's files in play order with how often they loop. */
function SourceCell({ task }: { task: RelayTask }) {
  const t = useT();
  if (task.sourceType !== 'vod') {
    return (
      <td>
        <span className="relays__kind">{task.sourceType === 'live' ? t('relays.source.live') : t('relays.source.unknown')}</span>
        {task.sources.map((source) => (
          <Address key={source} url={source} />
        ))}
      </td>
    );
  }
  return (
    <td>
      <span className="relays__kind">{t('relays.source.vodFiles', { count: task.sources.length })}</span>
      <ol className="relay-files">
        {task.sources.map((source, index) => (
          <Address key={`${index}:${source}`} url={source} as="li" />
        ))}
      </ol>
      <span className="muted">{loopsText(t, task.loops)}</span>
    </td>
  );
}

/** The task's window: the desk's times, with the UTC instants in the tooltip and on the line beneath. */
function WindowCell({ task }: { task: RelayTask }) {
  const t = useT();
  const text = windowText(task.start, task.end, useDeskZone());
  const unknown = t('relays.window.unknown');
  const utc = t('relays.window.utc', { start: text.utc.start ?? unknown, end: text.utc.end ?? unknown });
  return (
    <td title={utc}>
      <span className="relay-window" translate="no">
        {text.local.start ?? '—'} → {text.local.end ?? '—'}
      </span>
      <span className="relay-window__utc muted">{utc}</span>
    </td>
  );
}

/**
 * The cells of a task row before its actions: title over id, status (or the request in flight),
 * source(s), destination with what kind it is, window and callback.
 */
export function RelayTaskCells({ task, pending }: { task: RelayTask; pending: string | null }) {
  const t = useT();
  return (
    <>
      <th scope="row" className="relay-task__title">
        {task.title ? <span translate="no">{task.title}</span> : <span className="muted">{t('relays.task.untitled')}</span>}
        <span className="relay-task__id" translate="no">
          {task.id}
        </span>
      </th>
      <td>{pending ? <span className="relays__pending">{pending}</span> : <TaskStatusBadge task={task} />}</td>
      <SourceCell task={task} />
      <td>
        {task.destinationKind && (
          <span className="relays__kind">{task.destinationKind === 'live' ? t('relays.destination.live') : t('relays.destination.thirdParty')}</span>
        )}
        {task.destination ? (
          <Address url={task.destination} />
        ) : (
          <span className="muted">{t('relays.destination.none')}</span>
        )}
      </td>
      <WindowCell task={task} />
      <td>
        {task.callbackUrl ? (
          <span className="relays__url" translate="no">
            {task.callbackUrl}
          </span>
        ) : (
          <span className="muted">{t('relays.callback.none')}</span>
        )}
      </td>
    </>
  );
}
