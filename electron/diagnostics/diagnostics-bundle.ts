import type { AppInfo } from '../../shared/domain/app-info';
import type { ConnectionState } from '../../shared/domain/connection';
import type { JournalEntry } from '../../shared/domain/journal';
import type { ProfilesState } from '../../shared/domain/profile';
import type { Settings } from '../../shared/domain/settings';
import { scrubValue } from './scrub';

/** What a bundle is made from: the desk as it is now, read by the caller. */
export interface DiagnosticsInputs {
  info: AppInfo;
  settings: Settings;
  profiles: ProfilesState;
  connections: readonly ConnectionState[];
  /** The journal's newest entries, oldest first. */
  journal: readonly JournalEntry[];
  /** This process's recent log lines, oldest first. */
  logs: readonly string[];
  now: Date;
}

/** The bundle's format version, for whoever reads it at support. */
const bundleVersion = 1;

/**
 * A support bundle as one JSON document: the versions, settings, profiles (names, clouds, regions,
 * endpoints — never a key id or secret), the connection state, the newest journal entries and the
 * recent log lines, each passed through {@link scrubValue} so nothing secret and no key id, even
 * masked, can leave the desk in it. One readable file, so the operator can see what is sent.
 */
export function diagnosticsBundle(inputs: DiagnosticsInputs): string {
  const bundle = {
    kind: 'live-control-room-diagnostics',
    version: bundleVersion,
    createdAt: inputs.now.toISOString(),
    app: inputs.info,
    settings: inputs.settings,
    profiles: inputs.profiles,
    connections: inputs.connections,
    journal: inputs.journal,
    logs: inputs.logs,
  };
  return `${JSON.stringify(scrubValue(bundle), null, 2)}\n`;
}

/** `lcr-diagnostics-20261123-2015.json`: when it was made, in the desk's local time. */
export function diagnosticsFileName(at: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `lcr-diagnostics-${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}.json`;
}
