import { describe, expect, it } from 'vitest';
import { runAction } from '../../../../../electron/cloud/actions/action-definition';
import { describeDualStreamConfig, setDualStreamConfig } from '../../../../../electron/cloud/actions/aliyun/dual-stream-config';
import { listDualIngestStreams, queryDualIngestStreams, setAutomaticSwitching, switchOnAirUpstream } from '../../../../../electron/cloud/actions/aliyun/dual-stream';
import { listLiveDomains, listOnlineStreams, queryLiveDomains, queryOnlineStreams } from '../../../../../electron/cloud/actions/aliyun/discovery';
import { listAllPages } from '../../../../../electron/cloud/actions/aliyun/list-all-pages';
import { cutUpstream } from '../../../../../electron/rehearsal/aliyun/stream-drills';
import { onAirUpstream } from '../../../../../shared/domain/live-streams';
import { errorOf } from '../../../support/fake-cloud-client';
import { rehearsalClient, seededAccounts, streamAt, testNow } from './aliyun-harness';

/**
 * The product's typed dual-stream and discovery actions, run against the rehearsal handlers: every
 * answer must pass the client's response schema and read into what the failover board and the
 * domain picker show; every refusal must become the app error the desk explains.
 */

const iso = (epochMs: number) => new Date(Math.floor(epochMs / 1000) * 1000).toISOString();

describe('the client reads the rehearsal dual-stream answers', () => {
  it('reads the multi-stream list into the failover board’s streams, upstreams and history', async () => {
    const [desk] = seededAccounts();
    const { client } = rehearsalClient(desk);
    const page = await runAction(client, queryDualIngestStreams, { domain: 'live.rehearsal.example' });
    expect(page.total).toBe(2);
    const main = streamAt(desk, 'live.rehearsal.example/live/main');
    const board = page.items.find((item) => item.stream === 'main');
    expect(board).toMatchObject({ domain: 'live.rehearsal.example', app: 'live', automatic: main.optimalMode === 'on' });
    expect(board?.upstreams).toEqual(main.upstreams.map((upstream) => ({ sequence: upstream.sequence, ip: upstream.ip, since: iso(upstream.since), master: upstream.master })));
    expect(onAirUpstream(board ?? { upstreams: [] })?.sequence).toBe(main.upstreams.find((upstream) => upstream.master)?.sequence);
    const [change] = main.changeLogs;
    expect(board?.changes[0]).toMatchObject({ at: iso(change?.at ?? 0), rawReason: change?.reason, sequence: change?.sequence });
    expect(board?.changes[0]?.reason).not.toBe('other');
  });

  it('walks every page of the multi-stream list, one stream a page', async () => {
    const [desk] = seededAccounts();
    const { client, calls } = rehearsalClient(desk);
    const streams = await listAllPages(client, queryDualIngestStreams, { domain: 'sports.rehearsal.example' }, 1);
    expect(streams.map((stream) => stream.stream)).toEqual(['match-1', 'match-2', 'commentary']);
    expect(calls.map((call) => call.params.PageNumber)).toEqual([1, 2, 3]);
    expect(await listDualIngestStreams(client, { domain: 'sports.rehearsal.example' })).toHaveLength(3);
  });

  it('switches the on-air upstream, the switch showing on the next read as a manual change', async () => {
    const [desk] = seededAccounts();
    const { client } = rehearsalClient(desk, () => testNow + 60_000);
    const standby = streamAt(desk, 'live.rehearsal.example/live/main').upstreams.find((upstream) => !upstream.master)?.sequence ?? '';
    const switched = await runAction(client, switchOnAirUpstream, { domain: 'live.rehearsal.example', app: 'live', stream: 'main', sequence: standby });
    expect(switched.requestId).toMatch(/^REHEARSAL-/);
    const [stream] = await listDualIngestStreams(client, { domain: 'live.rehearsal.example', stream: 'main' });
    expect(onAirUpstream(stream ?? { upstreams: [] })?.sequence).toBe(standby);
    expect(stream?.changes[0]).toMatchObject({ reason: 'manual', sequence: standby, at: iso(testNow + 60_000) });
  });

  it('shows an automatic handover after a cut as noData, and a manual-mode cut as no upstream on air', async () => {
    const [desk] = seededAccounts();
    const { client } = rehearsalClient(desk);
    cutUpstream(desk, 'live.rehearsal.example/live/main', undefined, testNow);
    cutUpstream(desk, 'live.rehearsal.example/live/studio-b', undefined, testNow);
    const streams = await listDualIngestStreams(client, { domain: 'live.rehearsal.example' });
    const main = streams.find((stream) => stream.stream === 'main');
    expect(main?.changes[0]).toMatchObject({ reason: 'noData', rawReason: 'master stream no data' });
    expect(onAirUpstream(main ?? { upstreams: [] })).not.toBeNull();
    const manual = streams.find((stream) => stream.stream === 'studio-b');
    expect(manual?.upstreams).toHaveLength(1);
    expect(onAirUpstream(manual ?? { upstreams: [] })).toBeNull();
  });

  it('turns automatic switching off and reads it back', async () => {
    const [desk] = seededAccounts();
    const { client } = rehearsalClient(desk);
    await runAction(client, setAutomaticSwitching, { domain: 'sports.rehearsal.example', app: 'live', stream: 'match-1', automatic: false });
    const [stream] = await listDualIngestStreams(client, { domain: 'sports.rehearsal.example', stream: 'match-1' });
    expect(stream?.automatic).toBe(false);
  });

  it('raises stream.noDualIngest for a stream without a DR task, and cloud.invalidParameter for an unknown upstream', async () => {
    const [desk] = seededAccounts();
    const { client } = rehearsalClient(desk);
    const noTask = await errorOf(runAction(client, switchOnAirUpstream, { domain: 'live.rehearsal.example', app: 'live', stream: 'lobby', sequence: 'lobby_AliRewrite_1' }));
    expect(noTask).toMatchObject({ code: 'stream.noDualIngest', params: { providerCode: 'CodeTaskNotExist' }, requestId: expect.stringMatching(/^REHEARSAL-/) });
    const unknown = await errorOf(runAction(client, switchOnAirUpstream, { domain: 'live.rehearsal.example', app: 'live', stream: 'main', sequence: 'main_AliRewrite_9' }));
    expect(unknown).toMatchObject({ code: 'cloud.invalidParameter', params: { providerCode: 'InvalidParameter' } });
  });

  it('reads and sets the domain’s DR switch, and raises domain.noIngestMapping without an ingest mapping', async () => {
    const [desk] = seededAccounts();
    const { client } = rehearsalClient(desk);
    await expect(runAction(client, describeDualStreamConfig, { domain: 'live.rehearsal.example' })).resolves.toEqual({ enabled: true });
    await runAction(client, setDualStreamConfig, { domain: 'live.rehearsal.example', enabled: false });
    await expect(runAction(client, describeDualStreamConfig, { domain: 'live.rehearsal.example' })).resolves.toEqual({ enabled: false });
    expect(await errorOf(runAction(client, describeDualStreamConfig, { domain: 'studio.rehearsal.example' }))).toMatchObject({ code: 'domain.noIngestMapping' });
  });
});

