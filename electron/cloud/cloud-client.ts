import { randomUUID } from 'node:crypto';
import type { Provider } from '../../shared/domain/provider';
import { AppErrorException, appError, type AppError } from '../../shared/errors/app-error';
import type { ProfileRecord } from '../credentials/profile-record';
import type { Logger } from '../log';
import { actionSpec, type CallKind } from './action-catalog';
import type { RpcValue } from './aliyun/rpc-params';
import { readAliyunResponse } from './aliyun/aliyun-errors';
import { buildRequest } from './build-request';
import type { ConnectionTracker } from './connection-tracker';
import { resolveEndpoint } from './endpoint-policy';
import type { Credentials } from './http-request';
import type { CallJournal } from './call-journal';
import type { ProviderOutcome, RawResponse } from './provider-failure';
import type { CloudClock } from './transport/clock';
import type { HttpSender } from './transport/http-sender';
import type { RateLimiter, Timer } from './transport/rate-limiter';
import { decideRetry, type AttemptFailure } from './transport/retry-policy';
import { readVolcengineResponse } from './volcengine/volcengine-errors';

/** One call as a service or `lcr call` asks for it. */
export interface CloudCall {
  provider: Provider;
  action: string;
  params: Readonly<Record<string, RpcValue>>;
  /** Which profile to call as; the provider's active profile when omitted. */
  profileId?: string;
  /** What the call acts on, in words for the journal (e.g. `live.example.com/live/match1`). */
  target?: string;
  /** Overrides the action's usual method (`lcr call --method`). */
  method?: 'GET' | 'POST';
  /** Per-call changes to where and how the profile signs (`lcr call --endpoint/--region/--signature`). */
  overrides?: Partial<Pick<ProfileRecord, 'endpoint' | 'region' | 'signatureVersion'>>;
  /** Call as this identity instead of a stored profile (credentials from the environment). */
  identity?: Identity;
  signal?: AbortSignal;
}

/** Whom a call is made as: the profile's metadata and, for this call only, its secrets. */
export interface Identity {
  profile: ProfileRecord;
  credentials: Credentials;
}

/** A call's answer: the provider's JSON, its request id, and how it went. */
export interface CallResult {
  json: unknown;
  requestId: string | null;
  attempts: number;
  latencyMs: number;
}

/** The profile and secrets to call as; resolved per call, so secrets live only while signing. */
export interface Signer {
  resolve(provider: Provider, profileId?: string): Promise<Identity>;
}

/** What the client is built from. */
export interface CloudClientDeps {
  signer: Signer;
  sender: HttpSender;
  limiter: RateLimiter;
  clock: CloudClock;
  timer: Timer;
  journal: CallJournal;
  connections: ConnectionTracker;
  log: Logger;
  random?: () => number;
}

/** Every call the product makes goes through here. */
export interface CloudClient {
  call(call: CloudCall): Promise<CallResult>;
}

const readers: Record<Provider, (response: RawResponse, action: string) => ProviderOutcome> = {
  aliyun: readAliyunResponse,
  volcengine: readVolcengineResponse,
};

/** The kind that governs retries: a token-carrying action without its token is a plain mutation. */
function effectiveKind(kind: CallKind, tokenParam: string | undefined, params: Readonly<Record<string, RpcValue>>): CallKind {
  if (kind !== 'idempotent') return kind;
  const token = tokenParam ? params[tokenParam] : undefined;
  return typeof token === 'string' && token !== '' ? 'idempotent' : 'mutation';
}

/**
 * The one transport. Per attempt: wait for the rate budget (per access key and action), sign
 * afresh with the cloud-corrected clock, send, read the provider's envelope; then retry only where
 * safe (retry-policy.ts), correct the clock once on a timestamp complaint, and finally record the
 * outcome — every non-read call in the journal, every call in the connection state. A change that
 * got no definite answer ends as `cloud.outcomeUnknown`, never as success: a mutation after its one
 * attempt, a token-carrying call after retries with its token (the caller reconciles by token).
 */
