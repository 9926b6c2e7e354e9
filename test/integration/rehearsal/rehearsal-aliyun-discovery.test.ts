import { describe, expect, it } from 'vitest';
import { runAction } from '../../../electron/cloud/actions/action-definition';
import { listLiveDomains, listOnlineStreams, queryLiveDomains, queryOnlineStreams } from '../../../electron/cloud/actions/aliyun/discovery';
import { listAllPages } from '../../../electron/cloud/actions/aliyun/list-all-pages';
import type { PagingProgress } from '../../../electron/cloud/actions/paging';
import { errorOf } from '../cloud/client-harness';
import { streamPath, switchableStream } from '../cloud/desk-lookups';
import { deskClient, useRehearsalCloud } from '../cloud/rehearsal-fixture';

// The domain picker and the "live now" list end to end: DescribeLiveUserDomains and
// DescribeLiveStreamsOnlineList through the typed actions, with their different paging names,
// walked over several small pages against the rehearsal cloud.
const rehearsal = useRehearsalCloud();

describe('Live domains', () => {
  it('lists every domain of the account, the same walked two a page', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const all = await listLiveDomains(client);
    const progress: PagingProgress[] = [];
    const walked = await listAllPages(client, queryLiveDomains, {}, 2, { onProgress: (step) => progress.push(step) });
    expect(walked).toEqual(all);
    expect(progress).toHaveLength(Math.ceil(all.length / 2));
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every((step) => step.total === all.length)).toBe(true);
    expect(new Set(all.map((domain) => domain.type))).toEqual(new Set(['liveVideo', 'liveEdge']));
  });

  it('filters by kind, and by an exact name', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const streaming = await listLiveDomains(client, { type: 'liveVideo' });
    expect(streaming.length).toBeGreaterThan(0);
    expect(streaming.every((domain) => domain.type === 'liveVideo')).toBe(true);
    const [first] = streaming;
    const exact = await runAction(client, queryLiveDomains, { name: first?.name, match: 'exact' });
    expect(exact).toEqual({ items: [first], total: 1 });
  });

  it('refuses a page larger than the documented 50 before anything is sent', async () => {
    const t = await deskClient(rehearsal(), 'aliyun');
    expect(await errorOf(runAction(t.client, queryLiveDomains, { pageSize: 51 }))).toMatchObject({ code: 'cloud.invalidInput', fields: { pageSize: { code: 'outOfRange' } } });
    expect(t.sent).toEqual([]);
  });
});

describe('online streams', () => {
  it('lists the streams ingested on a domain, the same walked one a page', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const lists = await Promise.all((await listLiveDomains(client, { type: 'liveVideo' })).map((domain) => listOnlineStreams(client, { domain: domain.name })));
    const busiest = lists.reduce((most, list) => (list.length > most.length ? list : most), []);
    const [first] = busiest;
    if (!first) throw new Error('no stream online');
    const progress: PagingProgress[] = [];
    const walked = await listAllPages(client, queryOnlineStreams, { domain: first.domain }, 1, { onProgress: (step) => progress.push(step) });
    expect(walked).toEqual(busiest);
    expect(progress).toHaveLength(busiest.length);
    for (const stream of busiest) {
      expect(stream).toMatchObject({ domain: first.domain, width: 1920, height: 1080, transcoded: false });
      expect(stream.publishedAt).toMatch(/Z$/);
      expect(stream.publishUrl).toBe(`rtmp://${stream.publishDomain}/${stream.app}/${stream.stream}`);
    }
  });

  it('matches a stream name exactly when asked, and a part of it otherwise', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const [domain] = await listLiveDomains(client, { type: 'liveVideo', status: 'online' });
    if (!domain) throw new Error('no online streaming domain');
    const [stream] = await listOnlineStreams(client, { domain: domain.name });
    if (!stream) throw new Error('no stream online');
    const part = stream.stream.slice(1);
    expect((await listOnlineStreams(client, { domain: domain.name, stream: part })).map(streamPath)).toContain(streamPath(stream));
    expect(await listOnlineStreams(client, { domain: domain.name, stream: part, exactMatch: true })).toEqual([]);
    expect((await listOnlineStreams(client, { domain: domain.name, stream: stream.stream, exactMatch: true })).map(streamPath)).toEqual([streamPath(stream)]);
  });

  it('drops a stream once every encoder stopped pushing, and not before', async () => {
    const cloud = rehearsal();
    const { client } = await deskClient(cloud, 'aliyun');
    const { stream } = await switchableStream(client, false);
    const listed = async () => (await listOnlineStreams(client, { domain: stream.domain })).map(streamPath);
    const [last, ...others] = stream.upstreams;
    for (const upstream of others) await cloud.drill({ kind: 'cut', stream: streamPath(stream), upstream: upstream.sequence });
    expect(await listed()).toContain(streamPath(stream));
    await cloud.drill({ kind: 'cut', stream: streamPath(stream), upstream: last?.sequence });
    expect(await listed()).not.toContain(streamPath(stream));
  });

  it('answers a domain the account does not have with domain.notFound', async () => {
    const { client } = await deskClient(rehearsal(), 'aliyun');
    const names = (await listLiveDomains(client)).map((domain) => domain.name);
    const [known] = names;
    if (!known) throw new Error('no domain listed');
    const missing = `missing.${known}`;
    expect(names).not.toContain(missing);
    expect(await errorOf(runAction(client, queryOnlineStreams, { domain: missing }))).toMatchObject({ code: 'domain.notFound', params: { providerCode: 'InvalidDomainName.NotFound' } });
  });
});
