import type { Provider } from '../../shared/domain/provider';
import type { ProfileRecord } from '../credentials/profile-record';
import { flattenRpcParams, type RpcValue } from './aliyun/rpc-params';
import { signAliyunV3 } from './aliyun/sign-acs3';
import { signAliyunV1 } from './aliyun/sign-rpc-v1';
import type { Credentials, Endpoint, HttpRequest } from './http-request';
import { signVolcengine } from './volcengine/sign-v4';

/** API versions the product speaks. */
export const apiVersions: Readonly<Record<Provider, string>> = { aliyun: '2016-11-01', volcengine: '2023-01-01' };

/** One attempt's inputs: what to call, as whom, where, and the attempt's own time and nonce. */
export interface AttemptInput {
  action: string;
  method: 'GET' | 'POST';
  params: Readonly<Record<string, RpcValue>>;
  profile: ProfileRecord;
  credentials: Credentials;
  endpoint: Endpoint;
  date: Date;
  nonce: string;
}

function withoutEmpty(params: Readonly<Record<string, RpcValue>>): Record<string, RpcValue> {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== ''));
}

/**
 * Signs one attempt as its provider expects: Alibaba RPC parameters in the query (V3, or V1 per
 * profile); Volcengine API parameters in the query for GET actions and as a JSON body for POST
 * ones. Each attempt is signed afresh — a new nonce and time — so a retry is never a replay.
 */
export function buildRequest(provider: Provider, input: AttemptInput): HttpRequest {
  const { action, method, params, profile, credentials, endpoint, date, nonce } = input;
  if (provider === 'aliyun') {
    const flat = flattenRpcParams(params);
    return profile.signatureVersion === 'v1'
      ? signAliyunV1({ method, endpoint, action, version: apiVersions.aliyun, params: flat, credentials, nonce, timestamp: date })
      : signAliyunV3({ method, endpoint, action, version: apiVersions.aliyun, query: flat, credentials, nonce, date });
  }
  const query = method === 'GET' ? flattenRpcParams(params) : {};
  const body = method === 'POST' ? JSON.stringify(withoutEmpty(params)) : null;
  return signVolcengine({
    method,
    endpoint,
    action,
    version: apiVersions.volcengine,
    query,
    body,
    credentials,
    date,
    region: profile.region,
    service: 'live',
  });
}
