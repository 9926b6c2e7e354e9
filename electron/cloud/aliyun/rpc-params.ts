/**
 * Alibaba RPC parameters are flat `name → string` pairs on the wire; typed actions describe them as
 * nested values. This turns the latter into the former exactly as Alibaba's SDKs do
 * (`Tag.1.Key`, `Tag.1.Value`, 1-based list positions), with one deliberate difference: nothing
 * empty is ever sent.
 */

/**
 * A value a typed action may put in an RPC parameter. No `bigint`: the same values also become
 * Volcengine JSON bodies, and `JSON.stringify` throws on one; 64-bit ids travel as strings.
 */
export type RpcValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly RpcValue[]
  | { readonly [name: string]: RpcValue };

/**
 * Flattens RPC parameters to the strings that are signed and sent.
 *
 * - Lists become `Name.1`, `Name.2`, … (1-based; a list item's position is kept even when an
 *   earlier item is dropped, as the SDKs do); maps become `Name.Key`; both nest (`Tag.1.Key`).
 * - Booleans and numbers become their string form (`true`, `10`); a non-finite number throws,
 *   since `NaN`/`Infinity` are never a meaningful parameter.
 * - `null`/`undefined` are dropped, and so are empty strings: the providers' signers disagree on
 *   how an empty value is rendered, so an optional parameter left blank is simply not sent.
 * - Two paths that flatten to the same name (`{'Tag.1.Key': …, Tag: [{Key: …}]}`) throw rather
 *   than silently keeping one.
 */
export function flattenRpcParams(params: { readonly [name: string]: RpcValue }): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) flattenInto(flat, name, value);
  return flat;
}

function flattenInto(flat: Record<string, string>, name: string, value: RpcValue): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item: RpcValue, index) => flattenInto(flat, `${name}.${index + 1}`, item));
    return;
  }
  if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) flattenInto(flat, `${name}.${key}`, item);
    return;
  }
  const text = scalarText(name, value);
  if (text === '') return;
  if (Object.hasOwn(flat, name)) throw new Error(`RPC parameter ${name} is given twice`);
  flat[name] = text;
}

function scalarText(name: string, value: string | number | boolean): string {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError(`RPC parameter ${name} is not a finite number`);
  }
  return String(value);
}
