import { randomUUID } from 'node:crypto';
import type { RequestListener, ServerResponse } from 'node:http';
import { actionSpec } from '../../cloud/action-catalog';
import { apiVersions } from '../../cloud/build-request';
import type { Logger } from '../../log';
import { aliyunActions } from '../aliyun/aliyun-actions';
import { CloudFault } from '../cloud-fault';
import type { FaultPlan } from '../faults/fault-plan';
import type { RehearsalAccount } from '../rehearsal-keys';
import type { AliyunAccountWorld } from '../world/aliyun-world';
import { authenticateAliyun } from './aliyun-auth';
import { replayOrRun } from './client-token';
import { formPairs, headerText, serveIncoming, type Incoming } from './incoming';
import type { NonceBook } from './nonce-book';
import type { RateGate } from './rate-gate';
import { actOut, pause, sendJson, type Answer } from './respond';

/** What the Alibaba endpoint serves from. */
export interface AliyunGatewayDeps {
  accounts: ReadonlyMap<string, RehearsalAccount>;
  worlds: ReadonlyMap<string, AliyunAccountWorld>;
  nonces: NonceBook;
  rate: RateGate;
  faults: FaultPlan;
  /** The cloud's clock (epoch ms), skew included. */
  now(): number;
  /** A monotonic clock (ms) for flow control: a skewed cloud clock does not change elapsed time. */
  elapsed(): number;
  log: Logger;
}

/** The action a request names, read before authentication so faults can target it. */
function namedAction(incoming: Incoming): string {
  return headerText(incoming, 'x-acs-action') ?? [...incoming.query, ...formPairs(incoming)].find(([name]) => name === 'Action')?.[1] ?? '';
}

/** Alibaba's error body (aliyun-live.md §6.1). */
function errorAnswer(fault: CloudFault, requestId: string, host: string): Answer {
  return {
    status: fault.status,
    headers: { 'x-acs-request-id': requestId },
    body: {
      RequestId: requestId,
      HostId: host,
      Code: fault.code,
      Message: fault.message,
      Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(fault.code)}&product=live&requestId=${requestId}`,
    },
  };
}

/**
 * Serves Alibaba Cloud Live's RPC API on `/` as the real gateway does, in order: a drill's delay
 * or injected fault; the signature (V1 or V3); the version and action; the rate limit per access
 * key and action; ClientToken replay; the action itself; an "after" fault that swallows the answer.
 */
export function createAliyunGateway(deps: AliyunGatewayDeps): RequestListener {
  const handle = async (incoming: Incoming, res: ServerResponse) => {
    const requestId = randomUUID().toUpperCase();
    const host = headerText(incoming, 'host') ?? 'live.aliyuncs.com';
    const faults = deps.faults.forCall('aliyun', namedAction(incoming));
    await pause(faults.delayMs);
    const answer = (fault: CloudFault) => sendJson(res, errorAnswer(fault, requestId, host), deps.now());
    if (faults.before) return actOut(res, faults.before, answer);
    try {
      if (incoming.path !== '/') throw new CloudFault(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.');
      const now = deps.now();
      const caller = authenticateAliyun(incoming, { accounts: deps.accounts, nonces: deps.nonces, now });
      if (caller.version !== apiVersions.aliyun) throw new CloudFault(400, 'InvalidVersion', 'Specified parameter Version is not valid.');
      const action = Object.hasOwn(aliyunActions, caller.action) ? aliyunActions[caller.action] : undefined;
      const world = deps.worlds.get(caller.account.accessKeyId);
      if (!action || !world) throw new CloudFault(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.');
      const spec = actionSpec('aliyun', caller.action);
      const limit = faults.perSecond === null ? spec.limit : { count: faults.perSecond, windowMs: 1000 };
      if (!deps.rate.admit(`${caller.account.accessKeyId}|${caller.action}`, limit, deps.elapsed())) {
        throw new CloudFault(400, 'Throttling.User', 'Request was denied due to user flow control.');
      }
      const fields = replayOrRun(world, caller.action, spec.tokenParam, caller.params, () =>
        action({ account: world, params: caller.params, now, newId: () => randomUUID() }),
      );
      if (faults.after) return actOut(res, faults.after, answer);
      sendJson(res, { status: 200, headers: { 'x-acs-request-id': requestId }, body: { RequestId: requestId, ...fields } }, deps.now());
    } catch (thrown) {
      if (!(thrown instanceof CloudFault)) throw thrown;
      answer(thrown);
    }
  };
  return serveIncoming(handle, (res, thrown) => {
    deps.log.error(`aliyun gateway: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    const fault = new CloudFault(500, 'InternalError', 'The request processing has failed due to some unknown error.');
    sendJson(res, errorAnswer(fault, randomUUID().toUpperCase(), 'live.aliyuncs.com'), deps.now());
  });
}
