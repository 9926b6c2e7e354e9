import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../electron/cli/commands/command-context';
import { studiosCopyCommand } from '../../../electron/cli/commands/studio-copy-command';
import { exitCodeFor } from '../../../electron/cli/exit-codes';
import { failureText } from '../../../electron/cli/report-error';
import type { StudioBatch, StudiosView } from '../../../shared/domain/studio-desk';
import { appError } from '../../../shared/errors/app-error';
import { argsOf, fakeContext, type FakeContextOptions } from '../support/cli-context';
import { batch, batchItem, studio, studiosView } from '../support/cli-studios';

// `lcr studios copy` over fake contract answers: one copy with its token; a bulk copy started,
// followed by reading the batches the service keeps until it settles, and reported as a table
// and one sentence per way it ended; Ctrl-C cancelling it; a resume that must not mistake the
// state it resumed from for its end.

const copy = studiosCopyCommand({ pollMs: 0, stallMs: 60_000 });
const quota = appError('studio.quotaExceeded', {}, { provider: 'aliyun', action: 'CopyCaster' });

/**
 * A desk whose kept batch goes through `states`, one per look (the last one stays), and is
 * `cancelled` once a cancel was asked for; `view` is what `studios.view` answers, by look.
 * Records the progress lines a terminal would show.
 */
function batchDesk(states: StudioBatch[], options: FakeContextOptions & { view?: (look: number) => StudiosView; cancelled?: StudioBatch } = {}) {
  let looks = 0;
  let cancelAsked = false;
  const current = () => (cancelAsked && options.cancelled) || (states[Math.min(looks, states.length - 1)] as StudioBatch);
  const fake = fakeContext(
    {
      'studios.batchStart': () => ({ ...current(), status: 'running' }),
      'studios.batchResume': () => ({ ...current(), status: 'running' }),
      'studios.batchCancel': () => {
        cancelAsked = true;
        return current();
      },
      'studios.batches': () => {
        const answer = current();
        looks += 1;
        return [batch('finished', [], { id: 'other' }), answer];
      },
      'studios.view': () => options.view?.(looks) ?? { ...studiosView([]), listedAt: null },
    },
    options,
  );
  const progress: string[] = [];
  const ctx: CommandContext = { ...fake.ctx, io: { ...fake.ctx.io, progress: (text) => void progress.push(text) } };
  return { ...fake, ctx, progress, looks: () => looks };
}

async function outcome(run: Promise<number>): Promise<{ code: number; thrown: unknown }> {
  return run.then(
    (code) => ({ code, thrown: null }),
    (thrown: unknown) => ({ code: exitCodeFor(thrown), thrown }),
  );
}

const en = fakeContext({}).ctx.t;
const bulk = ['studios', 'copy', 'src-1', '--count', '3', '--pattern', 'Match {n}'];

describe('lcr studios copy: one copy', () => {
  it('sends one token made for the run and prints the copy the cloud lists', async () => {
    const made = studio('copy-1', 'Evening copy');
    const fake = fakeContext({ 'studios.copy': () => made });
    expect(await copy(fake.ctx, argsOf(['studios', 'copy', 'src-1', '--name', 'Evening copy']))).toBe(0);
    expect(fake.calls).toEqual([{ channel: 'studios.copy', request: { sourceStudioId: 'src-1', name: 'Evening copy', clientToken: expect.stringMatching(/^[0-9a-f-]{36}$/) } }]);
    expect(fake.out()).toBe('Copied src-1 as "Evening copy" (copy-1); the cloud lists it.\n');
    const json = fakeContext({ 'studios.copy': () => made });
    await copy(json.ctx, argsOf(['studios', 'copy', 'src-1', '--name', 'Evening copy', '--json']));
    expect(JSON.parse(json.out())).toEqual(made);
  });

  it('is told which way to copy, and refuses a studio id beside --resume (exit 2)', async () => {
    const fake = fakeContext({});
    const cases: [string[], string][] = [
      [['studios', 'copy', 'src-1'], 'cli.usage.copyHow'],
      [['studios', 'copy', '--name', 'A'], 'cli.usage.missingArgument'],
      [['studios', 'copy', 'src-1', '--resume', 'batch-1'], 'cli.usage.resumeNoStudio'],
      [['studios', 'copy', 'src-1', '--count', '3'], 'cli.usage.countWithPattern'],
      [['studios', 'copy', 'src-1', '--first', '3'], 'cli.usage.countWithPattern'],
      [['studios', 'copy', 'src-1', '--count', '1001', '--pattern', 'M {n}'], 'cli.usage.tooBig'],
      [['studios', 'copy', 'src-1', '--count', 'five', '--pattern', 'M {n}'], 'cli.usage.notInteger'],
    ];
    for (const [argv, key] of cases) expect(await outcome(copy(fake.ctx, argsOf(argv))), argv.join(' ')).toMatchObject({ code: 2, thrown: { key } });
    expect(fake.calls).toEqual([]);
  });

  it('checks the pattern as the contract does before anything is sent (exit 1)', async () => {
    const fake = fakeContext({});
    const { code, thrown } = await outcome(copy(fake.ctx, argsOf(['studios', 'copy', 'src-1', '--count', '3', '--pattern', 'Match'])));
    expect(code).toBe(1);
    expect(failureText(thrown, en, false)).toBe('lcr: Some options need attention; nothing was sent.\n  name pattern (--pattern): Put {n} where each copy\'s number goes, for example "Match {n}".\n');
    expect(fake.calls).toEqual([]);
  });
});

