import { streamKey, type TakeResult } from '../../../shared/domain/board';
import { onAirUpstream, type DualIngestStream, type DualIngestUpstream } from '../../../shared/domain/live-streams';
import type { Provider } from '../../../shared/domain/provider';
import { chooseStandby } from '../../../shared/domain/standby-choice';
import { AppErrorException } from '../../../shared/errors/app-error';
import { CliError, ExitCode, usageError } from '../exit-codes';
import type { ParsedArgs } from '../parse-command-line';
import { askYesNo } from '../prompts';
import { failureData, failureMessage } from '../report-error';
import { standbysOf, streamsTable, upstreamLabel, upstreamsTable } from '../stream-tables';
import { printable } from '../text-table';
import { untilInterrupted, writeJson, type CommandContext, type CommandRunner } from './command-context';

// `lcr streams`, `lcr upstreams` and `lcr switch`: the failover board on the command line, for the
// active Alibaba Cloud profile, through the same contract calls as the board. The reads list what
// the cloud lists now; the switch decides nothing the board's switch desk decides (lock, rules,
// debouncing, confirmation by re-reading, the journal): it reads the stream, names the target,
// asks, hands the switch to the desk and reports how it ended.

/** A stream as `domain/app/stream`: three names, none empty, no spaces (the board's key). */
const streamKeyPattern = /^[^/\s]+\/[^/\s]+\/[^/\s]+$/;

/**
 * The stream a command line names, checked before anything is read: a key that is not
 * `domain/app/stream` is a usage mistake (exit 2), not a stream the cloud "does not list".
 */
function streamKeyArgument(args: ParsedArgs): string {
  const [key = ''] = args.positionals;
  if (!streamKeyPattern.test(key) || key.length > 600) throw usageError('cli.usage.notStreamPath', { stream: key });
  return key;
}

/** A string option that, when given, must not be empty (`--domain ''` would read every domain's nothing). */
function nonEmptyOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.string(name);
  if (value !== undefined && !value.trim()) throw usageError('cli.usage.emptyValue', { option: `--${name}` });
  return value?.trim();
}

/** What reading every streaming domain found: the streams, and the domains that could not be read. */
interface DomainWalk {
  streams: DualIngestStream[];
  failures: { domain: string; error: unknown }[];
}

/**
 * Every streaming domain's dual-ingest streams, in the order the cloud lists the domains. A domain
 * that cannot be read does not hide the others: it is reported beside them.
 */
async function everyDomain(ctx: CommandContext): Promise<DomainWalk> {
  const domains = await ctx.call('board.domains', {});
  const reads = await Promise.allSettled(domains.map((domain) => ctx.call('board.streams', { domain: domain.name })));
  const walk: DomainWalk = { streams: [], failures: [] };
  reads.forEach((read, index) => {
    const domain = domains[index]?.name ?? '';
    if (read.status === 'fulfilled') walk.streams.push(...read.value);
    else walk.failures.push({ domain, error: read.reason });
  });
  return walk;
}

/** Each domain that could not be read, on stderr: a sentence, or with `--json` one JSON line each. */
function reportDomainFailures(ctx: CommandContext, json: boolean, failures: DomainWalk['failures']): void {
  for (const { domain, error } of failures) {
    if (json) ctx.io.err(`${JSON.stringify({ domain, error: failureData(error) })}\n`);
    else ctx.io.err(`lcr: ${printable(ctx.t('cli.streams.domainFailed', { domain, message: failureMessage(error, ctx.t) }))}\n`);
  }
}

/**
 * `lcr streams [--domain D] [--json]`: the streams ingested by two or more encoders right now —
 * of one domain, or of every streaming domain of the active profile. With `--json`, the streams
 * as the contract gives them (DualIngestStream[]). A domain that could not be read is reported
 * on stderr after the rest is printed, and the command exits 1.
 */
export const streamsCommand: CommandRunner = async (ctx, args) => {
  const json = args.flag('json');
  const domain = nonEmptyOption(args, 'domain');
  const { streams, failures } = domain === undefined ? await everyDomain(ctx) : { streams: await ctx.call('board.streams', { domain }), failures: [] };
  if (json) writeJson(ctx, streams);
  else if (streams.length > 0) ctx.io.out(streamsTable(streams, ctx.t));
  else if (failures.length === 0) ctx.io.out(`${ctx.t('cli.streams.none')}\n`);
  reportDomainFailures(ctx, json, failures);
  return failures.length > 0 ? ExitCode.failed : ExitCode.ok;
};

/**
 * `lcr upstreams <domain/app/stream> [--json]`: one stream's encoders as the cloud lists them now,
 * the one on air marked, with the stream's mode and last change; `--json` gives the
 * DualIngestStream. A stream not on the air with two encoders is `stream.notListed` (exit 1).
 */
export const upstreamsCommand: CommandRunner = async (ctx, args) => {
  const key = streamKeyArgument(args);
  const stream = await ctx.call('board.upstreams', { key });
  if (args.flag('json')) writeJson(ctx, stream);
  else ctx.io.out(upstreamsTable(stream, ctx.t));
  return ExitCode.ok;
};

