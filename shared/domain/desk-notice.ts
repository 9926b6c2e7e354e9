import { z } from 'zod';

/**
 * A notification the desk raised, already in the desk's language: an OS notification in the app,
 * a toast in the harness's page. `alert` is something on air needs the operator now (a failed or
 * unconfirmed switch, nothing on air); `warning` changed without this desk (automatic mode,
 * another desk); `info` went as intended.
 */
export const DeskNotice = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  tone: z.enum(['info', 'warning', 'alert']),
  title: z.string(),
  body: z.string(),
});
export type DeskNotice = z.infer<typeof DeskNotice>;
