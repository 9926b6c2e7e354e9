import { z } from 'zod';

/**
 * Request fields several Alibaba Live actions share, with one rule each, so a domain refused by
 * the switch is refused the same way by the online list and the studio forms.
 */

/**
 * A domain name, as the dual-stream actions (`Domain`) and everything else (`DomainName`) take it —
 * aliyun-live.md §0 "Naming traps". Letters, digits, dots and hyphens; `*` for wildcard domains.
 */
export const DomainName = z.string().trim().min(1).max(253).regex(/^[A-Za-z0-9*]([A-Za-z0-9.*-]*[A-Za-z0-9])?$/, { error: 'invalid' });

/**
 * An application or stream name. The reference states no character rule, so only what would
 * break a request is refused (blank, or longer than the 255 characters an ingest URL segment may
 * have); the cloud answers anything subtler with `InvalidParameter`.
 */
export const StreamPart = z.string().trim().min(1).max(255);

/**
 * An upstream's `UpstreamSequence`, exactly as QueryLiveDomainMultiStreamList returned it
 * (`teststream_AliRewrite_2`, §2.1); never composed by hand.
 */
export const UpstreamSequence = z.string().trim().min(1).max(255);

/**
 * An optional text filter: blank means "no filter", so nothing is sent (the signers would drop an
 * empty value anyway; here the request the journal records says so too).
 */
export function optionalFilter(text: z.ZodString) {
  return text.optional().transform((value) => (value === '' ? undefined : value));
}

/**
 * A whole number within the documented bounds (a page size of 1–100, say), refused as
 * `outOfRange` with both bounds so the message can say "from 1 to 100".
 */
export function intInRange(min: number, max: number) {
  return z.int({ error: 'invalid' }).superRefine((value, context) => {
    if (value < min || value > max) context.addIssue({ code: 'custom', message: 'outOfRange', params: { min, max } });
  });
}

/** A 1-based page number where the reference gives no upper bound. */
export const PageNumber = z.int({ error: 'invalid' }).min(1, { error: 'invalid' });