export function createCloudClient(deps: CloudClientDeps): CloudClient {
  const { signer, sender, limiter, clock, timer, journal, connections, log } = deps;
  const random = deps.random ?? Math.random;

  return {
    async call(call) {
      const { provider, action, params, signal } = call;
      const identity = call.identity ?? (await signer.resolve(provider, call.profileId));
      const profile = call.overrides ? { ...identity.profile, ...call.overrides } : identity.profile;
      const { credentials } = identity;
      const { endpoint } = resolveEndpoint(provider, profile.endpoint);
      const spec = actionSpec(provider, action);
      const kind = effectiveKind(spec.kind, spec.tokenParam, params);
      const method = call.method ?? spec.method;
      const rateKey = `${credentials.accessKeyId}|${action}`;
      const startedAt = timer.now();
      let attempts = 0;
      let outcome: { json: unknown; requestId: string | null } | null = null;
      let error: AppError | null = null;
      let offline = false;
      let unknownOutcome = false;

      for (;;) {
        attempts += 1;
        let release: () => void;
        try {
          release = await limiter.acquire(rateKey, spec.limit, signal);
        } catch {
          error = appError('cloud.cancelled', {}, { provider, action });
          unknownOutcome = kind !== 'read' && attempts > 1;
          break;
        }
        const request = buildRequest(provider, { action, method, params, profile, credentials, endpoint, date: clock.now(provider), nonce: randomUUID() });
        const sent = await sender.send(request, signal).finally(release);
        let failure: AttemptFailure;
        let retryAfterMs: number | null = null;
        if (sent.ok) {
          const read = readers[provider](sent.response, action);
          if (read.ok) {
            outcome = { json: read.json, requestId: read.requestId };
            break;
          }
          failure = read.failure.kind;
          retryAfterMs = read.failure.retryAfterMs;
          error = read.failure.error;
          // The cloud's own error on a change (a 5xx) does not say whether the change was made.
          if (failure === 'transient' && kind !== 'read') unknownOutcome = true;
          if (failure === 'clockSkew' && clock.learn(provider, sent.response.headers.date, sent.sentAt, sent.answeredAt)) {
            log.warn(`${provider} clock offset now ${clock.offsetMs(provider)} ms`);
          }
        } else if (sent.failure === 'cancelled') {
          unknownOutcome = kind !== 'read';
          error = appError('cloud.cancelled', {}, { provider, action, hint: sent.detail });
          break;
        } else {
          failure = sent.failure;
          offline = failure === 'notSent';
          unknownOutcome = failure === 'noAnswer' && kind !== 'read';
          error = appError(
            failure === 'notSent' ? 'cloud.offline' : unknownOutcome ? 'cloud.outcomeUnknown' : 'cloud.timeout',
            {},
            { provider, action, retryable: !unknownOutcome, hint: sent.detail },
          );
        }
        const decision = decideRetry(kind, failure, attempts, retryAfterMs, random);
        if (!decision.retry) break;
        log.info(`${provider} ${action} attempt ${attempts} failed (${failure}); retrying in ${decision.delayMs} ms`);
        try {
          await timer.sleep(decision.delayMs, signal);
        } catch {
          error = appError('cloud.cancelled', {}, { provider, action });
          break;
        }
      }

      const latencyMs = Math.round(timer.now() - startedAt);
      connections.report({
        provider,
        profileId: profile.id,
        at: new Date(),
        error: outcome ? null : error,
        offline: !outcome && offline,
        rate: { action, used: limiter.inUse(rateKey, spec.limit), limit: spec.limit.count },
        clockOffsetMs: clock.offsetMs(provider),
      });
      if (kind !== 'read') {
        await journal.record({
          profile,
          action,
          target: call.target ?? null,
          params,
          requestId: outcome?.requestId ?? error?.requestId ?? null,
          outcome: outcome ? 'ok' : unknownOutcome ? 'unknown' : 'failed',
          errorCode: outcome ? null : (error?.code ?? null),
          latencyMs,
          attempts,
        });
      }
      if (outcome) return { ...outcome, attempts, latencyMs };
      throw new AppErrorException(error ?? appError('internal', {}, { provider, action }));
    },
  };
}
