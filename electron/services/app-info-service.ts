import type { AppInfo, Host } from '../../shared/domain/app-info';
import { productName } from '../data-dir';

/** What the host (Electron or the harness) knows about itself. */
export interface AppInfoInputs {
  host: Host;
  version: string;
  dataDir: string;
  platform: string;
  versions: Readonly<Record<string, string | undefined>>;
  systemLocales: readonly string[];
}

/** The About panel's facts, gathered once at start-up. */
export function describeApp(inputs: AppInfoInputs): AppInfo {
  return {
    name: productName,
    version: inputs.version,
    host: inputs.host,
    platform: inputs.platform,
    versions: {
      node: inputs.versions.node ?? 'unknown',
      electron: inputs.versions.electron ?? null,
      chrome: inputs.versions.chrome ?? null,
    },
    dataDir: inputs.dataDir,
    systemLocales: [...inputs.systemLocales],
  };
}
