import type { MessageKey } from '../i18n/en';
import type { CallEntry, JournalEntry, JournalOrigin, JournalOutcome } from './journal';
import type { JournalSource } from './journal-query';

/** An entry in words, untranslated: the screen, the CSV export and `lcr journal` translate it in their locale. */
export interface JournalWords {
  key: MessageKey;
  params: Record<string, string | number>;
}

/** The words of each outcome, for the screen's badge, its picker and the CSV column. */
export const journalOutcomeLabels: Record<JournalOutcome, MessageKey> = {
  ok: 'journal.outcome.ok',
  failed: 'journal.outcome.failed',
  unknown: 'journal.outcome.unknown',
};

/** The words of each origin: which program at the desk wrote the entry. */
export const journalOriginLabels: Record<JournalOrigin, MessageKey> = {
  app: 'journal.origin.app',
  cli: 'journal.origin.cli',
  harness: 'journal.origin.harness',
};

/** The words of each source, for the "from this desk / observed" filter and the CSV column. */
export const journalSourceLabels: Record<JournalSource, MessageKey> = {
  desk: 'journal.source.desk',
  observed: 'journal.source.observed',
};

/** Shown for a name the entry does not have (no previous upstream, a parameter not sent), as the notices do. */
const none = '—';

/** What a call did, named for the operator: each has a `done` and a `tried` message (`journal.call.<phrase>.*`). */
type CallPhrase =
  | 'putOnAir'
  | 'dualIngestOn'
  | 'dualIngestOff'
  | 'automaticOn'
  | 'automaticOff'
  | 'copyStudio'
  | 'createStudio'
  | 'deleteStudio'
  | 'startStudio'
  | 'stopStudio'
  | 'restartStudio'
  | 'configureStudio'
  | 'createGroup'
  | 'updateGroup'
  | 'deleteGroup'
  | 'createTask'
  | 'updateTask'
  | 'stopTask'
  | 'continueTask'
  | 'relaunchTask'
  | 'deleteTask'
  | 'other'
  | 'otherUntargeted';

type Phrased = [CallPhrase, Record<string, string>];

/** A call parameter that names something, or null when it was not sent as text. */
function textParam(entry: CallEntry, name: string): string | null {
  const value = Object.hasOwn(entry.params, name) ? entry.params[name] : undefined;
  return typeof value === 'string' && value !== '' ? value : null;
}

const target = (entry: CallEntry): string => entry.target ?? none;

/** `on`/`off` switches read as two phrases; any other value is worded as an unknown call. */
function onOff(value: string | null, on: CallPhrase, off: CallPhrase, params: Record<string, string>): Phrased | null {
  if (value === 'on') return [on, params];
  if (value === 'off') return [off, params];
  return null;
}

const onStudio = (phrase: CallPhrase) => (entry: CallEntry): Phrased => [phrase, { studio: target(entry) }];
const onGroup = (phrase: CallPhrase) => (entry: CallEntry): Phrased => [phrase, { group: target(entry) }];
const onTask = (phrase: CallPhrase) => (entry: CallEntry): Phrased => [phrase, { task: target(entry) }];

/**
 * The words of every action the desk sends, by API action, from what the call entry keeps: its
 * target (as the typed action sets it) and its parameters. A Map, so an action name read from the
 * file (`constructor`, `__proto__`) can never reach an inherited property.
 */
const callPhrases = new Map<string, (entry: CallEntry) => Phrased | null>([
  ['SetLiveDomainMultiStreamMaster', (entry) => ['putOnAir', { stream: target(entry), to: textParam(entry, 'UpstreamSequence') ?? none }]],
  ['SetLiveDomainMultiStreamConfig', (entry) => onOff(textParam(entry, 'Switch'), 'dualIngestOn', 'dualIngestOff', { domain: target(entry) })],
  ['SetLiveDomainMultiStreamOptimalMode', (entry) => onOff(textParam(entry, 'OptimalMode'), 'automaticOn', 'automaticOff', { stream: target(entry) })],
  ['CopyCaster', (entry) => ['copyStudio', { studio: target(entry), name: textParam(entry, 'CasterName') ?? none }]],
  ['CreateCaster', (entry) => ['createStudio', { name: textParam(entry, 'CasterName') ?? target(entry) }]],
  ['DeleteCaster', onStudio('deleteStudio')],
  ['StartCaster', onStudio('startStudio')],
  ['StopCaster', onStudio('stopStudio')],
  ['RestartCaster', onStudio('restartStudio')],
  ['SetCasterConfig', onStudio('configureStudio')],
  ['CreatePullToPushGroup', onGroup('createGroup')],
  ['UpdatePullToPushGroup', onGroup('updateGroup')],
  ['DeletePullToPushGroup', onGroup('deleteGroup')],
  ['CreatePullToPushTask', (entry) => ['createTask', { destination: target(entry) }]],
  ['UpdatePullToPushTask', onTask('updateTask')],
  ['StopPullToPushTask', onTask('stopTask')],
  ['ContinuePullToPushTask', onTask('continueTask')],
  ['RelaunchPullToPushTask', onTask('relaunchTask')],
  ['DeletePullToPushTask', onTask('deleteTask')],
]);

/** An action the desk does not word (sent with `lcr call`), named as the API names it. */
function genericCall(entry: CallEntry): Phrased {
  return entry.target === null ? ['otherUntargeted', { action: entry.action }] : ['other', { action: entry.action, target: entry.target }];
}

/**
 * An entry in words, as its notification said it: a call or switch in the past tense only when it
 * was done, "tried to…" when it failed or was not confirmed, so no line claims a change that may
 * not have happened; a change the board saw in the words of its notification. Upstreams are named
 * by the sequence the entry recorded (the journal does not keep encoder numbers).
 */
export function describeJournalEntry(entry: JournalEntry): JournalWords {
  if (entry.kind === 'observed') {
    const { change } = entry;
    if (change.kind !== 'masterChanged') return { key: `notice.${change.kind}.title`, params: { stream: entry.target } };
    const words = { stream: entry.target, to: change.to, from: change.from ?? none };
    if (change.reason === 'other') return { key: 'journal.observed.masterChanged.other', params: { ...words, raw: change.rawReason ?? none } };
    return { key: `journal.observed.masterChanged.${change.reason ?? 'manual'}`, params: words };
  }
  const tense = entry.outcome === 'ok' ? 'done' : 'tried';
  if (entry.kind === 'switch') return { key: `journal.switch.${tense}`, params: { stream: entry.target, to: entry.to, from: entry.from ?? none } };
  const [phrase, params] = callPhrases.get(entry.action)?.(entry) ?? genericCall(entry);
  return { key: `journal.call.${phrase}.${tense}`, params };
}
