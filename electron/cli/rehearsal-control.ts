import { request } from 'undici';
import { z } from 'zod';
import type { Drill } from '../../shared/domain/rehearsal';
import type { ErrorParams } from '../../shared/errors/app-error';
import type { MessageKey } from '../../shared/i18n/en';
import { CliError, ExitCode, usageError } from './exit-codes';

/** The variable a shell sets once (`export LCR_REHEARSAL_CONTROL=…`) instead of `--control` on every drill. */
export const controlVariable = 'LCR_REHEARSAL_CONTROL';

/** How long the control endpoint, on this machine, may take to answer before it counts as unreachable. */
const answerTimeoutMs = 10_000;

const Applied = z.object({ applied: z.string() });
const Refused = z.object({ error: z.object({ message: z.string() }) });

/**
 * Where the running rehearsal cloud takes drills: `--control`, else LCR_REHEARSAL_CONTROL. Missing
 * or not an http(s) address is a usage error: nothing could be sent.
 */
export function controlEndpoint(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): URL {
  const text = flag ?? env[controlVariable]?.trim();
  if (!text) throw usageError('cli.usage.missingControl');
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw usageError('cli.usage.invalidControl', { control: text });
  return url;
}

const failure = (code: string, key: MessageKey, params: ErrorParams) => new CliError(code, key, params, ExitCode.failed);

function reasonOf(thrown: unknown): string {
  const code = thrown instanceof Error && 'code' in thrown ? thrown.code : undefined;
  if (typeof code === 'string') return code;
  return thrown instanceof Error ? thrown.message : String(thrown);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * POSTs one drill to `<control>/drill` and returns the cloud's account of what it did. A refusal
 * is the cloud's reason; no answer, or one that is not the control endpoint's, says so — each a
 * failure (exit 1). The connection is not kept: one run sends one drill.
 */
export async function sendDrill(control: URL, drill: Drill): Promise<string> {
  const shown = control.href.replace(/\/$/, '');
  const url = new URL('drill', control.href.endsWith('/') ? control : `${control.href}/`);
  let status: number;
  let text: string;
  try {
    const answer = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(drill),
      reset: true,
      headersTimeout: answerTimeoutMs,
      bodyTimeout: answerTimeoutMs,
    });
    status = answer.statusCode;
    text = await answer.body.text();
  } catch (thrown) {
    throw failure('cli.controlUnreachable', 'cli.error.controlUnreachable', { control: shown, reason: reasonOf(thrown) });
  }
  const json = parseJson(text);
  const applied = Applied.safeParse(json);
  if (status === 200 && applied.success) return applied.data.applied;
  const refused = Refused.safeParse(json);
  if (status >= 400 && status < 500 && refused.success) throw failure('cli.drillRefused', 'cli.error.drillRefused', { message: refused.data.error.message });
  throw failure('cli.controlAnswer', 'cli.error.controlAnswer', { control: shown, status });
}
