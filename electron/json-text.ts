import type { z } from 'zod';

/**
 * Parses text that should hold JSON of a known shape — a CLI's config file, a keychain entry —
 * into that shape, or null when it is not JSON or not of that shape. For input we did not write
 * ourselves, where "unreadable" is an expected answer rather than an exception.
 */
export function parseJsonAs<T>(schema: z.ZodType<T>, text: string): T | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
