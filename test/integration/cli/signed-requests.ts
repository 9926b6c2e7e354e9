import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import type { Received } from '../cloud/scripted-server';
import { aliyunOracle, volcengineOracleHeaders } from '../../unit/support/signing-oracles';
import { decodePairs, rawQuery } from '../../unit/support/wire-params';

// What a test server can check about a request it received: the signature recomputed by the
// providers' own SDK signers (test-only oracles) from what actually arrived, with the known secret.

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A header as received, as one string. */
export function header(request: Received, name: string): string {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

/** The query parameters as the server received them, decoded pair by pair. */
export function receivedQuery(request: Received): Record<string, string> {
  return decodePairs(rawQuery(request.url.href));
}

/** The parts of an Authorization header: `Credential`, `SignedHeaders`, `Signature`. */
export function authorizationParts(request: Received): Record<string, string> {
  const [, fields = ''] = /^\S+ (.*)$/.exec(header(request, 'authorization')) ?? [];
  return Object.fromEntries(fields.split(/,\s*/).map((field) => [field.slice(0, field.indexOf('=')), field.slice(field.indexOf('=') + 1)]));
}

/** The Authorization an Alibaba V3 request should carry, per @alicloud/openapi-util, from what arrived. */
export function expectedAliyunV3(request: Received, accessKeyId: string, secret: string): string {
  const signedNames = (authorizationParts(request).SignedHeaders ?? '').split(';');
  const signed = Object.fromEntries(signedNames.map((name) => [name, header(request, name)]));
  const query = receivedQuery(request);
  return aliyunOracle.getAuthorization({ method: request.method, pathname: '/', query, headers: signed }, 'ACS3-HMAC-SHA256', sha256Hex(request.body), accessKeyId, secret);
}

/** The Authorization a Volcengine request should carry, per @volcengine/openapi, from what arrived. */
export function expectedVolcengine(request: Received, accessKeyId: string, secret: string): string {
  const xDate = header(request, 'x-date');
  const date = new Date(xDate.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'));
  const headers = { host: header(request, 'host'), ...(request.body ? {} : { 'x-content-sha256': header(request, 'x-content-sha256') }) };
  const params = receivedQuery(request);
  const sdk = volcengineOracleHeaders({ method: request.method, region: 'cn-north-1', params, headers, ...(request.body ? { body: request.body } : {}) }, 'live', { accessKeyId, secretKey: secret }, date);
  return sdk.Authorization ?? '';
}

/** Runs a printed curl command in a POSIX shell, as an operator pasting it would. */
export async function runInShell(command: string): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)('sh', ['-c', command], { encoding: 'utf8' });
}
