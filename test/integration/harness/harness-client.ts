import http from 'node:http';
import type { IpcResult } from '../../../shared/contract/result';
import { startHarness, type HarnessOptions, type RunningHarness } from '../../harness/launch';

// A Node client of a running harness, as its page is: the token cookie, our Origin, the contract's
// channels over POST /ipc/<channel>, and the events stream.

/** A harness started for a test file, and how to talk to it. */
export interface HarnessClient {
  harness: RunningHarness;
  /** POSTs a JSON body to a path of the harness; resolves with the answer's text. */
  post(pathname: string, body: unknown): Promise<string>;
  /** One contract call; a refusal throws with its error code. */
  ipc<T>(channel: string, body?: unknown): Promise<T>;
  /** Collects the events the harness sends from now on (name and payload), until `stop`. */
  listen(): { events: { name: string; payload: unknown }[]; stop(): void };
}

/** Starts a harness and signs in as its page would (the token, exchanged for the cookie). */
export async function connectHarness(options: HarnessOptions = {}): Promise<HarnessClient> {
  const harness = await startHarness(options);
  const url = new URL(harness.url);
  const origin = url.origin;
  const cookie = await new Promise<string>((resolve, reject) =>
    http
      .get(`${origin}/?token=${url.searchParams.get('token') ?? ''}`, (res) => {
        const value = String(res.headers['set-cookie']?.[0]).split(';')[0] ?? '';
        res.resume().on('end', () => resolve(value));
      })
      .on('error', reject),
  );
  const post = (pathname: string, body: unknown) =>
    new Promise<string>((resolve, reject) => {
      const req = http.request(`${origin}${pathname}`, { method: 'POST', headers: { cookie, origin, 'content-type': 'application/json' } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      req.end(JSON.stringify(body));
    });
  return {
    harness,
    post,
    async ipc<T>(channel: string, body: unknown = {}) {
      const result = JSON.parse(await post(`/ipc/${channel}`, body)) as IpcResult<T>;
      if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
      return result.value;
    },
    listen() {
      const events: { name: string; payload: unknown }[] = [];
      let buffered = '';
      const req = http.get(`${origin}/events`, { headers: { cookie } }, (res) => {
        res.on('data', (chunk: Buffer) => {
          buffered += chunk.toString('utf8');
          const frames = buffered.split('\n\n');
          buffered = frames.pop() ?? '';
          for (const frame of frames) {
            if (frame.startsWith('data: ')) events.push(JSON.parse(frame.slice(6)) as { name: string; payload: unknown });
          }
        });
      });
      req.on('error', () => undefined);
      return { events, stop: () => req.destroy() };
    },
  };
}
