/**
 * Reads back the parameters a signed request actually carries, the way a server does — but with
 * `decodeURIComponent` on each split pair, not `URLSearchParams`, which would turn a literal `+`
 * into a space and so hide exactly the bug these tests look for.
 */

/** Only unreserved characters and upper-case `%XX` escapes, in `name=value` pairs joined by `&`. */
export const STRICT_QUERY = /^(?:(?:[A-Za-z0-9\-_.~]|%[0-9A-F]{2})+=(?:[A-Za-z0-9\-_.~]|%[0-9A-F]{2})*(?:&|$))*$/;

/** Decodes `a=1&b=2`; throws on a repeated name or a pair without `=`. */
export function decodePairs(text: string): Record<string, string> {
  const params: Record<string, string> = {};
  if (text === '') return params;
  for (const pair of text.split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0) throw new Error(`pair without '=': ${pair}`);
    const name = decodeURIComponent(pair.slice(0, eq));
    if (Object.hasOwn(params, name)) throw new Error(`repeated parameter ${name}`);
    params[name] = decodeURIComponent(pair.slice(eq + 1));
  }
  return params;
}

/** The raw query text of a URL (after `?`, no fragment), `''` when there is none. */
export function rawQuery(url: string): string {
  const at = url.indexOf('?');
  return at < 0 ? '' : url.slice(at + 1);
}

/** The parameters with empty values removed: what the app promises to send. */
export function withoutEmpty(params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== ''));
}
