import { performance } from 'node:perf_hooks';

/**
 * When a slice of journal work ends and how main's event loop gets its turn between slices:
 * injected so a test counts slices and decides what runs between them instead of timing them.
 */
export interface SliceClock {
  /** A monotonic clock in milliseconds. */
  now(): number;
  /** How long one slice may run: well under the 20–30 ms a take may wait behind it. */
  sliceMs: number;
  /** Resolves once everything main had waiting (requests in, timers due) has had its turn. */
  yieldToLoop(): Promise<void>;
}

/** Main's clock: 5 ms slices, and setImmediate, which lets the I/O that came meanwhile (an IPC request) be answered first. */
export const loopSliceClock: SliceClock = {
  now: () => performance.now(),
  sliceMs: 5,
  yieldToLoop: () => new Promise((resolve) => setImmediate(resolve)),
};

/** Work done a slice at a time (a journal filter run). */
export interface SlicedWork {
  /** Works until done or `over()`; answers whether it is done. */
  advance(over: () => boolean): boolean;
}

/**
 * Runs sliced work newest first, one slice per turn of main's event loop. The work asked for last
 * is what an operator waits for (the filter just chosen, not the one typed over), so it takes over
 * from work in progress, which is set aside where it stopped and finished afterwards: every request
 * gets its own answer and nothing is done twice. Asking again for work set aside takes it up first.
 */
export interface SliceRunner {
  /** Resolves when `work` is done (at once if it is done in its first slice). */
  run(work: SlicedWork): Promise<void>;
}

interface Queued {
  work: SlicedWork;
  done: Promise<void>;
  resolve(): void;
  reject(reason: unknown): void;
}

/** Creates a runner on `clock` (main's loop by default). */
export function createSliceRunner(clock: SliceClock = loopSliceClock): SliceRunner {
  // Oldest first: the last is run.
  const queue: Queued[] = [];
  let driving = false;

  const drive = async () => {
    driving = true;
    try {
      for (let top = queue.at(-1); top !== undefined; top = queue.at(-1)) {
        const started = clock.now();
        try {
          if (top.work.advance(() => clock.now() - started >= clock.sliceMs)) {
            queue.splice(queue.indexOf(top), 1);
            top.resolve();
          }
        } catch (thrown) {
          queue.splice(queue.indexOf(top), 1);
          top.reject(thrown);
        }
        if (queue.length > 0) await clock.yieldToLoop();
      }
    } finally {
      driving = false;
    }
  };

  return {
    run(work) {
      const at = queue.findIndex((queued) => queued.work === work);
      if (at !== -1) {
        const [again] = queue.splice(at, 1);
        if (again) {
          queue.push(again);
          return again.done;
        }
      }
      let resolve: () => void = () => undefined;
      let reject: (reason: unknown) => void = () => undefined;
      const done = new Promise<void>((yes, no) => {
        resolve = yes;
        reject = no;
      });
      queue.push({ work, done, resolve, reject });
      if (!driving) void drive();
      return done;
    },
  };
}
