import { EnvHttpProxyAgent, errors, request, type Dispatcher } from 'undici';
import type { HttpRequest } from '../http-request';
import type { RawResponse } from '../provider-failure';

/** How long each phase may take before the attempt is given up. */
export interface Timeouts {
  connectMs: number;
  headersMs: number;
  bodyMs: number;
}

/** Connect in 5 s, first byte of the answer in 10 s, the rest in 10 s. */
export const defaultTimeouts: Timeouts = { connectMs: 5000, headersMs: 10_000, bodyMs: 10_000 };

/**
 * One attempt's result. `notSent`: the connection never opened, so the cloud cannot have acted;
 * `noAnswer`: the request may have arrived, but no complete answer came back; `cancelled`: the
 * caller aborted.
 */
export type SendResult =
  | { ok: true; response: RawResponse; sentAt: number; answeredAt: number }
  | { ok: false; failure: 'notSent' | 'noAnswer' | 'cancelled'; detail: string };

/** Sends signed requests over one keep-alive pool. */
export interface HttpSender {
  send(request: HttpRequest, signal?: AbortSignal): Promise<SendResult>;
  close(): Promise<void>;
}

const notSentCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL', 'UND_ERR_CONNECT_TIMEOUT']);

function classify(thrown: unknown, signal: AbortSignal | undefined): Extract<SendResult, { ok: false }> {
  const detail = thrown instanceof Error ? `${(thrown as NodeJS.ErrnoException).code ?? thrown.name}: ${thrown.message}` : String(thrown);
  if (signal?.aborted || thrown instanceof errors.RequestAbortedError) return { ok: false, failure: 'cancelled', detail };
  const code = (thrown as NodeJS.ErrnoException).code ?? (thrown as { cause?: NodeJS.ErrnoException }).cause?.code;
  if (thrown instanceof errors.ConnectTimeoutError || (code !== undefined && notSentCodes.has(code))) {
    return { ok: false, failure: 'notSent', detail };
  }
  return { ok: false, failure: 'noAnswer', detail };
}

/**
 * The one way the product reaches a cloud. A keep-alive pool honouring HTTP_PROXY, HTTPS_PROXY
 * and NO_PROXY; separate connect, headers and body timeouts; cancellation by AbortSignal. Failures
 * are sorted by whether the request can have reached the cloud, because that decides whether a
 * mutation may be repeated.
 */
export function createHttpSender(timeouts: Timeouts = defaultTimeouts, dispatcher?: Dispatcher): HttpSender {
  const agent =
    dispatcher ??
    new EnvHttpProxyAgent({
      connect: { timeout: timeouts.connectMs },
      headersTimeout: timeouts.headersMs,
      bodyTimeout: timeouts.bodyMs,
      keepAliveTimeout: 30_000,
    });
  return {
    async send(httpRequest, signal) {
      const sentAt = Date.now();
      try {
        const response = await request(httpRequest.url, {
          method: httpRequest.method,
          headers: httpRequest.headers,
          body: httpRequest.body ?? undefined,
          dispatcher: agent,
          signal,
        });
        const body = await response.body.text();
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) {
          if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
        }
        return { ok: true, response: { status: response.statusCode, headers, body }, sentAt, answeredAt: Date.now() };
      } catch (thrown) {
        return classify(thrown, signal);
      }
    },
    close: () => agent.close(),
  };
}
