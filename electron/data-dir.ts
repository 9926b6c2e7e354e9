import path from 'node:path';

/** The product name: also the name of the data folder and of Electron's `userData`. */
export const productName = 'Live Control Room';

/** What the data folder depends on, injected so every platform's rule is testable anywhere. */
export interface DataDirInputs {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  home: string;
}

/**
 * The one data folder shared by the app, the harness and `lcr`: `LCR_DATA_DIR` if set, else
 * `<OS config folder>/Live Control Room` — the folder Electron uses as `userData` for this product
 * name, so the CLI and the app always agree on where profiles and settings live.
 */
export function resolveDataDir({ env, platform, home }: DataDirInputs): string {
  const override = env.LCR_DATA_DIR?.trim();
  if (override) return path.resolve(override);
  return path.join(osConfigDir({ env, platform, home }), productName);
}

function osConfigDir({ env, platform, home }: DataDirInputs): string {
  switch (platform) {
    case 'darwin':
      return path.join(home, 'Library', 'Application Support');
    case 'win32':
      return env.APPDATA?.trim() || path.win32.join(home, 'AppData', 'Roaming');
    default:
      return env.XDG_CONFIG_HOME?.trim() || path.join(home, '.config');
  }
}
