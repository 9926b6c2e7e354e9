import { createHmac } from 'node:crypto';
import { sha256Hex } from '../sha256-hex';
import type { Credentials, Endpoint, HttpRequest } from '../http-request';
import { canonicalQuery } from '../percent-encode';
import { utcSeconds } from '../utc-seconds';

/**
 * Volcengine's HMAC-SHA256 header signature ("V4"). The app signs the reference's recommended
 * profile — `host;x-content-sha256;x-date`, plus `x-security-token` with STS — which follows the
 * docs and the Go SDK. `Content-Type` is sent but not signed, as the official Node SDK does: the
 * gateway verifies whatever `SignedHeaders` lists, and a transport that appends `; charset=utf-8`
 * then cannot break the signature.
 */

const ALGORITHM = 'HMAC-SHA256';

/** What to sign. The date is an input so the signer stays pure and a retry can re-sign. */
export interface VolcengineInput {
  method: HttpRequest['method'];
  endpoint: Endpoint;
  action: string;
  version: string;
  /** API parameters of a GET (Action and Version are added); empty values are not sent. */
  query: Readonly<Record<string, string>>;
  /** The exact JSON text of a POST body, hashed and sent byte for byte; null for none. */
  body: string | null;
  credentials: Credentials;
  date: Date;
  /** `cn-north-1` for Live; a wrong scope is a silent `SignatureDoesNotMatch`. */
  region: string;
  /** `live`. */
  service: string;
}

/** Header entries with lower-case names, sorted by name. */
function sortedByName(headers: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(headers)
    .map(([name, value]): [string, string] => [name.toLowerCase(), value])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The CanonicalRequest: method, `/`, canonical query, one `name:value\n` line per signed header
 * (lower-case names sorted, values trimmed), a blank line, the signed names joined with `;`, the
 * body hash. `headers` are exactly the headers to sign.
 *
 * Exported, like the steps after it, so each stage can be checked against the documented worked
 * examples (including ones signed with other header sets than the app's profile) and diffed when
 * the gateway answers `SignatureDoesNotMatch`.
 */
export function volcengineCanonicalRequest(
  method: HttpRequest['method'],
  query: Readonly<Record<string, string>>,
  headers: Readonly<Record<string, string>>,
  bodySha256: string,
): string {
  const entries = sortedByName(headers);
  const canonicalHeaders = entries.map(([name, value]) => `${name}:${value.trim()}\n`).join('');
  const signedHeaders = entries.map(([name]) => name).join(';');
  return [method, '/', canonicalQuery(query), canonicalHeaders, signedHeaders, bodySha256].join('\n');
}

/** `HMAC-SHA256\n<X-Date>\n<scope>\n<hex sha256(canonical request)>`. */
export function volcengineStringToSign(xDate: string, credentialScope: string, canonicalRequest: string): string {
  return [ALGORITHM, xDate, credentialScope, sha256Hex(canonicalRequest)].join('\n');
}

/**
 * kSigning = HMAC(HMAC(HMAC(HMAC(SK, shortDate), region), service), "request"), raw bytes at each
 * step and no `AWS4`-style prefix. The SK is used as the text it was issued as, never
 * base64-decoded even though it looks like base64.
 */
export function volcengineSigningKey(secretKey: string, shortDate: string, region: string, service: string): Buffer {
  const kDate = createHmac('sha256', secretKey).update(shortDate, 'utf8').digest();
  const kRegion = createHmac('sha256', kDate).update(region, 'utf8').digest();
  const kService = createHmac('sha256', kRegion).update(service, 'utf8').digest();
  return createHmac('sha256', kService).update('request', 'utf8').digest();
}

/** Lower-case hex HMAC-SHA256 of the StringToSign under the derived key. */
export function volcengineSignature(signingKey: Buffer, stringToSign: string): string {
  return createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
}

/**
 * Signs a Volcengine OpenAPI call. `Action` and `Version` always go in the query (also on POST);
 * headers are `Host` (the endpoint host), `X-Date`, `X-Content-Sha256` (always, the empty-body
 * hash when there is no body) and, with STS, `X-Security-Token` — all set before signing and all
 * signed — then `Content-Type: application/json` for POST (unsigned) and `Authorization`.
 * The URL query is written by the same encoder, in the same order, as the signed one; the body is
 * sent as the exact string that was hashed. Throws on a GET with a body and on a query parameter
 * named `Action` or `Version`.
 */
export function signVolcengine(input: VolcengineInput): HttpRequest {
  const { method, endpoint, credentials, body } = input;
  if (method === 'GET' && body !== null) throw new Error('A GET request has no body; put its parameters in the query');
  for (const name of ['Action', 'Version']) {
    if (Object.hasOwn(input.query, name)) throw new Error(`${name} is set by the signer; it cannot be a query parameter`);
  }
  const query = { ...input.query, Action: input.action, Version: input.version };
  const xDate = utcSeconds(input.date).replace(/[-:]/g, '');
  const shortDate = xDate.slice(0, 8);
  const bodySha256 = sha256Hex(body ?? '');

  const headers: Record<string, string> = {
    Host: endpoint.host,
    'X-Date': xDate,
    'X-Content-Sha256': bodySha256,
  };
  if (credentials.securityToken) headers['X-Security-Token'] = credentials.securityToken;

  const scope = `${shortDate}/${input.region}/${input.service}/request`;
  const stringToSign = volcengineStringToSign(xDate, scope, volcengineCanonicalRequest(method, query, headers, bodySha256));
  const signature = volcengineSignature(
    volcengineSigningKey(credentials.accessKeySecret, shortDate, input.region, input.service),
    stringToSign,
  );
  const signedHeaders = sortedByName(headers)
    .map(([name]) => name)
    .join(';');
  const authorization = `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;

  return {
    method,
    url: `${endpoint.protocol}//${endpoint.host}/?${canonicalQuery(query)}`,
    headers: {
      ...headers,
      ...(method === 'POST' ? { 'Content-Type': 'application/json' } : {}),
      Authorization: authorization,
    },
    body,
  };
}
