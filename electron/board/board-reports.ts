import { randomUUID } from 'node:crypto';
import type { ObservedChange } from '../../shared/domain/board';
import type { ObservedEntry, SwitchEntry } from '../../shared/domain/journal';
import type { Locale, NoticeKind } from '../../shared/domain/settings';
import type { AppError } from '../../shared/errors/app-error';
import type { ProfileRecord } from '../credentials/profile-record';
import type { JournalWriter } from '../journal/journal-file';
import { entryBase, type JournalIdentity } from '../journal/journal-identity';
import type { Logger } from '../log';
import type { Notifier } from '../notify/notifier';
import { observedNotice, shortcutRefusedNotice, shortcutUnavailableNotice, switchNotice, type NoticeText } from './board-notices';
import type { SwitchOutcome } from './switch-desk';

/** What the board's reports go to, and in which language they are written. */
export interface BoardReportDeps {
  journal: JournalWriter;
  identity: JournalIdentity;
  notifier: Notifier;
  /** The profile a board acted or looked for; null once it was deleted. */
  profile(id: string): ProfileRecord | null;
  locale(): Locale;
  /** Whether the operator wants notifications of a kind they may turn off. */
  shows(kind: NoticeKind): boolean;
  /** Whether this is a Mac, for naming a shortcut's keys as its keyboard does. */
  mac: boolean;
  log: Logger;
  now?: () => Date;
}

/**
 * The board's account of itself, so every switch and every change on air is seen and can be
 * audited: a journal entry and a notification for each switch this desk sent and each change it
 * saw but did not make; a notification for a global shortcut that could not act.
 */
export interface BoardReports {
  switched(profileId: string, outcome: SwitchOutcome): void;
  /** Changes one poll saw; this desk's own confirmed switches are already reported and skipped. */
  observed(profileId: string, changes: readonly ObservedChange[]): void;
  shortcutRefused(accelerator: string, key: string, error: AppError): void;
  shortcutUnavailable(accelerator: string, key: string): void;
  /** Settles once every journal entry begun so far is written (before `lcr` exits). */
  settled(): Promise<void>;
}

/** The kind of notification a change the board saw raises. */
function observedKind(change: ObservedChange): NoticeKind {
  if (change.kind === 'masterChanged') return 'changedElsewhere';
  return change.kind === 'standbyLost' || change.kind === 'standbyBack' ? 'standby' : 'onAir';
}

/**
 * Creates the reports; a journal or notification that fails is logged, never turned into a failed
 * switch. Every report is journaled; a notification of a kind the operator turned off is not shown.
 */
export function createBoardReports(deps: BoardReportDeps): BoardReports {
  const now = deps.now ?? (() => new Date());
  // A notification that cannot be shown is logged: it never undoes or fails what it reports.
  const notify = (text: NoticeText) => {
    try {
      deps.notifier.notify({ id: randomUUID(), at: now().toISOString(), ...text });
    } catch (thrown) {
      deps.log.error(`notification "${text.title}" not shown: ${String(thrown)}`);
    }
  };
  const pending = new Set<Promise<void>>();
  const write = (entry: SwitchEntry | ObservedEntry) => {
    const written = deps.journal.append(entry).catch((thrown: unknown) => deps.log.error(`journal entry for ${entry.target} not written: ${String(thrown)}`));
    pending.add(written);
    void written.finally(() => pending.delete(written));
  };
  return {
    switched(profileId, outcome) {
      if (outcome.outcome !== 'ok' || deps.shows('switchConfirmed')) notify(switchNotice(deps.locale(), outcome));
      const profile = deps.profile(profileId);
      if (!profile) return;
      write({
        ...entryBase(deps.identity, profile, now()),
        kind: 'switch',
        target: outcome.key,
        from: outcome.from,
        to: outcome.to,
        via: outcome.via,
        outcome: outcome.outcome,
        errorCode: outcome.error?.code ?? null,
        requestId: outcome.error?.requestId ?? null,
        latencyMs: outcome.latencyMs,
      });
    },
    observed(profileId, changes) {
      const profile = deps.profile(profileId);
      for (const change of changes) {
        if (change.kind === 'masterChanged' && change.byThisDesk) continue;
        if (deps.shows(observedKind(change))) notify(observedNotice(deps.locale(), change));
        if (profile) write({ ...entryBase(deps.identity, profile, now()), kind: 'observed', target: change.key, change });
      }
    },
    shortcutRefused: (accelerator, key, error) => notify(shortcutRefusedNotice({ locale: deps.locale(), mac: deps.mac }, accelerator, key, error)),
    shortcutUnavailable: (accelerator, key) => notify(shortcutUnavailableNotice({ locale: deps.locale(), mac: deps.mac }, accelerator, key)),
    settled: async () => {
      await Promise.all(pending);
    },
  };
}
