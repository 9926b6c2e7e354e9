import { CloudFault } from '../cloud-fault';
import { parseUtcText } from './aliyun-times';

/**
 * How the Alibaba actions read their flat RPC parameters, with the cloud's refusals: a missing
 * mandatory parameter is `Missing{Name}` and a malformed one `InvalidParameter` naming it
 * (aliyun-live.md §6.2), so every handler refuses the same mistake in the same words.
 */

/** An action's parameters as the gateway hands them over (`Tag.1.Key` flat strings). */
export type RpcParams = Readonly<Record<string, string>>;

/** A resource tag as the actions take (`Tag.N.Key`/`Tag.N.Value`) and the world keeps it. */
export interface TagParam {
  key: string;
  value: string;
}

/**
 * `InvalidParameter` naming the parameter in the cloud's wording, with an optional sentence
 * saying what was expected.
 */
export function invalidParameter(name: string, expected?: string): CloudFault {
  const message = `The specified parameter "${name}" is invalid.`;
  return new CloudFault(400, 'InvalidParameter', expected ? `${message} ${expected}` : message);
}

/** A parameter's value; an empty one counts as absent, as the SDKs never send one (§5.1). */
export function optionalParam(params: RpcParams, name: string): string | undefined {
  const value = params[name];
  return value === undefined || value === '' ? undefined : value;
}

/** `Missing{Name}` (400), in the gateway's words. */
function missingParameter(name: string): CloudFault {
  return new CloudFault(400, `Missing${name}`, `${name} is mandatory for this action.`);
}

/** A mandatory parameter, or `Missing{Name}`. */
export function requiredParam(params: RpcParams, name: string): string {
  const value = optionalParam(params, name);
  if (value === undefined) throw missingParameter(name);
  return value;
}

/**
 * Checks several mandatory parameters in the order given, before anything else is looked at, so
 * a request missing one is refused for that first, as the cloud does.
 */
export function requireParams(params: RpcParams, ...names: string[]): void {
  for (const name of names) requiredParam(params, name);
}

/** A whole number within `min`–`max` when given; anything else is `InvalidParameter`. */
export function intParam(params: RpcParams, name: string, min: number, max: number): number | undefined {
  const text = optionalParam(params, name);
  if (text === undefined) return undefined;
  const value = /^-?\d{1,15}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw invalidParameter(name, max === Number.MAX_SAFE_INTEGER ? `It must be a whole number of at least ${min}.` : `It must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

/** A time in the form the Live actions take (`yyyy-MM-ddTHH:mm:ssZ`), as epoch ms, when given. */
export function utcTimeParam(params: RpcParams, name: string): number | undefined {
  const text = optionalParam(params, name);
  if (text === undefined) return undefined;
  const epochMs = parseUtcText(text);
  if (epochMs === null) throw invalidParameter(name, 'It must be a UTC time written yyyy-MM-ddTHH:mm:ssZ.');
  return epochMs;
}

/** One of the documented values when given; anything else is `InvalidParameter` listing them. */
export function enumParam<T extends string>(params: RpcParams, name: string, values: readonly T[]): T | undefined {
  const text = optionalParam(params, name);
  if (text === undefined) return undefined;
  const found = values.find((value) => value === text);
  if (found === undefined) throw invalidParameter(name, `It must be one of: ${values.join(', ')}.`);
  return found;
}

/** A mandatory parameter that must be one of the documented values. */
export function requiredEnumParam<T extends string>(params: RpcParams, name: string, values: readonly T[]): T {
  const value = enumParam(params, name, values);
  if (value === undefined) throw missingParameter(name);
  return value;
}

/**
 * The repeated `Tag.N.Key`/`Tag.N.Value` parameters (N from 1), in N order. A value without its
 * key is refused, since it could match or set nothing.
 */
export function tagParams(params: RpcParams): TagParam[] {
  const byIndex = new Map<number, { key?: string; value?: string }>();
  for (const [name, value] of Object.entries(params)) {
    const match = /^Tag\.([1-9]\d*)\.(Key|Value)$/.exec(name);
    if (!match) continue;
    const index = Number(match[1]);
    const tag = byIndex.get(index) ?? {};
    if (match[2] === 'Key') tag.key = value;
    else tag.value = value;
    byIndex.set(index, tag);
  }
  return [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, tag]) => {
      if (!tag.key) throw invalidParameter(`Tag.${index}.Key`, 'A tag needs a key.');
      return { key: tag.key, value: tag.value ?? '' };
    });
}

/** The items of one 1-based page. */
export function pageOf<T>(items: readonly T[], pageNumber: number, pageSize: number): T[] {
  return items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
}
