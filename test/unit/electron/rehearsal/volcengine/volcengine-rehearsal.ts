import { expect } from 'vitest';
import { actionSpec } from '../../../../../electron/cloud/action-catalog';
import { CloudFault } from '../../../../../electron/rehearsal/cloud-fault';
import { volcengineActions } from '../../../../../electron/rehearsal/volcengine/volcengine-actions';
import type { VolcengineAccountWorld, RelayTask } from '../../../../../electron/rehearsal/world/volcengine-world';
import { fakeCloudClient } from '../../../support/fake-cloud-client';

/** 2024-06-19 12:00:00 UTC = 20:00 Beijing time, in epoch ms: the cloud's clock in these tests. */
export const t0 = Date.UTC(2024, 5, 19, 12, 0, 0);

/** `t0` in Unix seconds, as task windows are written. */
export const t0s = t0 / 1000;

/** An account with one push domain, the `default` group and no tasks. */
export function emptyAccount(): VolcengineAccountWorld {
  return {
    accountId: '2100000001',
    groups: [{ name: 'default', projectName: 'default', status: 0, tags: [] }],
    tasks: [],
    pushDomains: ['push.example.com'],
  };
}

/** A live task in `default`, running from an hour before `t0` to two hours after. */
export function liveTask(taskId: string, extra: Partial<RelayTask> = {}): RelayTask {
  return {
    taskId,
    groupName: 'default',
    title: '晚间直播',
    startTime: t0s - 3600,
    endTime: t0s + 7200,
    type: 0,
    srcAddr: 'rtmp://pull.example.com/live/src',
    dstAddr: 'rtmp://push.example.com/live/out',
    dstAddrType: 1,
    stopped: false,
    ...extra,
  };
}

let ids = 0;

/** Runs one action handler as the gateway would, after it has parsed the request. */
export function run(action: string, account: VolcengineAccountWorld, input: Record<string, unknown>, now = t0): unknown {
  const handler = volcengineActions[action];
  if (!handler) throw new Error(`no handler for ${action}`);
  return handler({ account, input, now, newId: () => `task${(ids += 1)}` });
}

/** The fault a call raised; fails the test when it succeeded or threw something else. */
export function faultOf(call: () => unknown): CloudFault {
  try {
    call();
  } catch (thrown) {
    if (thrown instanceof CloudFault) return thrown;
    throw thrown;
  }
  expect.fail('expected a CloudFault');
}

/** The envelope's metadata as the gateway builds it (volcengine-live.md §2). */
function metadata(action: string, requestId: string) {
  return { RequestId: requestId, Action: action, Version: '2023-01-01', Service: 'live', Region: 'cn-north-1' };
}

/**
 * A cloud client for the app's typed actions whose answers come from the rehearsal handlers,
 * wrapped the way the gateway will: `{ResponseMetadata, Result}` on success, the fault's status
 * with `ResponseMetadata.Error` on refusal. POST bodies go through JSON; a GET's parameters
 * arrive as query text. The answers are read by the app's real Volcengine reader.
 */
export function rehearsalClient(account: VolcengineAccountWorld, clock: { now: number } = { now: t0 }) {
  return fakeCloudClient((call, index) => {
    const requestId = `rehearsal-${index + 1}`;
    const input: Record<string, unknown> =
      actionSpec('volcengine', call.action).method === 'GET'
        ? Object.fromEntries(Object.entries(call.params).map(([name, value]) => [name, String(value)]))
        : (JSON.parse(JSON.stringify(call.params)) as Record<string, unknown>);
    try {
      const result = run(call.action, account, input, clock.now);
      const ResponseMetadata = metadata(call.action, requestId);
      return { status: 200, json: result === undefined ? { ResponseMetadata } : { ResponseMetadata, Result: result } };
    } catch (thrown) {
      if (!(thrown instanceof CloudFault)) throw thrown;
      return { status: thrown.status, json: { ResponseMetadata: { ...metadata(call.action, requestId), Error: { Code: thrown.code, Message: thrown.message } } } };
    }
  });
}
