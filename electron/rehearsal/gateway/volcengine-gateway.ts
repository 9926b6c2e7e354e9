import { randomBytes, randomUUID } from 'node:crypto';
import type { RequestListener, ServerResponse } from 'node:http';
import { actionSpec } from '../../cloud/action-catalog';
import { apiVersions } from '../../cloud/build-request';
import type { Logger } from '../../log';
import { CloudFault } from '../cloud-fault';
import type { FaultPlan } from '../faults/fault-plan';
import { rehearsalVolcengineRegion, type RehearsalAccount } from '../rehearsal-keys';
import { volcengineActions } from '../volcengine/volcengine-actions';
import type { VolcengineAccountWorld } from '../world/volcengine-world';
import { serveIncoming, type Incoming } from './incoming';
import type { RateGate } from './rate-gate';
import { actOut, pause, sendJson } from './respond';
import { VolcengineGatewayFault, authenticateVolcengine } from './volcengine-auth';

/** What the Volcengine endpoint serves from. */
export interface VolcengineGatewayDeps {
  accounts: ReadonlyMap<string, RehearsalAccount>;
  worlds: ReadonlyMap<string, VolcengineAccountWorld>;
  rate: RateGate;
  faults: FaultPlan;
  /** The cloud's clock (epoch ms), skew included. */
  now(): number;
  /** A monotonic clock (ms) for flow control: a skewed cloud clock does not change elapsed time. */
  elapsed(): number;
  log: Logger;
}

/** Query parameters that address the API rather than carry the action's input. */
const addressing = new Set(['Action', 'Version', 'X-Expires']);

/** A request id in Volcengine's shape: the UTC time to the second, then 20 hex digits. */
function volcengineRequestId(now: number): string {
  return `${new Date(now).toISOString().replace(/\D/g, '').slice(0, 14)}${randomBytes(10).toString('hex').toUpperCase()}`;
}

/** The action's input: the JSON object body of a POST, the query strings of a GET. */
function inputOf(incoming: Incoming): Record<string, unknown> {
  if (incoming.method === 'GET') return Object.fromEntries(incoming.query.filter(([name]) => !addressing.has(name)));
  let parsed: unknown;
  try {
    parsed = JSON.parse(incoming.body === '' ? '{}' : incoming.body);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new CloudFault(400, 'InvalidParam.BindError', 'Request parameter error, please check input data');
  }
  return parsed as Record<string, unknown>;
}

/**
 * Serves Volcengine Live's OpenAPI on `/` as its gateway does, in order: a drill's delay or
 * injected fault; `Action` and `Version` in the query; the signature; the action's HTTP method;
 * the rate limit per access key and action; the action; an "after" fault that swallows the answer.
 * Every answer — errors too — is the `ResponseMetadata` envelope, errors in its `Error`.
 */
export function createVolcengineGateway(deps: VolcengineGatewayDeps): RequestListener {
  const handle = async (incoming: Incoming, res: ServerResponse) => {
    const named = (name: string) => incoming.query.find(([key]) => key === name)?.[1];
    const action = named('Action') ?? '';
    const version = named('Version') ?? '';
    const requestId = volcengineRequestId(deps.now());
    const metadata = { RequestId: requestId, Action: action, Version: version, Service: 'live', Region: rehearsalVolcengineRegion };
    const answer = (fault: CloudFault) =>
      sendJson(
        res,
        { status: fault.status, body: { ResponseMetadata: { ...metadata, Error: { ...(fault instanceof VolcengineGatewayFault ? { CodeN: fault.codeN } : {}), Code: fault.code, Message: fault.message } } } },
        deps.now(),
      );
    const faults = deps.faults.forCall('volcengine', action);
    await pause(faults.delayMs);
    if (faults.before) return actOut(res, faults.before, answer);
    try {
      if (!action || !version) throw new VolcengineGatewayFault(400, 'MissingParameter', 'Action and Version are required query parameters', 100002);
      const handler = Object.hasOwn(volcengineActions, action) ? volcengineActions[action] : undefined;
      if (incoming.path !== '/' || !handler || version !== apiVersions.volcengine) {
        throw new VolcengineGatewayFault(404, 'InvalidActionOrVersion', `Could not find operation ${action} for version ${version}`, 100008);
      }
      const now = deps.now();
      const account = authenticateVolcengine(incoming, { accounts: deps.accounts, now });
      const world = deps.worlds.get(account.accessKeyId);
      const spec = actionSpec('volcengine', action);
      if (incoming.method !== spec.method || !world) throw new CloudFault(405, 'MethodNotAllowed', `${action} does not accept ${incoming.method}`);
      const limit = faults.perSecond === null ? spec.limit : { count: faults.perSecond, windowMs: 1000 };
      if (!deps.rate.admit(`${account.accessKeyId}|${action}`, limit, deps.elapsed())) throw new VolcengineGatewayFault(429, 'FlowLimitExceeded', 'Flow limit exceeded', 100018);
      const result = handler({ account: world, input: inputOf(incoming), now, newId: () => randomUUID().replace(/-/g, '') });
      if (faults.after) return actOut(res, faults.after, answer);
      sendJson(res, { status: 200, body: { ResponseMetadata: metadata, ...(result === undefined ? {} : { Result: result }) } }, deps.now());
    } catch (thrown) {
      if (!(thrown instanceof CloudFault)) throw thrown;
      answer(thrown);
    }
  };
  return serveIncoming(handle, (res, thrown) => {
    deps.log.error(`volcengine gateway: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    const metadata = { RequestId: volcengineRequestId(deps.now()), Action: '', Version: '', Service: 'live', Region: rehearsalVolcengineRegion };
    sendJson(res, { status: 500, body: { ResponseMetadata: { ...metadata, Error: { Code: 'InternalError', Message: 'an internal error occurred, please contact the administrator.' } } } }, deps.now());
  });
}
