import { createHmac } from 'node:crypto';
import type { Credentials, Endpoint, HttpRequest } from '../http-request';
import { canonicalQuery, percentEncode } from '../percent-encode';
import { utcSeconds } from '../utc-seconds';

/**
 * Alibaba Cloud's RPC signature, HMAC-SHA1 (`SignatureVersion=1.0`; Alibaba's docs call it the "V2
 * RPC signature"). All parameters, common and business, travel in one set that is signed as a
 * whole: in the URL query for GET, in an `application/x-www-form-urlencoded` body for POST.
 */

/** What to sign. Time and nonce are inputs so the signer stays pure and a retry can re-sign. */
export interface AliyunV1Input {
  method: HttpRequest['method'];
  endpoint: Endpoint;
  action: string;
  version: string;
  /** Business parameters, already flat (see `flattenRpcParams`); empty values are not sent. */
  params: Readonly<Record<string, string>>;
  credentials: Credentials;
  /** Unique per attempt (a UUID); the gateway rejects a reused one with `SignatureNonceUsed`. */
  nonce: string;
  timestamp: Date;
}

/** Parameters the signer owns; a business parameter of the same name is a caller bug. */
const COMMON_PARAMS = [
  'Action',
  'Version',
  'Format',
  'AccessKeyId',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureNonce',
  'Timestamp',
  'SecurityToken',
  'Signature',
] as const;

/**
 * The V1 StringToSign: `METHOD&%2F&` + the canonical query of every sent parameter except
 * `Signature`, percent-encoded a second time (so `:` shows as `%253A`).
 *
 * Exported because a `SignatureDoesNotMatch` error quotes the server's string to sign, and this is
 * the string to compare it with.
 */
export function aliyunV1StringToSign(method: HttpRequest['method'], signedParams: Readonly<Record<string, string>>): string {
  return `${method}&${percentEncode('/')}&${percentEncode(canonicalQuery(signedParams))}`;
}

/** Base64 HMAC-SHA1 of the StringToSign keyed with `secret + "&"` (the `&` is part of the key). */
export function aliyunV1Signature(stringToSign: string, accessKeySecret: string): string {
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign, 'utf8').digest('base64');
}

/**
 * Signs an RPC call with HMAC-SHA1 and lays it out for the wire.
 *
 * Adds the common parameters (`Format=JSON`, because the V1 default is XML; `Timestamp` without
 * milliseconds; `SecurityToken` with STS credentials). GET puts everything, `Signature` included,
 * in the URL query; POST sends `https://host/` with the same string as its form body. Either way
 * the wire text is the signed canonical query with `&Signature=…` appended, so it decodes to exactly
 * the parameters that were signed. Throws if a business parameter reuses a common parameter's name
 * (e.g. DescribeLiveUserDomains' own `SecurityToken`): sending it once, unsigned, or twice would all
 * be wrong.
 */
export function signAliyunV1(input: AliyunV1Input): HttpRequest {
  const { method, endpoint, credentials } = input;
  for (const name of COMMON_PARAMS) {
    if (Object.hasOwn(input.params, name)) {
      throw new Error(`${name} is a common parameter of the RPC signature; it cannot be a business parameter`);
    }
  }
  const signedParams: Record<string, string> = {
    ...input.params,
    Action: input.action,
    Version: input.version,
    Format: 'JSON',
    AccessKeyId: credentials.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: input.nonce,
    Timestamp: utcSeconds(input.timestamp),
  };
  if (credentials.securityToken) signedParams.SecurityToken = credentials.securityToken;

  const signature = aliyunV1Signature(aliyunV1StringToSign(method, signedParams), credentials.accessKeySecret);
  const wire = `${canonicalQuery(signedParams)}&Signature=${percentEncode(signature)}`;
  const base = `${endpoint.protocol}//${endpoint.host}/`;
  if (method === 'GET') return { method, url: `${base}?${wire}`, headers: {}, body: null };
  return {
    method,
    url: base,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: wire,
  };
}
