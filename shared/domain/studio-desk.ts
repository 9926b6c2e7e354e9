import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { ClientToken, CreatableStudioType, Studio, StudioId, StudioName } from './studios';

/**
 * The studios screen's view of an account, and the requests it makes. What is shown is what the
 * cloud last listed, with when and — if the last listing failed — why, so the screen can keep the
 * last confirmed list with its age and disable changes (the board's offline rule).
 */
export const StudiosView = z.object({
  /** The Alibaba profile whose studios these are. */
  profileId: z.string(),
  studios: z.array(Studio),
  /** When the last complete listing finished (ISO), or null before the first. */
  listedAt: z.iso.datetime().nullable(),
  /** The last listing failed with this; `studios` is from before it. */
  readError: AppError.nullable(),
});
export type StudiosView = z.infer<typeof StudiosView>;

/** The `{n}` a bulk copy's name pattern must contain, replaced by each copy's number. */
export const copyNumberPlaceholder = '{n}';

/** The most copies one batch makes: a show's worth, well inside a raised studio quota. */
export const maxBatchCopies = 1000;

/** A bulk copy's name pattern (`Match {n}`, `赛事 {n}`): a studio name with the number's place in it. */
export const CopyNamePattern = StudioName.refine((pattern) => pattern.includes(copyNumberPlaceholder), { error: 'patternWithoutNumber' });

/** The name of copy number `n` under a pattern. */
export function copyName(pattern: string, n: number): string {
  return pattern.trim().replaceAll(copyNumberPlaceholder, String(n));
}

/** One copy of a studio; the token is made once per operator action and reused on every retry. */
export const CopyRequest = z.strictObject({ sourceStudioId: StudioId, name: StudioName, clientToken: ClientToken });
export type CopyRequest = z.infer<typeof CopyRequest>;

/** A pay-as-you-go studio; the token as for a copy. */
export const CreateRequest = z.strictObject({ type: CreatableStudioType, name: StudioName, clientToken: ClientToken });
export type CreateRequest = z.infer<typeof CreateRequest>;

/** The two settings the screen edits; everything else of the studio's config is written back as read. */
export const ConfigureRequest = z.strictObject({
  studioId: StudioId,
  name: StudioName.optional(),
  /** The streaming domain the studio outputs to; empty clears it. */
  domainName: z.string().trim().max(253).optional(),
});
export type ConfigureRequest = z.infer<typeof ConfigureRequest>;

/** A delete names the studio twice: by id, and by its name typed by the operator as the last check. */
export const DeleteRequest = z.strictObject({ studioId: StudioId, confirmName: z.string() });
export type DeleteRequest = z.infer<typeof DeleteRequest>;

/** N copies of one studio, named by a pattern from a first number on. */
export const BatchRequest = z.strictObject({
  sourceStudioId: StudioId,
  pattern: CopyNamePattern,
  count: z.number().int().min(1, { error: 'outOfRange' }).max(maxBatchCopies, { error: 'outOfRange' }),
  firstNumber: z.number().int().min(0, { error: 'outOfRange' }).max(1_000_000, { error: 'outOfRange' }).default(1),
});
export type BatchRequest = z.input<typeof BatchRequest>;

/**
 * Where one copy of a batch stands. `sending`: its request may be with the cloud; `unknown`: it got
 * no definite answer and no listing has found it yet — it is looked for by its token before it is
 * ever sent again, so it can never become two studios.
 */
export const BatchItemState = z.enum(['pending', 'sending', 'done', 'failed', 'unknown']);
export type BatchItemState = z.infer<typeof BatchItemState>;

/** One copy of a batch: its number, name and token, and how it ended. */
export const BatchItem = z.object({
  n: z.number().int(),
  name: z.string(),
  clientToken: ClientToken,
  state: BatchItemState,
  studioId: z.string().nullable(),
  error: AppError.nullable(),
});
export type BatchItem = z.infer<typeof BatchItem>;

/**
 * A bulk copy. `running` until every item is done or failed (`finished`), the operator cancels
 * (`cancelled`: items not sent stay pending, and resuming sends them with their own tokens), or
 * something stops it for all items alike (`stopped`, with the reason: the studio quota, a locked
 * keychain) instead of a pile of identical failures.
 */
export const StudioBatch = z.object({
  id: z.string(),
  profileId: z.string(),
  sourceStudioId: z.string(),
  pattern: z.string(),
  createdAt: z.iso.datetime(),
  status: z.enum(['running', 'finished', 'cancelled', 'stopped']),
  stoppedBy: AppError.nullable(),
  items: z.array(BatchItem),
});
export type StudioBatch = z.infer<typeof StudioBatch>;
