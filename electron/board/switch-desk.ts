import { streamKey, type SwitchTrigger, type TakeResult, type TilePhase } from '../../shared/domain/board';
import type { JournalOutcome } from '../../shared/domain/journal';
import { onAirUpstream, type DualIngestStream } from '../../shared/domain/live-streams';
import { chooseStandby } from '../../shared/domain/standby-choice';
import { AppErrorException, appError, toAppError, type AppError } from '../../shared/errors/app-error';
import { takeSwitch, type StreamRef, type TakeDeps } from './take-switch';

/** A switch this desk confirmed: what the board labels "from this desk" rather than "elsewhere". */
export interface DeskSwitch {
  key: string;
  sequence: string;
  at: number;
}

/**
 * A switch the desk sent, as it ended: for the journal and a notification. `unknown` is a switch
 * the cloud may or may not have made (no re-read could confirm it); `latencyMs` runs from the
 * take to the end.
 */
export interface SwitchOutcome {
  key: string;
  /** The stream as the confirming re-read showed it (null unless `ok`), so a board shows it at once. */
  confirmed: DualIngestStream | null;
  from: string | null;
  to: string;
  via: SwitchTrigger;
  outcome: JournalOutcome;
  error: AppError | null;
  latencyMs: number;
}

/** What the desk switches with. */
export interface SwitchDeskDeps extends Omit<TakeDeps, 'signal'> {
  /** Takes on one tile closer together than this are one press (a bounced key, a double click). */
  debounceMs?: number;
  /** Wall-clock time (epoch ms), which the cloud's change log is in; `Date.now` by default. */
  wallNow?: () => number;
}

/**
 * The one path every switch takes — a click, a board key, a global shortcut, `lcr switch` — so
 * each obeys the same rules: a locked desk switches nothing; arming picks "the standby" or, armed
 * again, the next one; a take needs an armed standby, is ignored while one is pending or within the
 * debounce time, and is done only when the cloud confirms (take-switch.ts). A failed take keeps
 * the reason on the tile until the next arm.
 */
export interface SwitchDesk {
  phase(ref: StreamRef): TilePhase;
  /** Every tile not idle, by key. */
  phases(): Record<string, TilePhase>;
  /** Arms `sequence`, else cycles to the next standby, else "the standby"; returns the armed one. */
  arm(stream: DualIngestStream, sequence?: string): string;
  disarm(ref: StreamRef): void;
  take(stream: DualIngestStream, via: SwitchTrigger): Promise<TakeResult>;
  /**
   * Failover in one press: arms `sequence` if given, else takes the armed standby, else arms
   * "the standby" — then takes it.
   */
  failOverNow(stream: DualIngestStream, via: SwitchTrigger, sequence?: string): Promise<TakeResult>;
  setLocked(locked: boolean): void;
  locked(): boolean;
  /** The switches this desk confirmed, oldest first. */
  history(): readonly DeskSwitch[];
  onChange(listener: (key: string, phase: TilePhase) => void): () => void;
  /** Hears every switch that was sent, once it is confirmed, refused or left unknown. */
  onSwitched(listener: (outcome: SwitchOutcome) => void): () => void;
}

/** Two presses on one tile within a quarter second are one press. */
export const defaultDebounceMs = 250;

