import { describe, expect, it } from 'vitest';
import { isCasterIdForm } from '../../../../../electron/rehearsal/aliyun/caster-lookup';
import { aliyunRehearsalAccounts } from '../../../../../electron/rehearsal/rehearsal-keys';
import { defaultResourceGroupId, seedAliyunAccount } from '../../../../../electron/rehearsal/world/aliyun-seed';
import { createPrng } from '../../../../../electron/rehearsal/world/prng';
import { seededAccounts, testNow } from '../aliyun/aliyun-harness';

const minute = 60_000;
const privateIp = /^(10\.\d{1,3}|172\.(1[6-9]|2\d|3[01])|192\.168)\.\d{1,3}\.\d{1,3}$/;
const [desk, second] = seededAccounts();

describe('seedAliyunAccount', () => {
  it('builds the same account for the same seed and time', () => {
    expect(seededAccounts(7)).toEqual(seededAccounts(7));
  });

  it('keeps the names but draws other IPs, times, ids and tokens from another seed', () => {
    const [other] = seededAccounts(8);
    expect(other.domains.map((domain) => domain.name)).toEqual(desk.domains.map((domain) => domain.name));
    expect(other.streams.map((stream) => stream.stream)).toEqual(desk.streams.map((stream) => stream.stream));
    expect(other.casters.map((caster) => caster.name)).toEqual(desk.casters.map((caster) => caster.name));
    expect(other.streams.flatMap((stream) => stream.upstreams.map((upstream) => upstream.ip))).not.toEqual(desk.streams.flatMap((stream) => stream.upstreams.map((upstream) => upstream.ip)));
    expect(other.casters.map((caster) => caster.id)).not.toEqual(desk.casters.map((caster) => caster.id));
    expect(other.streams.map((stream) => stream.upstreams[0]?.since)).not.toEqual(desk.streams.map((stream) => stream.upstreams[0]?.since));
  });

  it('gives the first account the documented desk of domains', () => {
    const byName = new Map(desk.domains.map((domain) => [domain.name, domain]));
    expect(desk.accountId).toBe(aliyunRehearsalAccounts[0].accountId);
    expect(byName.get('live.rehearsal.example')).toMatchObject({ type: 'liveVideo', status: 'online', dualStream: 'on', ingestDomain: 'push.rehearsal.example' });
    expect(byName.get('sports.rehearsal.example')).toMatchObject({ type: 'liveVideo', dualStream: 'on', ingestDomain: 'push.rehearsal.example' });
    expect(byName.get('news.rehearsal.example')).toMatchObject({ type: 'liveVideo', dualStream: 'off', ingestDomain: 'push.rehearsal.example' });
    expect(byName.get('push.rehearsal.example')).toMatchObject({ type: 'liveEdge', status: 'online' });
    expect(desk.domains.filter((domain) => domain.type === 'liveVideo' && domain.ingestDomain === null).map((domain) => domain.name)).toEqual(['studio.rehearsal.example']);
    expect(desk.domains.some((domain) => domain.status === 'offline')).toBe(true);
    for (const domain of desk.domains) {
      expect(domain.cname).toBe(`${domain.name}.w.alikunlun.com`);
      expect(domain.createdAt).toBeLessThanOrEqual(domain.modifiedAt);
      expect(domain.modifiedAt).toBeLessThanOrEqual(testNow);
    }
  });

  it('gives the second account its own domains, streams and studios', () => {
    expect(second.accountId).toBe(aliyunRehearsalAccounts[1].accountId);
    expect(second.domains.map((domain) => domain.name)).toEqual(['live.second-desk.example', 'push.second-desk.example']);
    const deskDomains = new Set(desk.domains.map((domain) => domain.name));
    expect(second.streams.every((stream) => !deskDomains.has(stream.domain))).toBe(true);
    expect(second.casters.length).toBeGreaterThan(0);
    expect(second.casters.length).toBeLessThan(desk.casters.length);
    const deskIds = new Set(desk.casters.map((caster) => caster.id));
    expect(second.casters.some((caster) => deskIds.has(caster.id))).toBe(false);
  });

  it('names later accounts after their desk number', () => {
    const third = seedAliyunAccount({ accountId: '1900000000000003', accessKeyId: 'k', secret: 's' }, 2, createPrng(1), testNow, 5);
    expect(third.domains.map((domain) => domain.name)).toEqual(['live.desk-3.example', 'push.desk-3.example']);
    expect(third.casterQuota).toBe(5);
  });

  it('ingests every dual-ingest stream from two or three encoders with exactly one on air', () => {
    const dual = [...desk.streams, ...second.streams].filter((stream) => stream.dualIngest);
    expect(dual.length).toBeGreaterThanOrEqual(5);
    for (const stream of dual) {
      expect(stream.upstreams.length).toBeGreaterThanOrEqual(2);
      expect(stream.upstreams.length).toBeLessThanOrEqual(3);
      expect(stream.upstreams.filter((upstream) => upstream.master)).toHaveLength(1);
      stream.upstreams.forEach((upstream, index) => {
        expect(upstream.sequence).toBe(`${stream.stream}_AliRewrite_${index + 1}`);
        expect(upstream.ip).toMatch(privateIp);
        expect(upstream.cut).toBe(false);
        expect(upstream.since).toBeGreaterThanOrEqual(testNow - 6 * 60 * minute);
        expect(upstream.since).toBeLessThanOrEqual(testNow - 5 * minute);
      });
      expect(stream.upstreams.map((upstream) => upstream.since)).toEqual([...stream.upstreams.map((upstream) => upstream.since)].sort((a, b) => a - b));
    }
    expect(new Set(dual.map((stream) => stream.optimalMode))).toEqual(new Set(['on', 'off']));
  });

  it('records earlier switches ending with the encoder on air now', () => {
    const withHistory = desk.streams.filter((stream) => stream.changeLogs.length > 0);
    expect(withHistory.length).toBeGreaterThanOrEqual(3);
    for (const stream of withHistory) {
      const master = stream.upstreams.find((upstream) => upstream.master);
      expect(stream.changeLogs.at(-1)).toMatchObject({ sequence: master?.sequence, ip: master?.ip });
      const lastStart = Math.max(...stream.upstreams.map((upstream) => upstream.since));
      const times = stream.changeLogs.map((log) => log.at);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.every((at) => at >= lastStart && at <= testNow)).toBe(true);
    }
  });

  it('has single-encoder streams without dual ingest, on a DR domain and off one', () => {
    const single = desk.streams.filter((stream) => !stream.dualIngest);
    expect(single.length).toBeGreaterThanOrEqual(2);
    expect(single.every((stream) => stream.upstreams.length === 1 && stream.changeLogs.length === 0)).toBe(true);
    expect(single.map((stream) => stream.domain)).toContain('live.rehearsal.example');
  });

  it('seeds a dozen studios covering every case the studio screens show', () => {
    const studios = desk.casters;
    expect(studios).toHaveLength(12);
    expect(new Set(studios.map((caster) => caster.status))).toEqual(new Set([0, 1]));
    expect(studios.filter((caster) => caster.chargeType === 'PrePaid')).toHaveLength(1);
    expect(new Set(studios.map((caster) => caster.normType))).toEqual(new Set([1, 6]));
    expect(studios.some((caster) => caster.config.DomainName === undefined)).toBe(true);
    expect(studios.some((caster) => caster.tags.length > 0)).toBe(true);
    expect(studios.map((caster) => caster.name)).toContain('赛事 1');
    expect(studios.filter((caster) => caster.clientToken !== null)).toHaveLength(1);
    expect(studios.every((caster) => isCasterIdForm(caster.id))).toBe(true);
    expect(studios.some((caster) => caster.id.startsWith('LIVEPRODUCER_POST-cn-'))).toBe(true);
    expect(new Set(studios.map((caster) => caster.id)).size).toBe(studios.length);
  });

  it('starts running studios on an output domain, with a start time, and idle ones without', () => {
    for (const caster of desk.casters) {
      expect(caster.createdAt).toBeLessThanOrEqual(caster.modifiedAt);
      expect(caster.modifiedAt).toBeLessThanOrEqual(testNow);
      if (caster.status === 1) {
        expect(caster.config.DomainName).toBeDefined();
        expect(caster.startedAt).toBeGreaterThan(caster.createdAt);
        expect(caster.modifiedAt).toBeGreaterThanOrEqual(caster.startedAt ?? Infinity);
      } else {
        expect(caster.startedAt).toBeNull();
      }
    }
  });

  it('sets the quota given, a default resource group, and no remembered ClientTokens', () => {
    const account = seedAliyunAccount(aliyunRehearsalAccounts[0], 0, createPrng(3), testNow, 13);
    expect(account.casterQuota).toBe(13);
    expect(account.clientTokens).toEqual(new Map());
    expect(account.casters.map((caster) => caster.resourceGroupId)).toContain(defaultResourceGroupId(account.accountId));
  });
});
