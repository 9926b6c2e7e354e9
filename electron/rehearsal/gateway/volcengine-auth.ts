import { sha256Hex } from '../../cloud/sha256-hex';
import { volcengineSignature, volcengineSigningKey, volcengineStringToSign } from '../../cloud/volcengine/sign-v4';
import { CloudFault } from '../cloud-fault';
import { rehearsalVolcengineRegion, type RehearsalAccount } from '../rehearsal-keys';
import { headerText, type Incoming } from './incoming';
import { receivedCanonicalQuery, sameSignature } from './server-canonical';

/** What authentication checks against. */
export interface VolcengineAuthContext {
  accounts: ReadonlyMap<string, RehearsalAccount>;
  /** The cloud's clock (epoch ms). */
  now: number;
}

/** How long a signature is valid without `X-Expires` (volcengine-live.md §1: 900 s). */
const defaultExpiresSeconds = 900;
const authorizationForm = /^HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/request,\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]+)$/;
const xDateForm = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** A gateway fault with the numeric code Volcengine's gateway adds (§6.2). */
export class VolcengineGatewayFault extends CloudFault {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly codeN: number,
  ) {
    super(status, code, message);
  }
}

function xDateMillis(xDate: string): number | null {
  const parts = xDateForm.exec(xDate);
  if (!parts) return null;
  const [, y, mo, d, h, mi, s] = parts.map(Number) as [number, number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

/**
 * Authenticates a request as Volcengine's OpenAPI gateway does (HMAC-SHA256, §3): the key is
 * known, the credential scope is `<date>/cn-north-1/live/request`, the signature over exactly the
 * headers the request lists in `SignedHeaders` matches, a signed `X-Content-Sha256` is the body's
 * hash, and `X-Date` is within the validity window (`X-Expires`, 900 s by default) of the cloud's
 * time; a temporary key's signed `X-Security-Token` is its own. Returns the calling account.
 */
export function authenticateVolcengine(incoming: Incoming, context: VolcengineAuthContext): RehearsalAccount {
  const authorization = headerText(incoming, 'authorization');
  if (!authorization) throw new VolcengineGatewayFault(401, 'MissingAuthenticationToken', 'Request is missing Authentication Token', 100003);
  const parts = authorizationForm.exec(authorization);
  if (!parts) throw new VolcengineGatewayFault(400, 'InvalidAuthorization', 'The Authorization header is malformed', 100005);
  const [, accessKeyId = '', shortDate = '', region = '', service = '', signedList = '', signature = ''] = parts;
  const xDate = headerText(incoming, 'x-date');
  if (!xDate) throw new VolcengineGatewayFault(400, 'MissingRequestInfo', 'The request is missing X-Date', 100004);
  const account = context.accounts.get(accessKeyId);
  if (!account) throw new VolcengineGatewayFault(401, 'InvalidAccessKey', 'The AccessKey ID you provided does not exist', 100009);

  const bodyHash = sha256Hex(incoming.body);
  const signed = signedList.split(';');
  const lines = signed.map((name) => `${name}:${(headerText(incoming, name) ?? '').trim()}\n`).join('');
  const canonicalRequest = [incoming.method, '/', receivedCanonicalQuery(incoming.query), lines, signedList, bodyHash].join('\n');
  const scope = `${shortDate}/${region}/${service}/request`;
  const stringToSign = volcengineStringToSign(xDate, scope, canonicalRequest);
  const expected = volcengineSignature(volcengineSigningKey(account.secret, shortDate, rehearsalVolcengineRegion, 'live'), stringToSign);
  const hashClaimed = signed.includes('x-content-sha256') ? headerText(incoming, 'x-content-sha256') : bodyHash;
  const scopeRight = region === rehearsalVolcengineRegion && service === 'live' && xDate.startsWith(shortDate);
  if (!scopeRight || hashClaimed !== bodyHash || !sameSignature(signature, expected)) {
    throw new VolcengineGatewayFault(401, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.', 100010);
  }

  const token = signed.includes('x-security-token') ? headerText(incoming, 'x-security-token') : undefined;
  if (token !== account.securityToken) throw new CloudFault(401, 'InvalidSecretToken', 'The security token is missing, invalid or expired');

  const signedAt = xDateMillis(xDate);
  const expires = Number(incoming.query.find(([name]) => name === 'X-Expires')?.[1] ?? defaultExpiresSeconds);
  const windowMs = (Number.isFinite(expires) && expires > 0 ? expires : defaultExpiresSeconds) * 1000;
  if (signedAt === null || Math.abs(context.now - signedAt) > windowMs) {
    throw new VolcengineGatewayFault(400, 'InvalidTimestamp', 'The request timestamp is expired or not yet valid', 100006);
  }
  return account;
}
