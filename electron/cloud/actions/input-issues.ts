import type { z } from 'zod';
import { FieldIssueCode, type FieldIssues } from '../../../shared/errors/field-issue';

/**
 * Zod's refusals as field issues the operator can read. Schemas name the rule they enforce in
 * their error option (`z.string().regex(re, { error: 'invalidUrl' })` — any
 * FieldIssueCode); length limits become `tooLong` with the maximum, and a missing or empty
 * required value `required`. Anything else is `invalid`. The first problem per field wins. A rule
 * whose message needs values (`outOfRange` from 1 to 100, `windowTooLong` of 7 days) raises a
 * custom issue carrying them in `params`.
 */
export function fieldIssuesFrom(error: z.ZodError): FieldIssues {
  const issues: FieldIssues = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'request';
    if (issues[field]) continue;
    const named = FieldIssueCode.safeParse(issue.message);
    if (named.success) issues[field] = { code: named.data, params: paramsOf(issue) };
    else if (issue.code === 'too_big') issues[field] = { code: 'tooLong', params: { max: Number(issue.maximum) } };
    else if (issue.code === 'too_small' || (issue.code === 'invalid_type' && issue.input === undefined)) issues[field] = { code: 'required', params: {} };
    else issues[field] = { code: 'invalid', params: {} };
  }
  return issues;
}

function paramsOf(issue: z.core.$ZodIssue): Record<string, string | number> {
  if (issue.code === 'too_big') return { max: Number(issue.maximum) };
  if (issue.code === 'too_small') return { min: Number(issue.minimum) };
  if (issue.code !== 'custom') return {};
  const given = Object.entries(issue.params ?? {}).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number');
  return Object.fromEntries(given);
}
