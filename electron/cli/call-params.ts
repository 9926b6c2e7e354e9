import type { RpcValue } from '../cloud/aliyun/rpc-params';
import { usageError } from './exit-codes';

/**
 * The value of one `Key=Value` of `lcr call`. What parses as JSON is sent as that JSON value:
 * numbers, `true`/`false`, arrays and objects (Volcengine bodies are typed, so `Count=10` must
 * arrive as the number 10 and `Tags=[{"Key":"a"}]` as a list); a JSON string in double quotes is
 * sent as its content, which is how digits are sent as text (`StreamName='"2024"'`). Anything
 * else is text as typed, `null` included. A number is JSON only if it reads back exactly as typed:
 * `1e3`, `1.0` and integers beyond 2^53 stay text, so no id or value is silently changed by
 * floating point. An empty value stays `''`, which the signers never send: `Name=` omits `Name`.
 */
export function callParamValue(text: string): RpcValue {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text;
  }
  if (typeof parsed === 'number') return String(parsed) === text ? parsed : text;
  if (typeof parsed === 'boolean') return text === String(parsed) ? parsed : text;
  if (typeof parsed === 'string') return parsed;
  // JSON.parse only ever yields JSON values, and every JSON value is an RpcValue.
  if (typeof parsed === 'object' && parsed !== null) return parsed as RpcValue;
  return text;
}

/** `--body`: one JSON object, whose members are parameters like `Key=Value`'s. */
function bodyParams(body: string): Record<string, RpcValue> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw usageError('cli.usage.bodyNotObject');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw usageError('cli.usage.bodyNotObject');
  return { ...(parsed as Record<string, RpcValue>) };
}

/**
 * The parameters of `lcr call`, from its `Key=Value` arguments and `--body`. A name may be given
 * once: a repeated `Key=` and a `Key=` that `--body` also holds are both refused (exit 2) rather
 * than one quietly winning, since either way the call would not be the one that was typed.
 * The name is everything before the first `=`, the value everything after it.
 */
export function readCallParams(pairs: readonly string[], body: string | undefined): Record<string, RpcValue> {
  const fromBody = body === undefined ? {} : bodyParams(body);
  // A Map, then fromEntries: plain assignment of a parameter named `__proto__` would not add it.
  const params = new Map<string, RpcValue>();
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const name = pair.slice(0, at);
    if (at <= 0) throw usageError('cli.usage.notParam', { argument: pair });
    if (params.has(name)) throw usageError('cli.usage.repeatedParam', { name });
    if (Object.hasOwn(fromBody, name)) throw usageError('cli.usage.paramInBody', { name });
    params.set(name, callParamValue(pair.slice(at + 1)));
  }
  return { ...fromBody, ...Object.fromEntries(params) };
}
