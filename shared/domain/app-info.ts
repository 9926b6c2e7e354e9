import { z } from 'zod';

/**
 * Where the main-process services are running: the real Electron app, the browser harness that
 * serves the same services to Chromium for tests and development, or the `lcr` command line.
 */
export const Host = z.enum(['electron', 'harness', 'cli']);
export type Host = z.infer<typeof Host>;

/** What the About panel and a support request need to know about this installation. */
export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  host: Host,
  platform: z.string(),
  versions: z.object({
    node: z.string(),
    electron: z.string().nullable(),
    chrome: z.string().nullable(),
  }),
  dataDir: z.string(),
  /** OS locales in preference order, used to resolve the "follow the OS" language setting. */
  systemLocales: z.array(z.string()),
});
export type AppInfo = z.infer<typeof AppInfo>;
