import { describe, expect, it } from 'vitest';
import { runAction } from '../../../electron/cloud/actions/action-definition';
import { listDualIngestStreams, queryDualIngestStreams, setAutomaticSwitching, switchOnAirUpstream } from '../../../electron/cloud/actions/aliyun/dual-stream';
import { describeDualStreamConfig, setDualStreamConfig } from '../../../electron/cloud/actions/aliyun/dual-stream-config';
import { listAllPages } from '../../../electron/cloud/actions/aliyun/list-all-pages';
import { listLiveDomains, listOnlineStreams } from '../../../electron/cloud/actions/aliyun/discovery';
import type { PagingProgress } from '../../../electron/cloud/actions/paging';
import type { DualIngestStream } from '../../../shared/domain/live-streams';
import { toAppError } from '../../../shared/errors/app-error';
import { errorOf } from '../cloud/client-harness';
import { allDualIngestStreams, rereadStream, streamPath, switchableStream } from '../cloud/desk-lookups';
import { deskClient, useRehearsalCloud } from '../cloud/rehearsal-fixture';

// The failover board's typed actions end to end over HTTP against the rehearsal cloud: reading
// which encoder is on air, switching, automatic mode, the domain's dual-stream switch — and what
// an encoder dropping out (`cut`) looks like through them in automatic and in manual mode.
const rehearsal = useRehearsalCloud();

/** The sequences of the upstreams on air: exactly one while the stream is on the air. */
const onAir = (stream: DualIngestStream | undefined) => stream?.upstreams.filter((upstream) => upstream.master).map((upstream) => upstream.sequence);

describe('dual-stream list', () => {
  it('lists every stream of a domain with one upstream on air, the same walked one stream a page', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const streams = await allDualIngestStreams(client);
    const domain = streams.find((stream) => streams.filter((other) => other.domain === stream.domain).length > 1)?.domain;
    if (!domain) throw new Error('no domain with several dual-ingest streams');
    const progress: PagingProgress[] = [];
    const walked = await listAllPages(client, queryDualIngestStreams, { domain }, 1, { onProgress: (step) => progress.push(step) });
    expect(walked).toEqual(streams.filter((stream) => stream.domain === domain));
    expect(progress.map((step) => step.pages)).toEqual(walked.map((_, index) => index + 1));
    for (const stream of streams) {
      expect(onAir(stream)).toHaveLength(1);
      expect(stream.upstreams.length).toBeGreaterThan(1);
      expect(stream.upstreams.every((upstream) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/.test(upstream.since))).toBe(true);
    }
  });

  it('refuses a domain that is not a streaming domain as an invalid parameter', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const [ingest] = await listLiveDomains(client, { type: 'liveEdge' });
    if (!ingest) throw new Error('no ingest domain listed');
    expect(await errorOf(runAction(client, queryDualIngestStreams, { domain: ingest.name }))).toMatchObject({ code: 'cloud.invalidParameter', params: { providerCode: 'InvalidParameter' } });
  });
});

describe('switching', () => {
  it('puts the standby on air, logged as a manual change; naming the upstream on air again changes nothing', async () => {
    const cloud = rehearsal();
    const t = await deskClient(cloud, 'aliyun');
    const { stream, standby } = await switchableStream(t.client, false);
    const request = { domain: stream.domain, app: stream.app, stream: stream.stream, sequence: standby.sequence };
    expect(await runAction(t.client, switchOnAirUpstream, request)).toEqual({ requestId: expect.any(String) });
    await runAction(t.client, switchOnAirUpstream, request);
    const now = await rereadStream(t.client, stream);
    expect(onAir(now)).toEqual([standby.sequence]);
    expect(now?.changes.slice(1)).toEqual(stream.changes);
    expect(now?.changes[0]).toMatchObject({ reason: 'manual', rawReason: 'merge cut manually', sequence: standby.sequence, ip: standby.ip });
    expect((await t.journal()).entries).toMatchObject([
      { action: 'SetLiveDomainMultiStreamMaster', target: streamPath(stream), outcome: 'ok' },
      { action: 'SetLiveDomainMultiStreamMaster', target: streamPath(stream), outcome: 'ok' },
    ]);
  });

  it('refuses an upstream the stream does not list as an invalid parameter', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const { stream } = await switchableStream(client, true);
    const unknownUpstream = await errorOf(runAction(client, switchOnAirUpstream, { domain: stream.domain, app: stream.app, stream: stream.stream, sequence: `${stream.stream}_AliRewrite_99` }));
    expect(unknownUpstream).toMatchObject({ code: 'cloud.invalidParameter', params: { providerCode: 'InvalidParameter' } });
  });

  it('refuses a stream ingested by one encoder only — online, but with no dual-ingest task', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const dual = (await allDualIngestStreams(client)).map(streamPath);
    const domains = await listLiveDomains(client, { type: 'liveVideo', status: 'online' });
    const online = (await Promise.all(domains.map((domain) => listOnlineStreams(client, { domain: domain.name })))).flat();
    const single = online.find((stream) => !dual.includes(streamPath(stream)));
    if (!single) throw new Error('no single-encoder stream online');
    const request = { domain: single.domain, app: single.app, stream: single.stream };
    expect(await errorOf(runAction(client, setAutomaticSwitching, { ...request, automatic: true }))).toMatchObject({
      code: 'stream.noDualIngest',
      params: { providerCode: 'CodeTaskNotExist' },
    });
    expect(await errorOf(runAction(client, switchOnAirUpstream, { ...request, sequence: `${single.stream}_AliRewrite_1` }))).toMatchObject({ code: 'stream.noDualIngest' });
  });

  it('turns automatic switching off and on for one stream', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const { stream } = await switchableStream(client, true);
    const mode = { domain: stream.domain, app: stream.app, stream: stream.stream };
    await runAction(client, setAutomaticSwitching, { ...mode, automatic: false });
    expect((await rereadStream(client, stream))?.automatic).toBe(false);
    await runAction(client, setAutomaticSwitching, { ...mode, automatic: true });
    expect((await rereadStream(client, stream))?.automatic).toBe(true);
  });
});

