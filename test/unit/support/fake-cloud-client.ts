import type { CloudCall, CloudClient } from '../../../electron/cloud/cloud-client';
import { readAliyunResponse } from '../../../electron/cloud/aliyun/aliyun-errors';
import { readVolcengineResponse } from '../../../electron/cloud/volcengine/volcengine-errors';
import { AppErrorException } from '../../../shared/errors/app-error';

/**
 * A cloud client for action tests: records each call and answers with a recorded response shape
 * from the references, read by the REAL provider readers — so an error body becomes exactly the
 * typed error the product would raise.
 */
export function fakeCloudClient(answer: (call: CloudCall, index: number) => { status: number; json: unknown }) {
  const calls: CloudCall[] = [];
  const client: CloudClient = {
    async call(call) {
      calls.push(call);
      const { status, json } = answer(call, calls.length - 1);
      const response = { status, headers: {}, body: JSON.stringify(json) };
      const read = call.provider === 'aliyun' ? readAliyunResponse(response, call.action) : readVolcengineResponse(response, call.action);
      if (!read.ok) throw new AppErrorException(read.failure.error);
      return { json: read.json, requestId: read.requestId, attempts: 1, latencyMs: 1 };
    },
  };
  return { client, calls };
}

/** The error an action raised, or null when it succeeded. */
export function errorOf(promise: Promise<unknown>): Promise<AppErrorException['error'] | null> {
  return promise.then(
    () => null,
    (thrown: unknown) => {
      if (thrown instanceof AppErrorException) return thrown.error;
      throw thrown;
    },
  );
}
