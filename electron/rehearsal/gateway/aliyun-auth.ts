import { createHmac } from 'node:crypto';
import { acs3StringToSign } from '../../cloud/aliyun/sign-acs3';
import { percentEncode } from '../../cloud/percent-encode';
import { sha256Hex } from '../../cloud/sha256-hex';
import { CloudFault } from '../cloud-fault';
import type { RehearsalAccount } from '../rehearsal-keys';
import { formPairs, headerText, type Incoming } from './incoming';
import type { NonceBook } from './nonce-book';
import { receivedCanonicalQuery, sameSignature } from './server-canonical';

/** Who called and what they asked for, once the signature holds. */
export interface AliyunCaller {
  account: RehearsalAccount;
  action: string;
  version: string;
  /** Business parameters only: common and signature parameters removed. */
  params: Record<string, string>;
}

/** What authentication checks against. */
export interface AliyunAuthContext {
  accounts: ReadonlyMap<string, RehearsalAccount>;
  nonces: NonceBook;
  /** The cloud's clock (epoch ms). */
  now: number;
}

/** How far a request's time may be from the cloud's (aliyun-live.md §5.2, §6.2). */
export const timestampToleranceMs = 15 * 60 * 1000;

/** V1 parameters that are about signing, not the action. */
const v1Common = new Set(['Action', 'Version', 'Format', 'AccessKeyId', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp', 'Signature', 'SecurityToken']);
const utcSecondsForm = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const acs3Authorization = /^ACS3-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]+)$/;

const incomplete = () => new CloudFault(400, 'IncompleteSignature', 'The request signature does not conform to Aliyun standards.');
const mismatch = (stringToSign: string) =>
  new CloudFault(400, 'SignatureDoesNotMatch', `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`);

function accountFor(context: AliyunAuthContext, accessKeyId: string): RehearsalAccount {
  const account = context.accounts.get(accessKeyId);
  if (!account) throw new CloudFault(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
  return account;
}

/**
 * A temporary key's calls must carry its token (`MissingSecurityToken` without it); a token on a
 * call must be the key's own. Names follow the documented `InvalidSecurityToken.*` family.
 */
function checkSecurityToken(account: RehearsalAccount, token: string | undefined): void {
  if (account.securityToken && !token) throw new CloudFault(400, 'MissingSecurityToken', 'SecurityToken is mandatory for this action.');
  if (token !== undefined && token !== account.securityToken) {
    throw new CloudFault(400, 'InvalidSecurityToken.MismatchWithAccessKey', 'Specified SecurityToken mismatch with the AccessKey.');
  }
}

/** The time checks every signature ends with: well-formed, within tolerance, nonce unused. */
function checkFreshness(context: AliyunAuthContext, accessKeyId: string, time: string | undefined, nonce: string | undefined): void {
  if (!time) throw new CloudFault(400, 'IllegalTimestamp', 'The input parameter "Timestamp" that is mandatory for processing this request is not supplied.');
  if (!utcSecondsForm.test(time) || Number.isNaN(Date.parse(time))) {
    throw new CloudFault(400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.');
  }
  if (Math.abs(context.now - Date.parse(time)) > timestampToleranceMs) {
    throw new CloudFault(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
  }
  if (!nonce) throw new CloudFault(400, 'MissingSignatureNonce', 'SignatureNonce is mandatory for this action.');
  if (!context.nonces.admit(accessKeyId, nonce, context.now)) {
    throw new CloudFault(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
  }
}

/**
 * V1 (HMAC-SHA1): every parameter, in the query or a form body, except `Signature`, is signed;
 * the key is `secret&`. The string to sign is quoted back on a mismatch, as the gateway does.
 */
function authenticateV1(incoming: Incoming, context: AliyunAuthContext): AliyunCaller {
  const pairs = [...incoming.query, ...formPairs(incoming)];
  const all = Object.fromEntries(pairs);
  if (!all.Signature || !all.AccessKeyId) throw incomplete();
  if (all.SignatureMethod !== 'HMAC-SHA1') throw new CloudFault(400, 'InvalidSignatureMethod', 'Specified signature method is not valid.');
  if (all.SignatureVersion !== '1.0') throw incomplete();
  const account = accountFor(context, all.AccessKeyId);
  const stringToSign = `${incoming.method}&${percentEncode('/')}&${percentEncode(receivedCanonicalQuery(pairs.filter(([name]) => name !== 'Signature')))}`;
  const expected = createHmac('sha1', `${account.secret}&`).update(stringToSign, 'utf8').digest('base64');
  if (!sameSignature(all.Signature, expected)) throw mismatch(stringToSign);
  checkSecurityToken(account, all.SecurityToken);
  checkFreshness(context, account.accessKeyId, all.Timestamp, all.SignatureNonce);
  const params = Object.fromEntries(Object.entries(all).filter(([name]) => !v1Common.has(name)));
  return { account, action: all.Action ?? '', version: all.Version ?? '', params };
}

/**
 * V3 (`ACS3-HMAC-SHA256`): action, version, time and nonce in `x-acs-*` headers; `host` and every
 * `x-acs-*` header must be signed; the payload hash is checked against the body received.
 */
function authenticateV3(incoming: Incoming, authorization: string, context: AliyunAuthContext): AliyunCaller {
  const parts = acs3Authorization.exec(authorization);
  if (!parts) throw incomplete();
  const [, accessKeyId = '', signedList = '', signature = ''] = parts;
  const account = accountFor(context, accessKeyId);
  const signed = signedList.split(';');
  const mustSign = Object.keys(incoming.headers).filter((name) => name === 'host' || name.startsWith('x-acs-'));
  if (mustSign.some((name) => !signed.includes(name))) throw incomplete();
  const payloadHash = headerText(incoming, 'x-acs-content-sha256') ?? '';
  const lines = signed.map((name) => `${name}:${(headerText(incoming, name) ?? '').trim()}\n`).join('');
  const canonicalRequest = [incoming.method, '/', receivedCanonicalQuery(incoming.query), lines, signedList, payloadHash].join('\n');
  const stringToSign = acs3StringToSign(canonicalRequest);
  const expected = createHmac('sha256', account.secret).update(stringToSign, 'utf8').digest('hex');
  if (!sameSignature(signature, expected) || payloadHash !== sha256Hex(incoming.body)) throw mismatch(stringToSign);
  checkSecurityToken(account, headerText(incoming, 'x-acs-security-token'));
  checkFreshness(context, account.accessKeyId, headerText(incoming, 'x-acs-date'), headerText(incoming, 'x-acs-signature-nonce'));
  const params = Object.fromEntries([...incoming.query, ...formPairs(incoming)]);
  return { account, action: headerText(incoming, 'x-acs-action') ?? '', version: headerText(incoming, 'x-acs-version') ?? '', params };
}

/**
 * Authenticates a request as Alibaba's API gateway does, with either signature the SDKs use:
 * V3 when an `ACS3-HMAC-SHA256` Authorization header is present, else V1 parameters. Checks, in
 * order: the key is known, the signature matches, the time is within 15 minutes, the nonce is new.
 */
export function authenticateAliyun(incoming: Incoming, context: AliyunAuthContext): AliyunCaller {
  const authorization = headerText(incoming, 'authorization');
  return authorization?.startsWith('ACS3-HMAC-SHA256') ? authenticateV3(incoming, authorization, context) : authenticateV1(incoming, context);
}