describe('lcr studios copy: a bulk copy', () => {
  it('follows the batch to its end, then prints the copies and exits 0 when all were made', async () => {
    const desk = batchDesk([
      batch('running', [batchItem(1, 'sending'), batchItem(2, 'pending'), batchItem(3, 'pending')]),
      batch('running', [batchItem(1, 'done'), batchItem(2, 'sending'), batchItem(3, 'pending')]),
      batch('finished', [batchItem(1, 'done'), batchItem(2, 'done'), batchItem(3, 'done')]),
    ]);
    expect(await copy(desk.ctx, argsOf([...bulk, '--first', '1']))).toBe(0);
    expect(desk.calls[0]).toEqual({ channel: 'studios.batchStart', request: { sourceStudioId: 'src-1', pattern: 'Match {n}', count: 3, firstNumber: 1 } });
    expect(desk.calls.slice(1).every((c) => c.channel === 'studios.batches')).toBe(true);
    expect(desk.progress).toEqual(['0/3 done, 0 failed', '1/3 done, 0 failed', '']);
    expect(desk.out().split('\n')).toEqual([expect.stringMatching(/^N +NAME +STATE/), expect.stringMatching(/^1 +Match 1 +done +copy-1$/), expect.stringMatching(/^2 /), expect.stringMatching(/^3 /), '']);
    expect(desk.err()).toBe('Bulk copy batch-1: 3 copies of studio src-1, named "Match {n}". Ctrl-C cancels the copies not sent yet.\nAll 3 copies were made.\n');
    expect(desk.listening()).toBe(0);
  });

  it('says once why the batch stopped — the quota — and how to make the rest (exit 1)', async () => {
    const desk = batchDesk([batch('stopped', [batchItem(1, 'done'), batchItem(2, 'done'), batchItem(3, 'pending')], { stoppedBy: quota })]);
    expect(await copy(desk.ctx, argsOf(bulk))).toBe(1);
    expect(desk.err().split('\n').slice(1)).toEqual([
      'lcr: The bulk copy stopped after 2 of 3 copies: This Alibaba Cloud account has reached its limit of production studios, so none was created. Delete a studio you no longer need, or ask Alibaba Cloud to raise the quota.',
      'lcr: To make the rest: lcr studios copy --resume batch-1',
      '',
    ]);
  });

  it('ends as outcome unknown (exit 4) when a copy could not be settled, and gives the batch with --json', async () => {
    const settled = batch('finished', [batchItem(1, 'done'), batchItem(2, 'unknown'), batchItem(3, 'failed', { error: quota })]);
    const desk = batchDesk([settled]);
    expect(await copy(desk.ctx, argsOf([...bulk, '--json']))).toBe(4);
    expect(JSON.parse(desk.out())).toEqual(settled);
    expect(desk.err()).toBe('');
    expect(desk.progress).toEqual(['']);
  });

  it('cancels on Ctrl-C, waits for the copies in flight, and says how to resume (exit 130)', async () => {
    const desk = batchDesk([batch('running', [batchItem(1, 'done'), batchItem(2, 'sending'), batchItem(3, 'pending')])], {
      cancelled: batch('cancelled', [batchItem(1, 'done'), batchItem(2, 'done'), batchItem(3, 'pending')]),
    });
    const running = copy(desk.ctx, argsOf(bulk));
    while (desk.looks() < 1) await new Promise((resolve) => setImmediate(resolve));
    desk.interrupt();
    desk.interrupt();
    expect(await running).toBe(130);
    expect(desk.calls.filter((c) => c.channel === 'studios.batchCancel')).toEqual([{ channel: 'studios.batchCancel', request: { id: 'batch-1' } }]);
    expect(desk.err().split('\n').slice(1)).toEqual([
      'Cancelling: no further copy is sent. Waiting for the copies in flight…',
      'lcr: Cancelled: 2 of 3 copies were made, 1 were not sent.',
      'lcr: To make the rest: lcr studios copy --resume batch-1',
      '',
    ]);
    expect(desk.out()).toMatch(/\n3 +Match 3 +not sent +-\n$/);
    expect(desk.listening()).toBe(0);
  });

  it('ends as it ended when Ctrl-C comes as the batch finishes on its own', async () => {
    const desk = batchDesk([batch('running', [batchItem(1, 'sending')]), batch('finished', [batchItem(1, 'done')])]);
    const running = copy(desk.ctx, argsOf(bulk));
    desk.interrupt();
    expect(await running).toBe(0);
  });

  it('gives up on a batch that does not move at all, saying how to go on (exit 4)', async () => {
    const desk = batchDesk([batch('running', [batchItem(1, 'sending')])]);
    let clock = 0;
    const ctx: CommandContext = { ...desk.ctx, now: () => new Date((clock += 1_000)) };
    const { code, thrown } = await outcome(studiosCopyCommand({ pollMs: 0, stallMs: 5_000 })(ctx, argsOf(bulk)));
    expect(code).toBe(4);
    expect(failureText(thrown, en, false)).toContain('Bulk copy batch-1 has not moved for 0 minutes, so lcr stopped waiting');
  });
});

