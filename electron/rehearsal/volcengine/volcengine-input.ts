import { CloudFault } from '../cloud-fault';

// Typed readers of an action's loose input, failing the way Volcengine does (volcengine-live.md
// §6.1): a value of the wrong JSON type (a string where an int is expected, a float for an int, an
// object for a list) fails binding with `InvalidParam.BindError`; a value of the right type that
// breaks a rule (missing, out of range, too long) is `InvalidParam`. `null` counts as absent, as a
// Go binding leaves the field unset. GET actions get their query as strings; see `queryInt`.

/** A request's parameters, or one object inside them (a tag, a VOD file). */
export type VolcengineInput = Readonly<Record<string, unknown>>;

/** The documented message of `InvalidParam.BindError`, word for word. */
export const bindErrorMessage = 'Request parameter error, please check input data';

/** A value that did not bind to the field's type. */
export function bindError(): CloudFault {
  return new CloudFault(400, 'InvalidParam.BindError', bindErrorMessage);
}

/** A value of the right type that breaks the action's rules; the message says which and why. */
export function invalidParam(message: string): CloudFault {
  return new CloudFault(400, 'InvalidParam', message);
}

const isAbsent = (value: unknown): value is null | undefined => value === undefined || value === null;

const isObject = (value: unknown): value is VolcengineInput => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string field; undefined when absent. */
export function optionalString(input: VolcengineInput, field: string): string | undefined {
  const value = input[field];
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'string') throw bindError();
  return value;
}

/** A string field that must be present and non-empty; `label` names it in the message (`Tags[0].Key`). */
export function requiredString(input: VolcengineInput, field: string, label = field): string {
  const value = optionalString(input, field);
  if (value === undefined || value === '') throw invalidParam(`${label} is required`);
  return value;
}

/** A number field (offsets, ratios: fractions allowed); undefined when absent. */
export function optionalNumber(input: VolcengineInput, field: string): number | undefined {
  const value = input[field];
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw bindError();
  return value;
}

/** An int field; a fraction does not bind to an int, so it is a bind error too. */
export function optionalInt(input: VolcengineInput, field: string): number | undefined {
  const value = optionalNumber(input, field);
  if (value !== undefined && !Number.isInteger(value)) throw bindError();
  return value;
}

/** An int field that must be present (0 is a value: `Type` 0 is a live source). */
export function requiredInt(input: VolcengineInput, field: string, label = field): number {
  const value = optionalInt(input, field);
  if (value === undefined) throw invalidParam(`${label} is required`);
  return value;
}

function optionalList<T>(input: VolcengineInput, field: string, item: (value: unknown) => value is T): T[] | undefined {
  const value = input[field];
  if (isAbsent(value)) return undefined;
  if (!Array.isArray(value) || !value.every(item)) throw bindError();
  return value;
}

/** A list of strings (`GroupNames`, `SrcAddrS`). */
export function optionalStringList(input: VolcengineInput, field: string): string[] | undefined {
  return optionalList(input, field, (value): value is string => typeof value === 'string');
}

/** A list of ints (`StatusList`). */
export function optionalIntList(input: VolcengineInput, field: string): number[] | undefined {
  return optionalList(input, field, (value): value is number => typeof value === 'number' && Number.isInteger(value));
}

/** A list of numbers (`OffsetS`). */
export function optionalNumberList(input: VolcengineInput, field: string): number[] | undefined {
  return optionalList(input, field, (value): value is number => typeof value === 'number' && Number.isFinite(value));
}

/** A list of objects (`Tags`, `VodSrcAddrs`), each read further with these same readers. */
export function optionalObjectList(input: VolcengineInput, field: string): VolcengineInput[] | undefined {
  return optionalList(input, field, isObject);
}

/** An object field (`Watermark`). */
export function optionalObject(input: VolcengineInput, field: string): VolcengineInput | undefined {
  const value = input[field];
  if (isAbsent(value)) return undefined;
  if (!isObject(value)) throw bindError();
  return value;
}

/**
 * An int from a GET query, where every value is text: digits (with an optional minus) bind, an
 * empty value is absent, anything else (`abc`, `1.5`) fails binding as a JSON mistype would.
 */
export function queryInt(input: VolcengineInput, field: string): number | undefined {
  const value = optionalString(input, field);
  if (value === undefined || value === '') return undefined;
  if (!/^-?\d{1,15}$/.test(value)) throw bindError();
  return Number(value);
}

const namePattern = /^[\p{Script=Han}A-Za-z0-9]+$/u;
const nameLength = 20;

/**
 * A group name or task title as Volcengine accepts it (§4.1, §5.1): 1–20 characters, each a
 * Chinese character, a letter or a digit. Checked here on its own, from the reference, so the
 * rehearsal cloud judges the app rather than agreeing with it.
 */
export function checkRelayName(value: string, field: string): void {
  if (!namePattern.test(value) || [...value].length > nameLength) {
    throw invalidParam(`${field} must be 1 to ${nameLength} Chinese characters, letters or digits`);
  }
}

/** Text no longer than `max` characters (counted as characters, not UTF-16 units). */
export function checkLength(value: string, max: number, field: string): void {
  if ([...value].length > max) throw invalidParam(`${field} must be at most ${max} characters`);
}
