/**
 * The one RFC 3986 percent-encoder and canonical query builder both clouds sign with.
 *
 * Alibaba (V1 and V3) and Volcengine canonicalise a query the same way: every name and value is
 * UTF-8 percent-encoded keeping only the unreserved set, pairs are sorted by encoded name and joined
 * with `&`. The same function also writes the query (and V1's form body) that goes on the wire, so
 * what is sent is by construction what was signed — the root cause of most signature mismatches
 * reported against these APIs is a second, slightly different encoder (`+` for space, `*` left
 * bare) on the sending side.
 */

/** Text made only of RFC 3986 unreserved characters, which encodes to itself: most names and values. */
const UNRESERVED_ONLY = /^[A-Za-z0-9._~-]*$/;

/** The characters `encodeURIComponent` leaves bare that RFC 3986 reserves. */
const SUB_DELIMS_LEFT_BARE = /[!'()*]/g;

/**
 * Percent-encodes a string per RFC 3986: keeps `A–Z a–z 0–9 - _ . ~`, writes every other UTF-8
 * byte as `%XX` with upper-case hex (space → `%20`, never `+`; `* ! ' ( )` encoded, `~` not).
 *
 * Why not plain `encodeURIComponent`: it leaves `! ' ( ) *` unencoded, which the gateways encode
 * when they recompute the signature. A string with a lone surrogate has no UTF-8 form and throws
 * `URIError` rather than being signed as something other than what the caller meant.
 */
export function percentEncode(text: string): string {
  if (UNRESERVED_ONLY.test(text)) return text;
  return encodeURIComponent(text).replace(
    SUB_DELIMS_LEFT_BARE,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Orders strings by UTF-16 code unit, which for percent-encoded (ASCII) text is byte order. */
function byCodeUnit(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/**
 * The canonical query string of a set of parameters: `encName=encValue` pairs sorted by encoded name
 * in code-unit order (upper-case before lower-case), joined with `&`; no parameters → `''`.
 *
 * A parameter whose value is the empty string is left out, here, for both the signature and the
 * wire: the providers' own signers disagree on how to render one (`name=` vs `name`), so the app
 * never sends one. Because signers and the wire share this function, a dropped parameter can never
 * be signed-but-not-sent or the reverse.
 */
export function canonicalQuery(params: Readonly<Record<string, string>>): string {
  return Object.entries(params)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => [percentEncode(name), percentEncode(value)] as const)
    .sort(([a], [b]) => byCodeUnit(a, b))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}
