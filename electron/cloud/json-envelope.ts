/**
 * The parsed body of an answer, or undefined when it is not JSON. Envelopes come from a network we
 * do not control, so "unreadable" is an expected answer, not an exception.
 */
export function parseBody(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** A JSON object, as opposed to an array, a string or null. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field holding a non-empty string (numbers are read as their text, as some gateways send codes as numbers), else undefined. */
export function textField(object: Record<string, unknown>, name: string): string | undefined {
  const value = object[name];
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