/** Creates the desk's switch controller. */
export function createSwitchDesk(deps: SwitchDeskDeps): SwitchDesk {
  const phases = new Map<string, TilePhase>();
  const lastTake = new Map<string, number>();
  const listeners = new Set<(key: string, phase: TilePhase) => void>();
  const switchListeners = new Set<(outcome: SwitchOutcome) => void>();
  const history: DeskSwitch[] = [];
  const debounceMs = deps.debounceMs ?? defaultDebounceMs;
  const wallNow = deps.wallNow ?? Date.now;
  let isLocked = false;

  const phaseOf = (key: string): TilePhase => phases.get(key) ?? { kind: 'idle' };
  const set = (key: string, phase: TilePhase) => {
    phases.set(key, phase);
    for (const listener of listeners) listener(key, phase);
  };
  const refuseIfLocked = (ref: StreamRef) => {
    if (isLocked) throw new AppErrorException(appError('board.locked', { stream: streamKey(ref) }));
  };

  const arm = (stream: DualIngestStream, sequence?: string): string => {
    refuseIfLocked(stream);
    const key = streamKey(stream);
    const current = phaseOf(key);
    if (current.kind === 'pending') throw new AppErrorException(appError('board.switchPending', { stream: key }));
    const standbys = stream.upstreams.filter((upstream) => !upstream.master).map((upstream) => upstream.sequence);
    let chosen = sequence;
    if (chosen === undefined && current.kind === 'armed' && standbys.length > 1) {
      chosen = standbys[(standbys.indexOf(current.sequence) + 1) % standbys.length];
    }
    if (chosen === undefined) {
      const choice = chooseStandby(stream, wallNow());
      if (choice.kind === 'choose') throw new AppErrorException(appError('board.chooseStandby', { stream: key, candidates: choice.candidates.join(', ') }));
      chosen = choice.sequence;
    }
    if (!stream.upstreams.some((upstream) => upstream.sequence === chosen && !upstream.master)) {
      throw new AppErrorException(appError('board.notAStandby', { stream: key, upstream: chosen }));
    }
    set(key, { kind: 'armed', sequence: chosen });
    return chosen;
  };

  /** A press that must be ignored: a take is pending on the tile, or one was sent a moment ago. */
  const bounced = (key: string) => phaseOf(key).kind === 'pending' || deps.timer.now() - (lastTake.get(key) ?? -Infinity) < debounceMs;

  const report = (outcome: SwitchOutcome) => {
    for (const listener of switchListeners) listener(outcome);
  };

  const take = async (stream: DualIngestStream, via: SwitchTrigger): Promise<TakeResult> => {
    const key = streamKey(stream);
    const current = phaseOf(key);
    if (bounced(key)) return { kind: 'ignored' };
    try {
      refuseIfLocked(stream);
      if (current.kind !== 'armed') throw new AppErrorException(appError('board.notArmed', { stream: key }));
    } catch (thrown) {
      return { kind: 'failed', error: toAppError(thrown) };
    }
    const startedAt = deps.timer.now();
    lastTake.set(key, startedAt);
    set(key, { kind: 'pending', sequence: current.sequence });
    const sent = { key, from: onAirUpstream(stream)?.sequence ?? null, to: current.sequence, via };
    try {
      const confirmed = await takeSwitch(deps, stream, current.sequence);
      history.push({ key, sequence: current.sequence, at: wallNow() });
      // Reported before the phase ends, so whoever shows the tile has the confirmed stream by then.
      report({ ...sent, confirmed, outcome: 'ok', error: null, latencyMs: deps.timer.now() - startedAt });
      set(key, { kind: 'idle' });
      return { kind: 'confirmed', stream: confirmed };
    } catch (thrown) {
      const error = toAppError(thrown);
      set(key, { kind: 'failed', sequence: current.sequence, error });
      report({ ...sent, confirmed: null, outcome: error.code === 'stream.switchUnconfirmed' ? 'unknown' : 'failed', error, latencyMs: deps.timer.now() - startedAt });
      return { kind: 'failed', error };
    }
  };

  return {
    phase: (ref) => phaseOf(streamKey(ref)),
    phases: () => Object.fromEntries([...phases].filter(([, phase]) => phase.kind !== 'idle')),
    arm,
    disarm(ref) {
      const key = streamKey(ref);
      if (phaseOf(key).kind !== 'pending') set(key, { kind: 'idle' });
    },
    take,
    async failOverNow(stream, via, sequence) {
      if (bounced(streamKey(stream))) return { kind: 'ignored' };
      try {
        if (sequence !== undefined || phaseOf(streamKey(stream)).kind !== 'armed') arm(stream, sequence);
      } catch (thrown) {
        return { kind: 'failed', error: toAppError(thrown) };
      }
      return take(stream, via);
    },
    setLocked(locked) {
      isLocked = locked;
    },
    locked: () => isLocked,
    history: () => history,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onSwitched(listener) {
      switchListeners.add(listener);
      return () => switchListeners.delete(listener);
    },
  };
}