/**
 * The upstream `lcr switch` puts on air: the standby `--to` names, else "the standby" as the board
 * picks it (shared/domain/standby-choice.ts: the only one, else the steadiest). When the board's
 * rule cannot pick, nothing is guessed: the candidates are named and `--to` must choose (exit 2,
 * the command line has to change). Checked before asking, so the question names a real standby.
 */
export function switchTarget(stream: DualIngestStream, to: string | undefined, now: Date): DualIngestUpstream {
  const key = streamKey(stream);
  const standbys = standbysOf(stream);
  if (to !== undefined) {
    const named = standbys.find((upstream) => upstream.sequence === to);
    if (named) return named;
    const listed = standbys.map((upstream) => upstream.sequence).join(', ') || '-';
    throw new CliError('cli.notAStandby', 'cli.error.notAStandby', { stream: key, upstream: to, standbys: listed }, ExitCode.failed);
  }
  const choice = chooseStandby(stream, now.getTime());
  const chosen = choice.kind === 'choose' ? undefined : standbys.find((upstream) => upstream.sequence === choice.sequence);
  if (chosen) return chosen;
  const candidates = choice.kind === 'choose' ? choice.candidates : standbys.map((upstream) => upstream.sequence);
  throw new CliError('cli.chooseStandby', 'cli.error.chooseStandby', { stream: key, candidates: candidates.join(', ') || '-' }, ExitCode.usage);
}

/** The name of a cloud's active profile, which a question names: the account an on-air action is for. */
export async function activeProfileName(ctx: CommandContext, provider: Provider): Promise<string> {
  const state = await ctx.call('profiles.list', {});
  const id = state.active[provider];
  return state.profiles.find((profile) => profile.id === id)?.name ?? id;
}

/**
 * The house's one confirmation rule for an on-air action: ask, defaulting to no. With no terminal
 * there is nobody to ask, so it refuses (exit 3) before reading anything unless `--yes` was given.
 */
function requireTerminalOrYes(ctx: CommandContext, args: ParsedArgs, key: string): void {
  if (!args.flag('yes') && !ctx.io.interactive) {
    throw new CliError('cli.confirmationRequired', 'cli.error.switchConfirmationRequired', { stream: key }, ExitCode.notConfirmed);
  }
}

/** Asks "Switch KEY from A (on air) to B?" unless `--yes`; anything but yes switches nothing (exit 3). */
async function confirmSwitch(ctx: CommandContext, args: ParsedArgs, stream: DualIngestStream, target: DualIngestUpstream): Promise<void> {
  if (args.flag('yes')) return;
  const from = onAirUpstream(stream);
  const params = { stream: streamKey(stream), to: target.sequence, toIp: target.ip, profile: await activeProfileName(ctx, 'aliyun') };
  const question = from ? ctx.t('cli.switch.confirm', { ...params, from: from.sequence, fromIp: from.ip }) : ctx.t('cli.switch.confirmNoMaster', params);
  if (!(await askYesNo(ctx.io, printable(question)))) throw new CliError('cli.declined', 'cli.error.switchDeclined', {}, ExitCode.notConfirmed);
}

/**
 * Sends the switch through the board's desk and waits for its confirmation. The contract call
 * cannot be called back, so Ctrl-C only stops the waiting: it exits 130 saying the outcome is
 * unknown, because the request may already be with the cloud.
 */
function sendSwitch(ctx: CommandContext, key: string, to: string): Promise<TakeResult> {
  return untilInterrupted(ctx, ctx.call('board.switchStream', { key, sequence: to }), () => new CliError('cli.interrupted', 'cli.error.switchInterrupted', { stream: key, to }, ExitCode.interrupted));
}

/**
 * `lcr switch <domain/app/stream> [--to SEQUENCE | --standby] [--yes] [--json]`: reads the stream,
 * works out the target, asks (or `--yes`), then switches through the same desk as a click, a key
 * or a global shortcut — the lock, the rules, the debouncing and the journal (via `cli`) are the
 * desk's. Done only when a re-read shows the target on air: the confirmed master is printed (with
 * `--json`, the stream). A refusal is exit 1; a switch nobody could confirm either way
 * (`stream.switchUnconfirmed`) is exit 4, outcome unknown.
 */
export const switchCommand: CommandRunner = async (ctx, args) => {
  const key = streamKeyArgument(args);
  const to = nonEmptyOption(args, 'to');
  const json = args.flag('json');
  requireTerminalOrYes(ctx, args, key);
  const stream = await ctx.call('board.upstreams', { key });
  const target = switchTarget(stream, to, ctx.now());
  await confirmSwitch(ctx, args, stream, target);
  if (!json) ctx.io.err(`${printable(ctx.t('cli.switch.waiting', { stream: key, upstream: upstreamLabel(target) }))}\n`);
  const result = await sendSwitch(ctx, key, target.sequence);
  if (result.kind === 'ignored') throw new CliError('cli.switchIgnored', 'cli.error.switchIgnored', { stream: key }, ExitCode.failed);
  if (result.kind === 'failed') throw new AppErrorException(result.error);
  const master = onAirUpstream(result.stream) ?? target;
  if (json) writeJson(ctx, { key, from: onAirUpstream(stream)?.sequence ?? null, to: master.sequence, stream: result.stream });
  else ctx.io.out(`${printable(ctx.t('cli.switch.confirmed', { stream: key, upstream: upstreamLabel(master) }))}\n`);
  return ExitCode.ok;
};
