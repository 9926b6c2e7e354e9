import { z } from 'zod';

/**
 * Why one form field was refused. Shown beside the field as `validation.<code>`, in the operator's
 * language, by the form as you type and again from main, which checks every request itself.
 */
export const FieldIssueCode = z.enum([
  'required',
  'tooLong',
  'nameTaken',
  'invalidAccessKeyId',
  'invalidSecret',
  'invalidRegion',
  'regionFixed',
  'invalidEndpoint',
  'invalidSecurityToken',
  'invalidDate',
  'expiryWithoutToken',
  'secretNeededForNewKey',
  'invalid',
  'outOfRange',
  'relayNameCharacters',
  'invalidClientToken',
  'invalidUrl',
  'endBeforeStart',
  'windowTooLong',
  'patternWithoutNumber',
]);
export type FieldIssueCode = z.infer<typeof FieldIssueCode>;

/** One field's problem, with the values its message interpolates (e.g. `{ max: 64 }`). */
export const FieldIssue = z.object({
  code: FieldIssueCode,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

/** Problems by field name; empty when the input is acceptable. */
export type FieldIssues = Record<string, FieldIssue>;
