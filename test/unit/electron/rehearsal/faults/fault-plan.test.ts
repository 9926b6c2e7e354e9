import { describe, expect, it } from 'vitest';
import { createFaultPlan } from '../../../../../electron/rehearsal/faults/fault-plan';
import { createPrng } from '../../../../../electron/rehearsal/world/prng';

const calls = (plan: ReturnType<typeof createFaultPlan>, n: number, action = 'CopyCaster') => Array.from({ length: n }, () => plan.forCall('aliyun', action));

describe('fault plan', () => {
  it('fails about the given share of matching calls with the documented status, and none of the others', () => {
    const plan = createFaultPlan(createPrng(7));
    plan.apply({ kind: 'fail', rate: 0.3, code: 'ServiceUnavailable', provider: 'aliyun', action: 'CopyCaster' });
    const hit = calls(plan, 1000).filter((faults) => faults.before !== null);
    expect(hit.length).toBeGreaterThan(240);
    expect(hit.length).toBeLessThan(360);
    expect(hit[0]?.before).toEqual({ kind: 'fail', status: 503, code: 'ServiceUnavailable' });
    expect(calls(plan, 100, 'DescribeCasters').every((faults) => faults.before === null && faults.after === null)).toBe(true);
    expect(plan.forCall('volcengine', 'CopyCaster').before).toBeNull();
  });

  it('hits the same calls for the same seed, so a drill can be replayed', () => {
    const decide = () => {
      const plan = createFaultPlan(createPrng(11));
      plan.apply({ kind: 'drop', rate: 0.5 });
      return calls(plan, 50).map((faults) => faults.before?.kind ?? 'none');
    };
    expect(decide()).toEqual(decide());
  });

  it('applies a fault after the call when asked, so the caller cannot know whether it took effect', () => {
    const plan = createFaultPlan(createPrng(1));
    plan.apply({ kind: 'fail', rate: 1, hang: true, hangMs: 250, after: true });
    expect(plan.forCall('volcengine', 'CreatePullToPushTask')).toMatchObject({ before: null, after: { kind: 'hang', ms: 250 } });
  });

  it('lets a narrower drill replace only its own scope, and a zero rate remove it', () => {
    const plan = createFaultPlan(createPrng(1));
    plan.apply({ kind: 'latency', ms: 100 });
    plan.apply({ kind: 'latency', ms: 900, provider: 'volcengine' });
    expect(plan.forCall('aliyun', 'DescribeCasters').delayMs).toBe(100);
    expect(plan.forCall('volcengine', 'ListPullToPushGroup').delayMs).toBe(900);
    plan.apply({ kind: 'latency', ms: 0, provider: 'volcengine' });
    expect(plan.forCall('volcengine', 'ListPullToPushGroup').delayMs).toBe(100);
  });

  it('sets a throttle limit, skews the clock, takes a provider offline, and clears everything', () => {
    const plan = createFaultPlan(createPrng(1));
    plan.apply({ kind: 'throttle', perSecond: 2, action: 'DescribeCasters' });
    plan.apply({ kind: 'skew', seconds: -1200 });
    plan.apply({ kind: 'offline', provider: 'aliyun' });
    expect(plan.forCall('aliyun', 'DescribeCasters').perSecond).toBe(2);
    expect(plan.skewMs()).toBe(-1_200_000);
    expect([plan.isOffline('aliyun'), plan.isOffline('volcengine')]).toEqual([true, false]);
    expect(plan.apply({ kind: 'clear' })).toBe('every fault cleared');
    expect(plan.forCall('aliyun', 'DescribeCasters')).toEqual({ delayMs: 0, before: null, after: null, perSecond: null });
    expect([plan.skewMs(), plan.isOffline('aliyun')]).toEqual([0, false]);
  });
});
