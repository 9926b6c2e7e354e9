import { isTimeZone, systemTimeZone, type TimeZoneChoice } from '../../shared/domain/settings';
import { useSettingsState } from '../state/stores-context';

/**
 * The IANA zone the desk shows times in: the one Settings chose, or the workstation's for
 * `system` — and the workstation's too for a zone this browser does not know (a setting imported
 * from a newer system), rather than failing every time on screen.
 */
export function resolveZone(choice: TimeZoneChoice): string {
  return choice !== 'system' && isTimeZone(choice) ? choice : systemTimeZone();
}

/** The zone the desk's screens show and read times in, following Settings as it changes. */
export function useDeskZone(): string {
  return resolveZone(useSettingsState((state) => state.settings.timeZone));
}