describe('an encoder dropping out (cut drill)', () => {
  it('in automatic mode: the standby that has pushed longest goes on air, logged as "master stream no data"', async () => {
    const cloud = rehearsal();
    const { client } = await deskClient(cloud, 'aliyun');
    const { stream, master } = await switchableStream(client, true);
    const [heir] = stream.upstreams.filter((upstream) => !upstream.master);
    await cloud.drill({ kind: 'cut', stream: streamPath(stream) });
    const now = await rereadStream(client, stream);
    expect(now?.upstreams.map((upstream) => upstream.sequence)).not.toContain(master.sequence);
    expect(onAir(now)).toEqual([heir?.sequence]);
    expect(now?.changes[0]).toMatchObject({ reason: 'noData', rawReason: 'master stream no data', sequence: heir?.sequence });
  });

  it('in manual mode: nothing is on air until the operator switches', async () => {
    const cloud = rehearsal();
    const { client } = await deskClient(cloud, 'aliyun');
    const { stream, master, standby } = await switchableStream(client, false);
    await cloud.drill({ kind: 'cut', stream: streamPath(stream) });
    const dark = await rereadStream(client, stream);
    expect(dark?.upstreams.map((upstream) => upstream.sequence)).not.toContain(master.sequence);
    expect(onAir(dark)).toEqual([]);
    expect(dark?.changes).toEqual(stream.changes);
    await runAction(client, switchOnAirUpstream, { domain: stream.domain, app: stream.app, stream: stream.stream, sequence: standby.sequence });
    const restored = await rereadStream(client, stream);
    expect(onAir(restored)).toEqual([standby.sequence]);
    expect(restored?.changes[0]).toMatchObject({ reason: 'manual', sequence: standby.sequence });
  });
});

describe("the domain's dual-stream switch", () => {
  it('reads it, and turning it off takes the streams off the dual-stream list until it is on again', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const { stream, standby } = await switchableStream(client, false);
    const domain = { domain: stream.domain };
    expect(await runAction(client, describeDualStreamConfig, domain)).toEqual({ enabled: true });
    await runAction(client, setDualStreamConfig, { ...domain, enabled: false });
    expect(await runAction(client, describeDualStreamConfig, domain)).toEqual({ enabled: false });
    expect(await listDualIngestStreams(client, domain)).toEqual([]);
    const suspended = await errorOf(runAction(client, switchOnAirUpstream, { ...domain, app: stream.app, stream: stream.stream, sequence: standby.sequence }));
    expect(suspended).toMatchObject({ code: 'stream.noDualIngest' });
    await runAction(client, setDualStreamConfig, { ...domain, enabled: true });
    expect(await rereadStream(client, stream)).toEqual(stream);
  });

  it('is refused for a streaming domain without an ingest mapping, and only for such a domain', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const domains = await listLiveDomains(client, { type: 'liveVideo' });
    const reads = await Promise.all(domains.map((domain) => runAction(client, describeDualStreamConfig, { domain: domain.name }).then(() => null, toAppError)));
    const refused = reads.filter((error) => error !== null);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length).toBeLessThan(domains.length);
    expect(refused.every((error) => error.code === 'domain.noIngestMapping' && error.params.providerCode === 'CodeGetPushbackDomainError')).toBe(true);
  });
});