describe('the client reads the rehearsal discovery answers', () => {
  it('reads every domain of the account, walking pages of two', async () => {
    const [desk] = seededAccounts();
    const { client } = rehearsalClient(desk);
    const walked = await listAllPages(client, queryLiveDomains, {}, 2);
    expect(walked.map((domain) => domain.name)).toEqual(desk.domains.map((domain) => domain.name));
    expect(walked[0]).toEqual({
      name: 'live.rehearsal.example',
      type: 'liveVideo',
      status: 'online',
      region: 'cn-shanghai',
      cname: 'live.rehearsal.example.w.alikunlun.com',
      description: '',
      createdAt: iso(desk.domains[0]?.createdAt ?? 0),
    });
    expect((await listLiveDomains(client, { type: 'liveEdge' })).map((domain) => domain.name)).toEqual(['push.rehearsal.example']);
    expect((await listLiveDomains(client, { name: 'news', match: 'prefix' })).map((domain) => domain.name)).toEqual(['news.rehearsal.example']);
  });

  it('reads the streams live now with their ingest details', async () => {
    const [desk] = seededAccounts();
    const { client } = rehearsalClient(desk);
    const streams = await listOnlineStreams(client, { domain: 'live.rehearsal.example' });
    expect(streams.map((stream) => stream.stream)).toEqual(['main', 'studio-b', 'lobby']);
    const main = streamAt(desk, 'live.rehearsal.example/live/main');
    expect(streams[0]).toMatchObject({
      publishedAt: iso(Math.min(...main.upstreams.map((upstream) => upstream.since))),
      publishDomain: 'push.rehearsal.example',
      ingestPoint: 'edge',
      clientIp: main.upstreams.find((upstream) => upstream.master)?.ip,
      transcoded: false,
      width: 1920,
      videoKbps: null,
    });
    const light = await runAction(client, queryOnlineStreams, { domain: 'live.rehearsal.example', stream: 'main', exactMatch: true, namesOnly: true });
    expect(light.items).toEqual([expect.objectContaining({ stream: 'main', clientIp: null, ingestPoint: null })]);
    const walked = await listAllPages(client, queryOnlineStreams, { domain: 'sports.rehearsal.example' }, 2);
    expect(walked.map((stream) => stream.stream)).toEqual(['match-1', 'match-2', 'commentary']);
  });

  it('raises domain.notFound for a domain of another account', async () => {
    const [desk] = seededAccounts();
    const { client } = rehearsalClient(desk);
    expect(await errorOf(runAction(client, queryOnlineStreams, { domain: 'live.second-desk.example' }))).toMatchObject({ code: 'domain.notFound', params: { providerCode: 'InvalidDomainName.NotFound' } });
  });
});
