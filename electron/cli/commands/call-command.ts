import { randomUUID } from 'node:crypto';
import type { Provider } from '../../../shared/domain/provider';
import { actionSpec } from '../../cloud/action-catalog';
import type { RpcValue } from '../../cloud/aliyun/rpc-params';
import { buildRequest } from '../../cloud/build-request';
import type { CloudCall, Identity } from '../../cloud/cloud-client';
import { resolveEndpoint } from '../../cloud/endpoint-policy';
import { defaultEndpoints } from '../../cloud/http-request';
import { utcSeconds } from '../../cloud/utc-seconds';
import { callOverrides, chooseCallAs, standInProfile, type CallAs } from '../call-identity';
import { readCallParams } from '../call-params';
import { curlCommand } from '../curl-command';
import { CliError, ExitCode, usageError } from '../exit-codes';
import type { ParsedArgs } from '../parse-command-line';
import { writeJson, type CommandContext, type CommandRunner } from './command-context';

// Action names as both clouds spell them (DescribeCasters, ListPullToPushTaskV2). The name goes
// into a signed header (x-acs-action) and the query, so nothing else may pass.
const actionPattern = /^[A-Za-z][A-Za-z0-9]{0,127}$/;

/** How long both gateways accept a signature: Alibaba's 15 minutes of clock, Volcengine's X-Expires default of 900 s. */
const signatureValidityMs = 15 * 60_000;

/** One call, read from the command line and ready to sign. */
interface PreparedCall {
  provider: Provider;
  action: string;
  method: 'GET' | 'POST';
  params: Record<string, RpcValue>;
  as: CallAs;
  overrides: NonNullable<CloudCall['overrides']>;
}

const methodOf = (text: string | undefined): 'GET' | 'POST' | undefined => (text === 'GET' || text === 'POST' ? text : undefined);

/** Registers an identity's secrets with the masking backstop the moment the CLI holds them. */
function hideSecrets(ctx: CommandContext, { credentials }: Identity): void {
  ctx.io.hide(credentials.accessKeySecret);
  if (credentials.securityToken) ctx.io.hide(credentials.securityToken);
}

/**
 * Signs the call once with stand-in credentials and throws away the result, so parameters no
 * request can carry — a name the signature owns (`SecurityToken` with V1, `Action` in a Volcengine
 * query), two spellings of one flattened name (`Tag.1.Key=` beside `Tag=[…]`) — are a usage error
 * (exit 2) before the keychain is read or anything is sent, rather than an internal failure after.
 */
function checkSignable(call: PreparedCall): void {
  const region = call.overrides.region ?? call.as.region;
  const profile = { ...standInProfile(call.provider, 'stand-in-key', region, new Date()), signatureVersion: call.overrides.signatureVersion ?? call.as.signatureVersion };
  try {
    buildRequest(call.provider, {
      ...call,
      profile,
      credentials: { accessKeyId: 'stand-in-key', accessKeySecret: 'stand-in-secret' },
      endpoint: defaultEndpoints[call.provider],
      date: new Date(),
      nonce: 'stand-in-nonce',
    });
  } catch (thrown) {
    throw usageError('cli.usage.paramsRefused', { reason: thrown instanceof Error ? thrown.message : String(thrown) });
  }
}

/**
 * `--print-curl`: the request signed exactly as the client would sign it (same identity, overrides
 * and signer), printed instead of sent. It necessarily holds the full AccessKey ID and the
 * signature — never the AccessKey secret, which only keys the HMAC. STS credentials are refused:
 * a working command must carry the security token, a secret `lcr` never prints, and the masking
 * backstop would turn it into `****` anyway. Nothing is sent, so nothing is journaled.
 */
async function printCurl(ctx: CommandContext, call: PreparedCall): Promise<void> {
  const identity = call.as.identity ?? (await ctx.cloud().signer.resolve(call.provider, call.as.profileId));
  hideSecrets(ctx, identity);
  if (identity.credentials.securityToken) throw new CliError('cli.curlRefusedSts', 'cli.error.curlRefusedSts', {}, ExitCode.failed);
  const profile = { ...identity.profile, ...call.overrides };
  const date = ctx.now();
  const { endpoint } = resolveEndpoint(call.provider, profile.endpoint);
  const request = buildRequest(call.provider, { ...call, profile, credentials: identity.credentials, endpoint, date, nonce: randomUUID() });
  ctx.io.out(`${curlCommand(request)}\n`);
  ctx.io.err(`${ctx.t(`cli.call.curlNote.${call.provider}`, { until: utcSeconds(new Date(date.getTime() + signatureValidityMs)) })}\n`);
}

/** Sends the call through the one client and prints the provider's JSON; Ctrl-C cancels it cleanly. */
async function send(ctx: CommandContext, call: PreparedCall): Promise<void> {
  const controller = new AbortController();
  const release = ctx.onInterrupt(() => controller.abort());
  try {
    const { provider, action, method, params, overrides, as } = call;
    const whom = as.identity ? { identity: as.identity } : as.profileId ? { profileId: as.profileId } : {};
    const result = await ctx.cloud().client.call({ provider, action, method, params, overrides, ...whom, signal: controller.signal });
    writeJson(ctx, result.json);
  } finally {
    release();
  }
}

async function prepare(ctx: CommandContext, provider: Provider, args: ParsedArgs): Promise<PreparedCall> {
  const [action = '', ...pairs] = args.positionals;
  if (!actionPattern.test(action)) throw usageError('cli.usage.invalidAction', { action });
  const params = readCallParams(pairs, args.string('body'));
  const overrides = callOverrides(provider, { endpoint: args.string('endpoint'), region: args.string('region'), signature: args.string('signature') });
  const as = chooseCallAs(provider, args.string('profile'), await ctx.call('profiles.list', {}), ctx.env, ctx.now());
  if (as.identity) hideSecrets(ctx, as.identity);
  // As Alibaba's SDKs and CLI do: the region is the RegionId unless one is given (`RegionId=` sends none).
  if (provider === 'aliyun' && !Object.hasOwn(params, 'RegionId')) params.RegionId = overrides.region ?? as.region;
  const method = methodOf(args.string('method')) ?? actionSpec(provider, action).method;
  return { provider, action, method, params, as, overrides };
}

/**
 * `lcr call aliyun|volcengine <action> [Key=Value ...]`: one signed call through the same client,
 * rate limiter, retry rules and journal as the app — an action the product does not know is a
 * mutation there (sent once, never retried, journaled). The provider's JSON answer goes to stdout,
 * pretty-printed with Chinese as is; a failure is the typed error on stderr (exit 1), Ctrl-C
 * during the call cancels it (exit 130, journaled as unknown if it was a change).
 */
export function callCommand(provider: Provider): CommandRunner {
  return async (ctx, args) => {
    const call = await prepare(ctx, provider, args);
    checkSignable(call);
    if (args.flag('print-curl')) await printCurl(ctx, call);
    else await send(ctx, call);
    return ExitCode.ok;
  };
}
