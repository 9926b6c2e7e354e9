import { createHash } from 'node:crypto';
import { CloudFault } from '../cloud-fault';
import { defaultResourceGroupId } from '../world/aliyun-seed';
import type { AliyunAccountWorld, Caster } from '../world/aliyun-world';
import type { AliyunAction } from './aliyun-action';
import { casterNamed, transcodeOf } from './caster-lookup';
import { invalidParameter, optionalParam, requiredEnumParam, requiredParam, requireParams, tagParams, type RpcParams } from './param-rules';

/**
 * Creating, copying, deleting, starting, stopping and restarting studios, aliyun-live.md §3.1–§3.6.
 * Replaying a ClientToken is the gateway's job; these store the token on the studio they make
 * (DescribeCasters' `ClientTokenId`), which is how a desk finds a studio after an ambiguous failure.
 */

/**
 * The ClientToken CreateCaster and CopyCaster require: ASCII, at most 64 characters (§3.1). A
 * missing one is refused the same way, as the CopyCaster error table says ("non-ASCII / too long /
 * missing").
 */
function clientToken(params: RpcParams): string {
  const token = optionalParam(params, 'ClientToken');
  if (token === undefined || !/^[\x20-\x7E]{1,64}$/.test(token)) {
    throw new CloudFault(400, 'InvalidClientToken.Malformed', 'The specified ClientToken is malformed: it must be ASCII and at most 64 characters.');
  }
  return token;
}

/**
 * The account's studio quota, counted over the studios that exist (deleted ones are gone).
 * `CasterNumberExceed` is 400, as the Live error centre lists it; the CopyCaster page says 401 —
 * the pages differ, and clients branch on the code (§3.1, §6.1).
 */
function checkQuota(account: AliyunAccountWorld): void {
  if (account.casters.length >= account.casterQuota) throw new CloudFault(400, 'CasterNumberExceed', 'The number casters is exceeded.');
}

/** What a new studio takes from its request (create) or its source (copy). */
type StudioSettings = Pick<Caster, 'name' | 'normType' | 'resourceGroupId' | 'tags' | 'config'>;

/** Adds a new studio as both create and copy make one: pay-as-you-go, idle, carrying its ClientToken. */
function addNewStudio(account: AliyunAccountWorld, settings: StudioSettings, token: string, now: number, newId: () => string): Record<string, unknown> {
  const studio: Caster = { ...settings, id: newId(), chargeType: 'PostPaid', status: 0, createdAt: now, modifiedAt: now, startedAt: null, clientToken: token };
  account.casters.push(studio);
  return { CasterId: studio.id };
}

/**
 * CreateCaster (§3.4): a new idle studio. `ClientToken`, `ChargeType` and `NormType` are required;
 * only `PostPaid` can be created (`PrePaid` is "not yet supported": `InvalidParameter`), and
 * `NormType` is 1, 3, 4 or 6. `ResourceGroupId` defaults to the account's default group.
 */
export const createCaster: AliyunAction = ({ account, params, now, newId }) => {
  const token = clientToken(params);
  const chargeType = requiredParam(params, 'ChargeType');
  if (chargeType !== 'PostPaid') {
    throw invalidParameter('ChargeType', chargeType === 'PrePaid' ? 'PrePaid studios are not supported yet; use PostPaid.' : 'It must be PostPaid.');
  }
  const normType = Number(requiredEnumParam(params, 'NormType', ['1', '3', '4', '6'] as const));
  const tags = tagParams(params);
  checkQuota(account);
  const resourceGroupId = optionalParam(params, 'ResourceGroupId') ?? defaultResourceGroupId(account.accountId);
  return addNewStudio(account, { name: optionalParam(params, 'CasterName') ?? '', normType, resourceGroupId, tags, config: {} }, token, now, newId);
};

/**
 * CopyCaster (§3.1): a new idle studio with the source's kind, resource group and whole
 * configuration, under the given name. The copy is pay-as-you-go whatever the source (a
 * subscription cannot be bought by copying), and tags stay with the source: they label a resource,
 * they are not part of its configuration.
 */
export const copyCaster: AliyunAction = ({ account, params, now, newId }) => {
  requireParams(params, 'CasterName', 'SrcCasterId');
  const name = requiredParam(params, 'CasterName');
  const token = clientToken(params);
  const source = casterNamed(account, params, 'SrcCasterId');
  checkQuota(account);
  const { normType, resourceGroupId, config } = source;
  return addNewStudio(account, { name, normType, resourceGroupId, tags: [], config: { ...config } }, token, now, newId);
};

/**
 * DeleteCaster (§3.5): removes an idle pay-as-you-go studio. A subscription studio is
 * `InvaildCaster.Delete` (sic, 400) — checked first, since stopping it would not help — and a
 * running one `IncorrectCasterStatus.Inuse` (400).
 */
