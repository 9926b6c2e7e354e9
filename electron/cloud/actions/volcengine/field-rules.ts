import type { z } from 'zod';
import type { FieldIssues } from '../../../../shared/errors/field-issue';

/**
 * Runs a form's pure rules (shared/domain/*-validation.ts) inside an action's input schema, so
 * main refuses a request with exactly the codes the form showed as the operator typed — one set
 * of rules, not two that drift. Each field issue becomes a custom zod issue whose message is the
 * rule's code (read back by input-issues.ts) and whose params are the rule's. The rules run once
 * the input has the right shape; a missing or mistyped field is reported first.
 */
export function withFieldRules<S extends z.ZodType>(schema: S, rules: (value: z.output<S>) => FieldIssues): S {
  return schema.superRefine((value, ctx) => {
    for (const [field, found] of Object.entries(rules(value))) {
      ctx.addIssue({ code: 'custom', path: field.split('.'), message: found.code, params: found.params, input: value });
    }
  });
}
