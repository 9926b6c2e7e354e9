import { expect } from 'vitest';
import { flattenRpcParams } from '../../../../../electron/cloud/aliyun/rpc-params';
import { aliyunActions } from '../../../../../electron/rehearsal/aliyun/aliyun-actions';
import { findStream } from '../../../../../electron/rehearsal/aliyun/stream-drills';
import { CloudFault } from '../../../../../electron/rehearsal/cloud-fault';
import { aliyunRehearsalAccounts } from '../../../../../electron/rehearsal/rehearsal-keys';
import { seedAliyunAccount } from '../../../../../electron/rehearsal/world/aliyun-seed';
import type { AliyunAccountWorld, Caster, OnlineStream } from '../../../../../electron/rehearsal/world/aliyun-world';
import { createPrng } from '../../../../../electron/rehearsal/world/prng';
import { fakeCloudClient } from '../../../support/fake-cloud-client';

/**
 * A seeded pair of rehearsal accounts and two ways to call the Alibaba handlers: directly (what a
 * handler answers and refuses) and through the product's own client with a fake transport (what
 * the desk reads from those answers), the gateway's part — flattening, `RequestId`, the error
 * envelope — done as the rehearsal gateway does it.
 */

/** The rehearsal cloud's clock in these tests: 14 March 2026, noon UTC. */
export const testNow = Date.UTC(2026, 2, 14, 12, 0, 0);

/** Both Alibaba rehearsal accounts, seeded with `seed` at `testNow` and a quota of 50. */
export function seededAccounts(seed = 7): [AliyunAccountWorld, AliyunAccountWorld] {
  const prng = createPrng(seed);
  const [desk, second] = aliyunRehearsalAccounts;
  return [seedAliyunAccount(desk, 0, prng, testNow, 50), seedAliyunAccount(second, 1, prng, testNow, 50)];
}

/** New studio ids in UUID form: `00000000-0000-4000-8000-000000000001`, …002, … */
export function idSequence(): () => string {
  let count = 0;
  return () => {
    count += 1;
    return `00000000-0000-4000-8000-${String(count).padStart(12, '0')}`;
  };
}

/** Calls one handler as the gateway would, at `now` (default {@link testNow}). */
export function callAction(account: AliyunAccountWorld, action: string, params: Record<string, string> = {}, now = testNow, newId = idSequence()): Record<string, unknown> {
  const handler = aliyunActions[action];
  if (!handler) throw new Error(`no handler for ${action}`);
  return handler({ account, params, now, newId });
}

/** The CloudFault a call throws; fails the test when it answers instead. */
export function faultOf(run: () => unknown): CloudFault {
  try {
    run();
  } catch (thrown) {
    if (thrown instanceof CloudFault) return thrown;
    throw thrown;
  }
  throw new Error('expected a CloudFault, but the call answered');
}

/** Asserts the status, code and (when given) message of the fault a call throws. */
export function expectFault(run: () => unknown, status: number, code: string, message?: string | RegExp): void {
  const fault = faultOf(run);
  expect({ status: fault.status, code: fault.code }).toEqual({ status, code });
  if (message !== undefined) expect(fault.message).toMatch(message);
}

/**
 * The product's cloud client answering from the handlers of `account`: parameters flattened as
 * they go on the wire, answers with a `RequestId`, refusals in Alibaba's error envelope — read by
 * the product's real Alibaba reader.
 */
export function rehearsalClient(account: AliyunAccountWorld, clock: () => number = () => testNow) {
  const newId = idSequence();
  return fakeCloudClient((call, index) => {
    const requestId = `REHEARSAL-${index + 1}`;
    try {
      const fields = callAction(account, call.action, flattenRpcParams(call.params), clock(), newId);
      return { status: 200, json: { RequestId: requestId, ...fields } };
    } catch (thrown) {
      if (!(thrown instanceof CloudFault)) throw thrown;
      return { status: thrown.status, json: { RequestId: requestId, HostId: 'live.aliyuncs.com', Code: thrown.code, Message: thrown.message } };
    }
  });
}

/** A seeded stream by `domain/app/stream`. */
export function streamAt(account: AliyunAccountWorld, path: string): OnlineStream {
  return findStream(account, path).stream;
}

/** A seeded studio by name. */
export function studioNamed(account: AliyunAccountWorld, name: string): Caster {
  const caster = account.casters.find((candidate) => candidate.name === name);
  if (!caster) throw new Error(`no studio named ${name}`);
  return caster;
}

/** The master upstream's sequence of a stream, or undefined. */
export function masterSequence(stream: OnlineStream): string | undefined {
  return stream.upstreams.find((upstream) => upstream.master && !upstream.cut)?.sequence;
}