export const deleteCaster: AliyunAction = ({ account, params }) => {
  const caster = casterNamed(account, params);
  if (caster.chargeType === 'PrePaid') throw new CloudFault(400, 'InvaildCaster.Delete', 'Caster can not be deleted when ChargeType is Prepaid');
  if (caster.status === 1) throw new CloudFault(400, 'IncorrectCasterStatus.Inuse', 'The caster is running; stop it before deleting it.');
  account.casters.splice(account.casters.indexOf(caster), 1);
  return { CasterId: caster.id };
};

/** A scene's id, stable for the studio: scenes are created on the first start and kept. */
function sceneId(caster: Caster, role: 'pgm' | 'pvw'): string {
  const digest = createHash('sha1').update(`${caster.id}/${role}`).digest('hex');
  return `${digest.slice(0, 8)}-${digest.slice(8, 12)}-${digest.slice(12, 16)}-${digest.slice(16, 20)}-${digest.slice(20, 32)}`;
}

/** The relay outputs SetCasterConfig configured: `SideOutputUrl` and the quoted `SideOutputUrlList`. */
function sideOutputs(caster: Caster): string[] {
  const listed = (caster.config.SideOutputUrlList ?? '').split(',').map((url) => url.trim().replace(/^"|"$/g, ''));
  return [caster.config.SideOutputUrl ?? '', ...listed].filter((url) => url !== '');
}

/** StartCaster's scenes (§3.6): program with its transcode and relay outputs, and preview. */
function startedScenes(caster: Caster, domain: string) {
  const program = sceneId(caster, 'pgm');
  const preview = sceneId(caster, 'pvw');
  const transcoded = transcodeOf(caster).locations.map((location) => ({
    OutputStreamUrl: `rtmp://${domain}/caster/${program}_${location}`,
    TranscodeConfig: location,
    VideoFormat: 'flv',
  }));
  const relayed = sideOutputs(caster).map((url) => ({ OutputStreamUrl: url, VideoFormat: 'rtmp' }));
  return {
    PgmSceneInfos: { SceneInfo: [{ SceneId: program, StreamUrl: `rtmp://${domain}/caster/${program}`, StreamInfos: { StreamInfo: [...transcoded, ...relayed] } }] },
    PvwSceneInfos: { SceneInfo: [{ SceneId: preview, StreamUrl: `rtmp://${domain}/caster/${preview}` }] },
  };
}

/**
 * StartCaster (§3.6): starts program and preview. Starting a running studio is refused with
 * `IncorrectCasterStatus.Inuse` (400) rather than answered again, so a desk that retries a start
 * learns the studio is already producing. A studio without an output `DomainName` is
 * `InvalidDomainName.NotFound`, given 404 like the family's other `.NotFound` codes (the page
 * that documents it gives no status).
 */
export const startCaster: AliyunAction = ({ account, params, now }) => {
  const caster = casterNamed(account, params);
  if (caster.status === 1) throw new CloudFault(400, 'IncorrectCasterStatus.Inuse', 'The caster is already running.');
  const domain = caster.config.DomainName;
  if (domain === undefined) throw new CloudFault(404, 'InvalidDomainName.NotFound', 'The caster has no DomainName; set one with SetCasterConfig before starting it.');
  Object.assign(caster, { status: 1, startedAt: now, modifiedAt: now });
  return startedScenes(caster, domain);
};

/**
 * StopCaster (§3.6): stops program and preview. Stopping an idle studio is refused with
 * `IncorrectCasterStatus.Idle` (400): StopCaster's own table names no status code for it, and
 * `IncorrectSceneStatus` would tell the desk "busy, try again", which is not true.
 */
export const stopCaster: AliyunAction = ({ account, params, now }) => {
  const caster = casterNamed(account, params);
  if (caster.status === 0) throw new CloudFault(400, 'IncorrectCasterStatus.Idle', 'The caster is not running.');
  Object.assign(caster, { status: 0, startedAt: null, modifiedAt: now });
  return {};
};

/**
 * RestartCaster (§3.6): reloads a running studio's configuration; production goes on, so its start
 * time stays. Only general (1) and playlist (6) studios: others are `IllegalOperation` (401, the
 * family's documented status); an idle studio is `IncorrectCasterStatus.Idle` (400).
 */
export const restartCaster: AliyunAction = ({ account, params, now }) => {
  const caster = casterNamed(account, params);
  if (caster.normType !== 1 && caster.normType !== 6) throw new CloudFault(401, 'IllegalOperation', 'RestartCaster supports general and playlist studios only.');
  if (caster.status === 0) throw new CloudFault(400, 'IncorrectCasterStatus.Idle', 'The caster is not running.');
  caster.modifiedAt = now;
  return {};
};
