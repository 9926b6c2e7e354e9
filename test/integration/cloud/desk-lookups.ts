import { runAction } from '../../../electron/cloud/actions/action-definition';
import { describeCasterConfig } from '../../../electron/cloud/actions/aliyun/caster-config';
import { listStudios } from '../../../electron/cloud/actions/aliyun/caster-list';
import { listLiveDomains } from '../../../electron/cloud/actions/aliyun/discovery';
import { listDualIngestStreams } from '../../../electron/cloud/actions/aliyun/dual-stream';
import type { CloudClient } from '../../../electron/cloud/cloud-client';
import type { DualIngestStream, DualIngestUpstream } from '../../../shared/domain/live-streams';
import type { Studio, StudioConfig } from '../../../shared/domain/studios';

/**
 * Finding what a test acts on the way an operator does: by listing the rehearsal account through
 * the product's typed actions, never by naming what a list can tell. Call these with a client of
 * their own, so the client under test sends, logs and journals only the call being tested.
 */

/** `domain/app/stream`, as drills and the journal name a stream. */
export const streamPath = (stream: Pick<DualIngestStream, 'domain' | 'app' | 'stream'>): string => `${stream.domain}/${stream.app}/${stream.stream}`;

/** Every dual-ingest stream of the account, over all its streaming domains. */
export async function allDualIngestStreams(client: CloudClient): Promise<DualIngestStream[]> {
  const domains = await listLiveDomains(client, { type: 'liveVideo' });
  const lists = await Promise.all(domains.map((domain) => listDualIngestStreams(client, { domain: domain.name })));
  return lists.flat();
}

/** A stream with an upstream on air, and a standby to switch to. */
export interface SwitchableStream {
  stream: DualIngestStream;
  master: DualIngestUpstream;
  standby: DualIngestUpstream;
}

/** A stream in automatic (`true`) or manual mode with an upstream on air and at least one standby. */
export async function switchableStream(client: CloudClient, automatic: boolean): Promise<SwitchableStream> {
  for (const stream of await allDualIngestStreams(client)) {
    const master = stream.upstreams.find((upstream) => upstream.master);
    const standby = stream.upstreams.find((upstream) => !upstream.master);
    if (stream.automatic === automatic && master && standby) return { stream, master, standby };
  }
  throw new Error(`the rehearsal account lists no ${automatic ? 'automatic' : 'manual'} stream with a standby`);
}

/** The stream as the cloud lists it now; undefined when it has left the list. */
export async function rereadStream(client: CloudClient, stream: DualIngestStream): Promise<DualIngestStream | undefined> {
  const listed = await listDualIngestStreams(client, { domain: stream.domain, stream: stream.stream });
  return listed.find((candidate) => candidate.app === stream.app);
}

/** The first listed studio that fits, named in the error when there is none. */
export async function studioWhere(client: CloudClient, fits: (studio: Studio) => boolean, what: string): Promise<Studio> {
  const studio = (await listStudios(client)).find(fits);
  if (!studio) throw new Error(`the rehearsal account lists no ${what}`);
  return studio;
}

/** A listed studio whose configuration fits too (e.g. idle, with an output domain to start on). */
export async function configuredStudio(
  client: CloudClient,
  fits: (studio: Studio, config: StudioConfig) => boolean,
  what: string,
): Promise<{ studio: Studio; config: StudioConfig }> {
  for (const studio of await listStudios(client)) {
    const config = await runAction(client, describeCasterConfig, { studioId: studio.id });
    if (fits(studio, config)) return { studio, config };
  }
  throw new Error(`the rehearsal account lists no ${what}`);
}