describe('lcr studios copy --resume', () => {
  const cancelled = batch('cancelled', [batchItem(1, 'done'), batchItem(2, 'pending'), batchItem(3, 'unknown')]);

  it('runs the batch on with its tokens and follows the resumed run to its end', async () => {
    // The service stores a resumed batch as running before it answers, so the first look sees it going.
    const desk = batchDesk([cancelled, batch('running', [batchItem(1, 'done'), batchItem(2, 'sending'), batchItem(3, 'done')]), batch('finished', [batchItem(1, 'done'), batchItem(2, 'done'), batchItem(3, 'done')])]);
    expect(await copy(desk.ctx, argsOf(['studios', 'copy', '--resume', 'batch-1']))).toBe(0);
    expect(desk.calls.map((c) => c.channel)).toEqual(['studios.batches', 'studios.batchResume', 'studios.batches', 'studios.batches']);
    expect(desk.err()).toBe('Resuming bulk copy batch-1: 2 of 3 copies still to make or to look for.\nAll 3 copies were made.\n');
  });

  it('shows a batch with nothing left as it stands, resuming nothing', async () => {
    const desk = batchDesk([batch('finished', [batchItem(1, 'done'), batchItem(2, 'failed', { error: quota })])], { locale: 'zh-CN' });
    expect(await copy(desk.ctx, argsOf(['studios', 'copy', '--resume', 'batch-1']))).toBe(1);
    expect(desk.calls.map((c) => c.channel)).toEqual(['studios.batches']);
    expect(desk.err()).toBe('批量复制 batch-1 已无待创建的副本：每个副本都已创建或已失败。\n');
  });

  it('says so when the desk keeps no such batch (exit 1)', async () => {
    const desk = batchDesk([batch('finished', [], { id: 'else' })]);
    const { code, thrown } = await outcome(copy(desk.ctx, argsOf(['studios', 'copy', '--resume', 'batch-1'])));
    expect(code).toBe(1);
    expect(thrown).toMatchObject({ error: { code: 'studio.batchNotFound', params: { id: 'batch-1' } } });
  });
});
