import { PassThrough } from 'node:stream';
import { createCliIo } from '../../../electron/cli/cli-io';
import type { Call } from '../../../electron/cli/cli-services';
import type { CommandContext } from '../../../electron/cli/commands/command-context';
import { parseCommandLine, type ParsedArgs } from '../../../electron/cli/parse-command-line';
import type { ChannelName, RequestOf, ResponseOf } from '../../../shared/contract/channels';
import type { DualIngestStream, DualIngestUpstream } from '../../../shared/domain/live-streams';
import type { Locale } from '../../../shared/domain/settings';
import { translate } from '../../../shared/i18n/translate';

// A command's context for unit tests of what a command does with the contract's answers: the
// channels it may call answer from the test, every call is recorded, the streams are in memory.

/** The answers a test gives, by channel; a channel without one fails the call loudly. */
export type FakeChannels = { [C in ChannelName]?: (request: RequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>> };

/** What the command did: the calls it made, what it wrote, and Ctrl-C for it. */
export interface FakeContext {
  ctx: CommandContext;
  calls: { channel: ChannelName; request: unknown }[];
  out(): string;
  err(): string;
  /** Presses Ctrl-C: runs the listeners the command registered and has not released. */
  interrupt(): void;
  /** How many Ctrl-C listeners are still registered. */
  listening(): number;
}

/** Options of a fake context: a terminal (its input typed up front), the language, the clock. */
export interface FakeContextOptions {
  terminal?: boolean;
  input?: string;
  locale?: Locale;
  now?: Date;
}

/** A command context over fake channels. */
export function fakeContext(channels: FakeChannels, options: FakeContextOptions = {}): FakeContext {
  const stdin = Object.assign(new PassThrough(), options.terminal ? { isTTY: true } : {});
  stdin.end(options.input ?? '');
  let out = '';
  let err = '';
  const stdout = new PassThrough().on('data', (chunk: Buffer) => (out += chunk.toString()));
  const stderr = new PassThrough().on('data', (chunk: Buffer) => (err += chunk.toString()));
  const calls: FakeContext['calls'] = [];
  const listeners = new Set<() => void>();
  const call = async <C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
    calls.push({ channel, request });
    const answer = channels[channel] as ((request: RequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>) | undefined;
    if (!answer) throw new Error(`unexpected call to ${channel}`);
    return answer(request);
  };
  const ctx: CommandContext = {
    io: createCliIo({ stdin, stdout, stderr }),
    t: (key, params) => translate(options.locale ?? 'en', key, params),
    call: call satisfies Call,
    cloud: () => {
      throw new Error('no cloud client in a fake context');
    },
    env: {},
    onInterrupt(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    onStop: () => () => undefined,
    now: () => options.now ?? new Date('2026-11-22T20:00:00Z'),
  };
  return {
    ctx,
    calls,
    out: () => out,
    err: () => err,
    interrupt: () => [...listeners].forEach((listener) => listener()),
    listening: () => listeners.size,
  };
}

/** The arguments a command line gives its command, as the parser reads them (it must parse). */
export function argsOf(argv: string[]): ParsedArgs {
  const outcome = parseCommandLine(argv);
  if (outcome.kind !== 'run') throw new Error(`expected a command to run, got ${outcome.kind}`);
  return outcome.args;
}

/** An upstream of a test stream: sequence `n`, on air when `master`, pushing since `since`. */
export function upstream(n: number, master: boolean, since = `2026-11-22T1${n}:00:00.000Z`): DualIngestUpstream {
  return { sequence: `s${n}`, ip: `10.0.0.${n}`, since, master };
}

/** A dual-ingest stream as the contract gives it: `live.example/live/<name>`, upstreams as given. */
export function dualStream(name: string, upstreams: DualIngestUpstream[], over: Partial<DualIngestStream> = {}): DualIngestStream {
  return { domain: 'live.example', app: 'live', stream: name, automatic: false, upstreams, changes: [], ...over };
}
