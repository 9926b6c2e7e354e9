import { z } from 'zod';

/**
 * How saving a file the desk made (a journal export, a diagnostics bundle) ended: written where
 * the operator chose (`saved`, with the path, so the screen can say where it is), `cancelled` in
 * the save dialog, or — in a browser, which has no save dialog main can open — `offered` to the
 * page as a download.
 */
export const SaveOutcome = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), path: z.string() }),
  z.object({ kind: z.literal('cancelled') }),
  z.object({ kind: z.literal('offered'), fileName: z.string() }),
]);
export type SaveOutcome = z.infer<typeof SaveOutcome>;

/** A file offered to a browser page as a download (the harness's save dialog). */
export const OfferedFile = z.object({ fileName: z.string(), mimeType: z.string(), text: z.string() });
export type OfferedFile = z.infer<typeof OfferedFile>;
