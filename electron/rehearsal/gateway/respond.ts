import type { ServerResponse } from 'node:http';
import { CloudFault } from '../cloud-fault';
import type { FaultOutcome } from '../faults/fault-plan';

/** An answer ready to send. */
export interface Answer {
  status: number;
  body: unknown;
  headers?: Readonly<Record<string, string>>;
}

/** Waits without holding the process open: a closing cloud does not wait for a drill's delay. */
export function pause(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms).unref()) : Promise.resolve();
}

/**
 * Sends a JSON answer with the cloud's own `Date` (skewed when a drill says so), which is what a
 * client corrects its clock from.
 */
export function sendJson(res: ServerResponse, answer: Answer, cloudNow: number): void {
  if (res.destroyed) return;
  const text = JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    'content-type': 'application/json;charset=utf-8',
    'content-length': Buffer.byteLength(text),
    date: new Date(cloudNow).toUTCString(),
    ...answer.headers,
  });
  res.end(text);
}

/**
 * Acts out a drill's fault: `fail` is answered through `answer` in the provider's error form;
 * `drop` closes the connection without a word; `hang` holds it for the drill's time, then closes it.
 */
export async function actOut(res: ServerResponse, outcome: FaultOutcome, answer: (fault: CloudFault) => void): Promise<void> {
  if (outcome.kind === 'fail') return answer(new CloudFault(outcome.status, outcome.code, `Injected by a rehearsal drill: ${outcome.code}.`));
  if (outcome.kind === 'hang') await pause(outcome.ms);
  res.socket?.destroy();
}
