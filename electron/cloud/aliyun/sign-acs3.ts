import { createHmac } from 'node:crypto';
import { sha256Hex } from '../sha256-hex';
import type { Credentials, Endpoint, HttpRequest } from '../http-request';
import { canonicalQuery } from '../percent-encode';
import { utcSeconds } from '../utc-seconds';

/**
 * Alibaba Cloud's V3 signature, `ACS3-HMAC-SHA256` (what the current SDKs use). Action, version,
 * time and nonce travel as `x-acs-*` headers; only business parameters are in the query. For every
 * Live action the app calls the SDK puts all of them in the query and sends no body, so this signer
 * does the same.
 */

const ALGORITHM = 'ACS3-HMAC-SHA256';

/** What to sign. Time and nonce are inputs so the signer stays pure and a retry can re-sign. */
export interface AliyunV3Input {
  method: HttpRequest['method'];
  endpoint: Endpoint;
  action: string;
  version: string;
  /** Business parameters, already flat (see `flattenRpcParams`); empty values are not sent. */
  query: Readonly<Record<string, string>>;
  credentials: Credentials;
  /** Unique per attempt (a UUID); the gateway rejects a reused one with `SignatureNonceUsed`. */
  nonce: string;
  date: Date;
}

/** The hash of an empty body, sent as `x-acs-content-sha256` on every bodiless call. */
const EMPTY_BODY_SHA256 = sha256Hex('');

/**
 * The V3 CanonicalRequest: method, `/`, canonical query, one `name:value\n` line per signed header
 * (names lower-case and sorted, values trimmed), a blank line, the signed header names joined with
 * `;`, the payload hash.
 *
 * Exported so the canonical text can be diffed against the provider's documented example, the
 * first thing to look at when the gateway answers `SignatureDoesNotMatch`. `headers` are exactly
 * the headers to sign (`host`, `x-acs-*`).
 */
export function acs3CanonicalRequest(
  method: HttpRequest['method'],
  query: Readonly<Record<string, string>>,
  headers: Readonly<Record<string, string>>,
  payloadSha256: string,
): string {
  return canonicalRequestOf(method, canonicalQuery(query), sortedByName(headers), payloadSha256);
}

/** The canonical request from an already-built query and sorted headers (built once per call). */
function canonicalRequestOf(method: HttpRequest['method'], query: string, sorted: [string, string][], payloadSha256: string): string {
  const canonicalHeaders = sorted.map(([name, value]) => `${name}:${value.trim()}\n`).join('');
  return [method, '/', query, canonicalHeaders, namesOf(sorted), payloadSha256].join('\n');
}

/** Header entries with lower-case names, sorted by name (not by line: `a-b:` vs `a:` differ). */
function sortedByName(headers: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(headers)
    .map(([name, value]): [string, string] => [name.toLowerCase(), value])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The signed header names of sorted headers, joined with `;`. */
function namesOf(sorted: readonly [string, string][]): string {
  return sorted.map(([name]) => name).join(';');
}

/** `ACS3-HMAC-SHA256\n` + hex SHA-256 of the canonical request; the doc's second checkpoint. */
export function acs3StringToSign(canonicalRequest: string): string {
  return `${ALGORITHM}\n${sha256Hex(canonicalRequest)}`;
}

/**
 * Signs a V3 RPC call. Headers: `host` (the endpoint host, signed — it must be what is sent),
 * `x-acs-action`, `x-acs-version`, `x-acs-date` (no milliseconds), `x-acs-signature-nonce`,
 * `x-acs-content-sha256` (the empty-body hash) and, with STS credentials, `x-acs-security-token`;
 * all of them are signed, then `Authorization` is added. The key is the raw secret (no `&`, unlike
 * V1). The URL query is written by the same encoder, in the same order, as the signed one.
 */
export function signAliyunV3(input: AliyunV3Input): HttpRequest {
  const { method, endpoint, credentials } = input;
  const headers: Record<string, string> = {
    host: endpoint.host,
    'x-acs-action': input.action,
    'x-acs-version': input.version,
    'x-acs-date': utcSeconds(input.date),
    'x-acs-signature-nonce': input.nonce,
    'x-acs-content-sha256': EMPTY_BODY_SHA256,
  };
  if (credentials.securityToken) headers['x-acs-security-token'] = credentials.securityToken;

  const query = canonicalQuery(input.query);
  const sorted = sortedByName(headers);
  const signature = createHmac('sha256', credentials.accessKeySecret)
    .update(acs3StringToSign(canonicalRequestOf(method, query, sorted, EMPTY_BODY_SHA256)), 'utf8')
    .digest('hex');
  headers.Authorization = `${ALGORITHM} Credential=${credentials.accessKeyId},SignedHeaders=${namesOf(sorted)},Signature=${signature}`;

  const url = `${endpoint.protocol}//${endpoint.host}/${query === '' ? '' : `?${query}`}`;
  return { method, url, headers, body: null };
}
