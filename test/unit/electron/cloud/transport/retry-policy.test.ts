import { describe, expect, it } from 'vitest';
import { decideRetry, type AttemptFailure } from '../../../../../electron/cloud/transport/retry-policy';

const half = () => 0.5;

describe('decideRetry', () => {
  it('repeats reads and token-carrying calls after failures that may have reached the cloud', () => {
    for (const failure of ['noAnswer', 'transient'] as const) {
      expect(decideRetry('read', failure, 1, null, half)).toEqual({ retry: true, delayMs: 125 });
      expect(decideRetry('idempotent', failure, 2, null, half)).toEqual({ retry: true, delayMs: 250 });
    }
  });

  it('never repeats a mutation without a token once it may have reached the cloud', () => {
    expect(decideRetry('mutation', 'noAnswer', 1, null, half)).toEqual({ retry: false });
    expect(decideRetry('mutation', 'transient', 1, null, half)).toEqual({ retry: false });
  });

  it('repeats any call the cloud refused before acting, or that never left', () => {
    for (const failure of ['notSent', 'throttled'] as const) {
      expect(decideRetry('mutation', failure, 1, null, half).retry).toBe(true);
    }
  });

  it('re-signs once, at once, for a stale clock or a reused nonce', () => {
    for (const failure of ['clockSkew', 'nonceReused'] as const) {
      expect(decideRetry('mutation', failure, 1, null, half)).toEqual({ retry: true, delayMs: 0 });
      expect(decideRetry('mutation', failure, 2, null, half)).toEqual({ retry: false });
    }
  });

  it('never repeats what will fail again', () => {
    for (const failure of ['permanent', 'credentialsExpired'] as AttemptFailure[]) {
      expect(decideRetry('read', failure, 1, null, half)).toEqual({ retry: false });
    }
  });

  it('stops after the last attempt', () => {
    expect(decideRetry('read', 'throttled', 3, null, half)).toEqual({ retry: false });
  });

  it('backs off with full jitter up to a ceiling, never below the cloud\'s hint', () => {
    expect(decideRetry('read', 'throttled', 1, null, () => 0)).toEqual({ retry: true, delayMs: 0 });
    expect(decideRetry('read', 'throttled', 1, 2000, () => 0)).toEqual({ retry: true, delayMs: 2000 });
    const limits = { maxAttempts: 10, baseDelayMs: 250, maxDelayMs: 5000 };
    expect(decideRetry('read', 'throttled', 9, null, () => 1, limits)).toEqual({ retry: true, delayMs: 5000 });
  });
});
