import { createRequire } from 'node:module';
import type * as VolcengineSignModule from '@volcengine/openapi/lib/base/sign';

/**
 * The providers' official signers, loaded as test-only oracles (DESIGN.md: signatures are checked
 * against them so a bug cannot hide by being the same in our signer and in the rehearsal cloud).
 *
 * Both packages are CommonJS; `require` gives exactly the object their docs describe
 * (`require('@alicloud/openapi-util').default`), with no ESM-interop guesswork.
 */
const require = createRequire(import.meta.url);

/**
 * The part of `@alicloud/openapi-util@0.3.3` the tests call. Its own .d.ts types `getAuthorization`'s
 * request as a `@alicloud/tea-typescript` `Request` class (a transitive dependency we do not
 * declare); the function only reads these four fields, so a plain object is what we describe.
 */
export interface AliyunOpenApiUtil {
  getRPCSignature(signedParams: Record<string, string>, method: string, secret: string): string;
  getAuthorization(
    request: { method: string; pathname: string; query: Record<string, string>; headers: Record<string, string> },
    signatureAlgorithm: 'ACS3-HMAC-SHA256',
    payloadSha256: string,
    accessKeyId: string,
    accessKeySecret: string,
  ): string;
  /** The SDK's flattening of nested RPC parameters (`Tag.1.Key`), empty values kept. */
  query(filter: Record<string, unknown>): Record<string, string>;
}

export const aliyunOracle = (require('@alicloud/openapi-util') as { default: AliyunOpenApiUtil }).default;

/** `@volcengine/openapi@1.36.2`'s signing module, by its deep path so no service is loaded. */
const volcengineSign = require('@volcengine/openapi/lib/base/sign') as typeof VolcengineSignModule;

/** The Volcengine SDK's Signer (mutates the request it is given). */
export const VolcengineSigner = volcengineSign.default;

/** The Volcengine SDK's canonical query encoder, for a single-parameter encoding comparison. */
export const volcengineQueryString: (params: Record<string, string>) => string = volcengineSign.queryParamsToString;

/**
 * The Authorization header the Volcengine SDK computes for a request. Builds a fresh request object
 * per call because `Signer` mutates it (sorts params, adds headers).
 */
export function volcengineOracleHeaders(
  request: { method: string; region: string; params: Record<string, string>; headers: Record<string, string>; body?: string },
  service: string,
  credentials: { accessKeyId: string; secretKey: string; sessionToken?: string },
  date: Date,
): Record<string, string> {
  const fresh = {
    ...request,
    pathname: '/',
    params: { ...request.params },
    headers: { ...request.headers },
  };
  new VolcengineSigner(fresh, service).addAuthorization(credentials, date);
  return fresh.headers;
}
