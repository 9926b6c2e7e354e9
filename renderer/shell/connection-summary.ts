import type { ConnectionState } from '../../shared/domain/connection';
import type { Provider } from '../../shared/domain/provider';
import type { Locale } from '../../shared/domain/settings';
import { errorMessage, translate } from '../../shared/i18n/translate';
import { ageSeconds } from '../time/local-datetime';

// What the status bar says about the active profile's link to one cloud, worked out from main's
// connection state and the current time: the state in words, the last error, the rate budget in
// use and a clock-skew warning. Pure, so every wording is checked in both languages.

/** An answer no older than this counts as "the cloud answered recently". */
export const recentAnswerSeconds = 60;

/** A clock offset at least this large (either way) is shown as a warning. */
export const skewWarningMs = 60_000;

/** The colour of the state's dot: answered recently, answered but the last call failed, offline or never answered, or quiet. */
export type ConnectionTone = 'ok' | 'warning' | 'danger' | 'idle';

/** The busiest action's share of its rate budget, its name kept apart as data (not translated). */
export interface RateBudget {
  action: string;
  /** The use in words, such as "3/10 per s". */
  use: string;
}

/** Everything the status bar shows for one cloud's active profile. */
export interface ConnectionSummary {
  tone: ConnectionTone;
  /** The state in words: "answered 12 s ago", "no answer for 5 min", "offline", "not called yet". */
  words: string;
  /** The last call's error in words, or null when the last call succeeded. */
  error: string | null;
  rate: RateBudget | null;
  /** The clock-skew warning, or null when the offset is small. */
  skew: string | null;
}

/** The connection state of the profile a cloud acts with, if main has called with it yet. */
export function activeConnection(
  states: readonly ConnectionState[],
  provider: Provider,
  profileId: string | undefined,
): ConnectionState | null {
  return states.find((state) => state.provider === provider && state.profileId === profileId) ?? null;
}

function stateWords(state: ConnectionState | null, now: Date, locale: Locale): Pick<ConnectionSummary, 'tone' | 'words'> {
  if (state?.offline) return { tone: 'danger', words: translate(locale, 'status.connection.offline') };
  const age = ageSeconds(state?.lastSuccessAt ?? null, now);
  if (state === null || age === null) {
    return state?.lastError
      ? { tone: 'danger', words: translate(locale, 'status.connection.neverAnswered') }
      : { tone: 'idle', words: translate(locale, 'status.connection.notCalled') };
  }
  if (age > recentAnswerSeconds) {
    return { tone: 'idle', words: translate(locale, 'status.connection.silent', { minutes: Math.max(1, Math.floor(age / 60)) }) };
  }
  return { tone: state.lastError ? 'warning' : 'ok', words: translate(locale, 'status.connection.answered', { seconds: age }) };
}

/** The rate budget the busiest action is using, in words. */
export function rateBudget(busiest: ConnectionState['busiestAction'], locale: Locale): RateBudget | null {
  if (!busiest) return null;
  return { action: busiest.action, use: translate(locale, 'status.connection.rate', { used: busiest.used, limit: busiest.limit }) };
}

/**
 * The skew warning when this computer's clock is a minute or more off the cloud's. The offset is
 * the cloud's time minus this computer's, so a positive one means this computer is behind.
 */
export function skewWarning(clockOffsetMs: number, provider: Provider, locale: Locale): string | null {
  if (Math.abs(clockOffsetMs) < skewWarningMs) return null;
  const params = { minutes: Math.round(Math.abs(clockOffsetMs) / 60_000), provider: translate(locale, `provider.${provider}`) };
  return translate(locale, clockOffsetMs > 0 ? 'status.connection.skewBehind' : 'status.connection.skewAhead', params);
}

/** What the status bar says about one cloud's active profile at `now`, in `locale`. */
export function summarizeConnection(
  state: ConnectionState | null,
  provider: Provider,
  now: Date,
  locale: Locale,
): ConnectionSummary {
  return {
    ...stateWords(state, now, locale),
    error: state?.lastError ? errorMessage(locale, state.lastError) : null,
    rate: rateBudget(state?.busiestAction ?? null, locale),
    skew: state ? skewWarning(state.clockOffsetMs, provider, locale) : null,
  };
}
