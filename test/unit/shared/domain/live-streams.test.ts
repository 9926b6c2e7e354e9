import { describe, expect, it } from 'vitest';
import { DualIngestStream, LiveDomain, OnlineStream, onAirUpstream, type DualIngestUpstream } from '../../../../shared/domain/live-streams';

const upstream = (sequence: string, master: boolean): DualIngestUpstream => ({ sequence, ip: '1.1.1.1', since: '2024-11-13T09:20:47.000Z', master });

const dualIngest: DualIngestStream = {
  domain: 'play.example.com',
  app: 'live',
  stream: 'teststream',
  automatic: true,
  upstreams: [upstream('teststream_AliRewrite_1', true), upstream('teststream_AliRewrite_2', false)],
  changes: [{ at: '2024-11-13T09:25:00.000Z', reason: 'manual', rawReason: 'merge cut manually', sequence: 'teststream_AliRewrite_2', ip: '2.2.2.2' }],
};

describe('onAirUpstream', () => {
  it('is the one upstream the cloud marks as master', () => {
    expect(onAirUpstream(dualIngest)?.sequence).toBe('teststream_AliRewrite_1');
  });

  it('is null when no upstream or more than one is marked: the tally is unknown, never guessed', () => {
    expect(onAirUpstream({ upstreams: [upstream('a', false), upstream('b', false)] })).toBeNull();
    expect(onAirUpstream({ upstreams: [upstream('a', true), upstream('b', true)] })).toBeNull();
    expect(onAirUpstream({ upstreams: [] })).toBeNull();
  });
});

describe('live-stream schemas', () => {
  it('accept what the typed actions produce, so they can cross IPC', () => {
    expect(DualIngestStream.parse(dualIngest)).toEqual(dualIngest);
    const domain = { name: 'play.example.com', type: 'liveVideo', status: 'online', region: null, cname: null, description: '', createdAt: null };
    expect(LiveDomain.parse(domain)).toEqual(domain);
  });

  it('hold every time as ISO 8601 UTC and refuse anything else', () => {
    expect(DualIngestStream.safeParse({ ...dualIngest, upstreams: [{ ...upstream('a', true), since: '2024-11-13 09:20:47' }] }).success).toBe(false);
    expect(DualIngestStream.safeParse({ ...dualIngest, changes: [{ ...dualIngest.changes[0], at: '2024-11-13T17:25:00+08:00' }] }).success).toBe(false);
  });

  it('keep switch reasons, domain kinds and ingest points to their closed sets', () => {
    expect(DualIngestStream.safeParse({ ...dualIngest, changes: [{ ...dualIngest.changes[0], reason: 'merge cut manually' }] }).success).toBe(false);
    expect(LiveDomain.shape.type.options).toEqual(['liveVideo', 'liveEdge', 'other']);
    expect(OnlineStream.shape.ingestPoint.unwrap().options).toEqual(['edge', 'center', 'other']);
  });
});
