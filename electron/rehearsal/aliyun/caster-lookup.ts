import { CloudFault } from '../cloud-fault';
import type { AliyunAccountWorld, Caster } from '../world/aliyun-world';
import { requiredParam, type RpcParams } from './param-rules';

/**
 * Finding the studio a caster action names, with the refusals the studio family documents
 * (aliyun-live.md §3.1, §3.5, §3.6), and reading the settings SetCasterConfig stored on it.
 */

/** The two id forms §3.3 shows: a UUID (`a2b8e671-…`) and `LIVEPRODUCER_POST-cn-0pp1czt…`. */
const idForms = [/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, /^LIVEPRODUCER_(POST|PRE)-[a-z]{2}-[a-z0-9]{6,}$/];

/** Whether an id has one of the documented forms; any other is `InvalidCasterId.Malformed`. */
export function isCasterIdForm(id: string): boolean {
  return idForms.some((form) => form.test(id));
}

/**
 * The studio named by `parameter` (`CasterId`, or `SrcCasterId` for CopyCaster): missing →
 * `Missing{Name}` (400), not an id form → `InvalidCasterId.Malformed` (400), not one of the
 * account's studios → `InvalidCaster.NotFound` (404).
 */
export function casterNamed(account: AliyunAccountWorld, params: RpcParams, parameter = 'CasterId'): Caster {
  const id = requiredParam(params, parameter);
  if (!isCasterIdForm(id)) throw new CloudFault(400, 'InvalidCasterId.Malformed', `The specified ${parameter} "${id}" is malformed.`);
  const caster = account.casters.find((candidate) => candidate.id === id);
  if (!caster) throw new CloudFault(404, 'InvalidCaster.NotFound', `The specified caster ${id} does not exist.`);
  return caster;
}

/** A stored JSON setting as an object; undefined when unset (SetCasterConfig checked it was one). */
export function jsonSetting(caster: Caster, field: string): Record<string, unknown> | undefined {
  const text = caster.config[field];
  return text === undefined ? undefined : (JSON.parse(text) as Record<string, unknown>);
}

/**
 * What the stored `TranscodeConfig` says: the resolution template (`casterTemplate`, or the
 * `CasterTemplate` spelling DescribeCasterConfig answers with, so a config read and written back
 * keeps it) and the transcode outputs (`LiveTemplateIds.LocationId[]`).
 */
export function transcodeOf(caster: Caster): { template: string | undefined; locations: string[] } {
  const setting = jsonSetting(caster, 'TranscodeConfig') ?? {};
  const template = setting.casterTemplate ?? setting.CasterTemplate;
  const ids = setting.LiveTemplateIds;
  const locations = typeof ids === 'object' && ids !== null && 'LocationId' in ids && Array.isArray(ids.LocationId) ? ids.LocationId : [];
  return { template: typeof template === 'string' ? template : undefined, locations: locations.filter((id): id is string => typeof id === 'string') };
}
