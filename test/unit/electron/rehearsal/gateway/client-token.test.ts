import { describe, expect, it } from 'vitest';
import { replayOrRun } from '../../../../../electron/rehearsal/gateway/client-token';
import type { AliyunAccountWorld } from '../../../../../electron/rehearsal/world/aliyun-world';

const world = (): AliyunAccountWorld => ({ accountId: '1', domains: [], streams: [], casters: [], casterQuota: 50, clientTokens: new Map() });
const params = { SrcCasterId: 'src-1', CasterName: 'Match 1', ClientToken: 'token-a' };

describe('ClientToken replay', () => {
  it('answers a repeated token with the same parameters with the first answer, running the action once', () => {
    const account = world();
    let runs = 0;
    const run = () => ({ CasterId: `new-${(runs += 1)}` });
    expect(replayOrRun(account, 'CopyCaster', 'ClientToken', params, run)).toEqual({ CasterId: 'new-1' });
    expect(replayOrRun(account, 'CopyCaster', 'ClientToken', { ...params }, run)).toEqual({ CasterId: 'new-1' });
    expect(runs).toBe(1);
  });

  it('refuses the same token with different parameters as IdempotentParameterMismatch', () => {
    const account = world();
    replayOrRun(account, 'CopyCaster', 'ClientToken', params, () => ({ CasterId: 'x' }));
    expect(() => replayOrRun(account, 'CopyCaster', 'ClientToken', { ...params, CasterName: 'Match 2' }, () => ({}))).toThrow(
      expect.objectContaining({ status: 400, code: 'IdempotentParameterMismatch' }),
    );
  });

  it('refuses a missing, non-ASCII or over-long token as InvalidClientToken.Malformed before running anything', () => {
    const account = world();
    for (const token of ['', '令牌', 'x'.repeat(65)]) {
      expect(() => replayOrRun(account, 'CreateCaster', 'ClientToken', { ClientToken: token }, () => ({}))).toThrow(
        expect.objectContaining({ code: 'InvalidClientToken.Malformed' }),
      );
    }
    expect(replayOrRun(account, 'CreateCaster', 'ClientToken', { ClientToken: 'x'.repeat(64) }, () => ({ CasterId: 'ok' }))).toEqual({ CasterId: 'ok' });
  });

  it('keeps no answer from a refused call, so the retry after the cause is gone runs', () => {
    const account = world();
    expect(() =>
      replayOrRun(account, 'CopyCaster', 'ClientToken', params, () => {
        throw new Error('quota');
      }),
    ).toThrow('quota');
    expect(replayOrRun(account, 'CopyCaster', 'ClientToken', params, () => ({ CasterId: 'second' }))).toEqual({ CasterId: 'second' });
  });
});
