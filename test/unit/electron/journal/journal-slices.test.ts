import { describe, expect, it } from 'vitest';
import { createSliceRunner, type SliceClock, type SlicedWork } from '../../../../electron/journal/journal-slices';

// Journal work run a slice at a time on main's loop: the loop gets its turn between slices, the
// newest work goes first, and work set aside is finished afterwards from where it stopped. The
// clock and the turns are the test's own: slices are counted, never timed.

/**
 * A clock whose every look is one millisecond later, so a slice of `sliceMs` is that many looks,
 * and whose turns of the loop wait until the test lets them go.
 */
function manualClock(sliceMs: number) {
  let at = 0;
  const turns: (() => void)[] = [];
  const clock: SliceClock = {
    now: () => (at += 1),
    sliceMs,
    yieldToLoop: () => new Promise((resolve) => turns.push(resolve)),
  };
  /** Lets the runner's waiting turn go, and its next slice run. */
  const turn = async () => {
    turns.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { clock, turn, waiting: () => turns.length };
}

/** Work of `steps` steps, one per look at the clock, logging which step each slice ended on. */
function counted(name: string, steps: number, log: string[]): SlicedWork & { done: number } {
  const work = {
    done: 0,
    advance(over: () => boolean) {
      while (work.done < steps) {
        work.done += 1;
        if (work.done < steps && over()) break;
      }
      log.push(`${name}:${work.done}`);
      return work.done === steps;
    },
  };
  return work;
}

/** Settles promise callbacks without giving the runner a turn. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the slice runner', () => {
  it('runs work a slice at a time and gives main\'s loop a turn between slices', async () => {
    const { clock, turn, waiting } = manualClock(3);
    const log: string[] = [];
    let finished = false;
    void createSliceRunner(clock)
      .run(counted('a', 10, log))
      .then(() => (finished = true));
    expect(log).toEqual(['a:3']);
    expect(waiting()).toBe(1);

    // Nothing more runs until the loop has had its turn: another task goes first.
    log.push('other task');
    await settle();
    expect(log).toEqual(['a:3', 'other task']);
    for (let n = 0; n < 3; n += 1) await turn();
    expect(log).toEqual(['a:3', 'other task', 'a:6', 'a:9', 'a:10']);
    expect(finished).toBe(true);
    expect(waiting()).toBe(0);
  });

  it('answers at once, with no turn given up, for work done in its first slice', async () => {
    const { clock, waiting } = manualClock(100);
    const log: string[] = [];
    await createSliceRunner(clock).run(counted('small', 5, log));
    expect(log).toEqual(['small:5']);
    expect(waiting()).toBe(0);
  });

  it('runs the newest work first and finishes the work it interrupted afterwards, from where it stopped', async () => {
    const { clock, turn } = manualClock(2);
    const runner = createSliceRunner(clock);
    const log: string[] = [];
    const answered: string[] = [];
    const older = counted('old', 6, log);
    void runner.run(older).then(() => answered.push('old'));
    void runner.run(counted('new', 4, log)).then(() => answered.push('new'));
    while (answered.length < 2) await turn();
    expect(log).toEqual(['old:2', 'new:2', 'new:4', 'old:4', 'old:6']);
    expect(answered).toEqual(['new', 'old']);
  });

  it('takes up work set aside first when it is asked for again, with one answer for both asks', async () => {
    const { clock, turn } = manualClock(2);
    const runner = createSliceRunner(clock);
    const log: string[] = [];
    const answered: string[] = [];
    const first = counted('a', 6, log);
    const firstAsk = runner.run(first);
    void firstAsk.then(() => answered.push('a'));
    void runner.run(counted('b', 4, log)).then(() => answered.push('b'));
    await turn();
    expect(log).toEqual(['a:2', 'b:2']);
    const again = runner.run(first);
    expect(again).toBe(firstAsk);
    while (answered.length < 2) await turn();
    expect(log).toEqual(['a:2', 'b:2', 'a:4', 'a:6', 'b:4']);
    expect(answered).toEqual(['a', 'b']);
  });

  it('fails only the work that threw, and goes on with the rest', async () => {
    const { clock, turn } = manualClock(2);
    const runner = createSliceRunner(clock);
    const log: string[] = [];
    const fine = runner.run(counted('fine', 4, log));
    const broken = runner.run({
      advance: () => {
        throw new Error('broken line');
      },
    });
    const outcomes: string[] = [];
    void broken.catch((thrown: Error) => outcomes.push(thrown.message));
    void fine.then(() => outcomes.push('fine'));
    while (outcomes.length < 2) await turn();
    expect(outcomes).toEqual(['broken line', 'fine']);
    expect(log).toEqual(['fine:2', 'fine:4']);
  });
});
