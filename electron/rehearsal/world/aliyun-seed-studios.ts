import type { Caster } from './aliyun-world';
import type { Prng } from './prng';

/**
 * The production studios a rehearsal account starts with: idle and running, pay-as-you-go and
 * one subscription studio, general and playlist kinds, with and without an output domain (a
 * studio without one cannot start), tagged and untagged, English and Chinese names, one made
 * with a ClientToken — every case the studio screens and their errors have to show.
 */

const minute = 60_000;
const day = 24 * 60 * minute;

/** One seeded studio; the generator fills in its id, times and token. */
export interface StudioPlan {
  name: string;
  normType: 1 | 6;
  chargeType?: Caster['chargeType'];
  running?: boolean;
  /** The output domain SetCasterConfig set; null: never configured. */
  domain: string | null;
  tags?: Caster['tags'];
  /** Created through CreateCaster with a ClientToken (listed as `ClientTokenId`). */
  withToken?: boolean;
  /** Listed with a `LIVEPRODUCER_POST-cn-…` id rather than a UUID (§3.3 shows both). */
  producerId?: boolean;
  resourceGroupId?: string;
  /** Further SetCasterConfig fields, as sent. */
  config?: Record<string, string>;
}

const hdTranscode = JSON.stringify({ casterTemplate: 'lp_hd', LiveTemplateIds: { LocationId: ['lld', 'lsd'] } });
const ldTranscode = JSON.stringify({ casterTemplate: 'lp_ld', LiveTemplateIds: { LocationId: ['lld'] } });
const recording = JSON.stringify({ endpoint: 'oss-cn-shanghai.aliyuncs.com', ossBucket: 'rehearsal-recordings', videoFormat: [{ format: 'm3u8', interval: 3600 }] });
const sportsGroup = 'rg-aekzsports0001';

/** The first account's studios (twelve). */
export const mainDeskStudios: readonly StudioPlan[] = [
  { name: '晚间新闻', normType: 1, running: true, domain: 'news.rehearsal.example', tags: [{ key: 'show', value: 'evening-news' }], config: { TranscodeConfig: hdTranscode, ChannelEnable: '1' } },
  { name: '赛事 1', normType: 1, running: true, domain: 'sports.rehearsal.example', tags: [{ key: 'team', value: 'sports' }], resourceGroupId: sportsGroup, config: { TranscodeConfig: hdTranscode, Delay: '10' } },
  { name: '赛事 2', normType: 1, domain: 'sports.rehearsal.example', tags: [{ key: 'team', value: 'sports' }], resourceGroupId: sportsGroup },
  { name: 'Morning Show', normType: 1, domain: 'live.rehearsal.example', withToken: true, config: { TranscodeConfig: ldTranscode } },
  { name: 'Weekend Loop', normType: 6, running: true, domain: 'live.rehearsal.example', config: { ProgramEffect: '1', ProgramName: 'weekend-loop' } },
  { name: 'Lobby Carousel', normType: 6, domain: null, tags: [{ key: 'venue', value: 'lobby' }] },
  { name: 'Press Room', normType: 1, domain: null },
  { name: 'Subscription Desk', normType: 1, chargeType: 'PrePaid', domain: 'news.rehearsal.example', config: { TranscodeConfig: hdTranscode } },
  {
    name: 'Concert Hall',
    normType: 1,
    running: true,
    domain: 'live.rehearsal.example',
    producerId: true,
    tags: [{ key: 'show', value: 'concert' }, { key: 'team', value: 'music' }],
    config: {
      RecordConfig: recording,
      Delay: '30',
      ChannelEnable: '1',
      UrgentLiveStreamUrl: 'rtmp://push.rehearsal.example/live/concert-standby',
      AutoSwitchUrgentOn: 'true',
      AutoSwitchUrgentConfig: '{"eofThres":3}',
      SideOutputUrl: 'rtmp://relay.rehearsal.example/live/concert',
    },
  },
  { name: 'Training', normType: 1, domain: null },
  { name: '备用导播台', normType: 1, domain: 'news.rehearsal.example' },
  { name: 'Night Loop', normType: 6, domain: 'sports.rehearsal.example', resourceGroupId: sportsGroup },
];

/** Every other account's studios (four), on its own streaming domain. */
export function smallDeskStudios(playDomain: string): StudioPlan[] {
  return [
    { name: 'Second Desk Main', normType: 1, running: true, domain: playDomain, tags: [{ key: 'show', value: 'evening' }] },
    { name: '第二演播室', normType: 1, domain: playDomain, withToken: true },
    { name: 'Second Desk Loop', normType: 6, domain: null },
    { name: 'Spare', normType: 1, domain: null },
  ];
}

const hex = '0123456789abcdef';
const base36 = '0123456789abcdefghijklmnopqrstuvwxyz';

function characters(prng: Prng, alphabet: string, length: number): string {
  return Array.from({ length }, () => alphabet.charAt(prng.int(0, alphabet.length - 1))).join('');
}

/** A version-4-shaped UUID from the generator, so ids repeat with the seed. */
export function seededUuid(prng: Prng): string {
  const digits = characters(prng, hex, 32);
  const variant = hex.charAt(8 + prng.int(0, 3));
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-4${digits.slice(13, 16)}-${variant}${digits.slice(17, 20)}-${digits.slice(20)}`;
}

function seedStudio(plan: StudioPlan, defaultGroup: string, prng: Prng, now: number): Caster {
  const id = plan.producerId ? `LIVEPRODUCER_POST-cn-${characters(prng, base36, 10)}` : seededUuid(prng);
  const createdAt = Math.floor((now - prng.int(2 * day, 400 * day)) / 1000) * 1000;
  const startedAt = plan.running ? Math.floor((now - prng.int(10 * minute, 300 * minute)) / 1000) * 1000 : null;
  const lastChange = Math.floor((createdAt + prng.next() * (now - createdAt)) / 1000) * 1000;
  return {
    id,
    name: plan.name,
    normType: plan.normType,
    chargeType: plan.chargeType ?? 'PostPaid',
    status: plan.running ? 1 : 0,
    createdAt,
    modifiedAt: Math.max(lastChange, startedAt ?? 0),
    startedAt,
    clientToken: plan.withToken ? seededUuid(prng) : null,
    resourceGroupId: plan.resourceGroupId ?? defaultGroup,
    tags: plan.tags?.map((tag) => ({ ...tag })) ?? [],
    config: { ...(plan.domain ? { DomainName: plan.domain } : {}), ...plan.config },
  };
}

/** Builds the planned studios in order, ids, times and tokens drawn from the generator. */
export function seedStudios(plans: readonly StudioPlan[], defaultGroup: string, prng: Prng, now: number): Caster[] {
  return plans.map((plan) => seedStudio(plan, defaultGroup, prng, now));
}
