/** Latency samples in milliseconds, summarised. */
export interface Summary {
  median: number;
  p95: number;
}

/** The median and 95th percentile of a sample. */
export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}

/** One client under test: a label and one call. */
export interface Contender {
  label: string;
  call: () => Promise<unknown>;
}

/** How to time a set of contenders. */
export interface Rounds {
  /** Timed rounds; each round makes one call of every contender. */
  calls: number;
  /** Untimed rounds first, enough for V8 to optimise every contender's code as hours of polling would. */
  warmup: number;
  /** A round takes at least this long (idle pauses before each call), so nobody waits for rate budget. */
  spacingMs: number;
}

/**
 * Times contenders in interleaved rounds so a noisy neighbour, a CPU frequency change or a GC
 * pause falls on all of them alike instead of on whichever happened to run during it. Every call
 * starts after an idle pause, as a poll does, and the order rotates each round, so no contender is
 * always the one that wakes the process. Calls are sequential; what is timed is the call itself.
 */
export async function timeRounds(contenders: readonly Contender[], rounds: Rounds): Promise<Map<string, number[]>> {
  const samples = new Map(contenders.map(({ label }) => [label, [] as number[]]));
  const pauseMs = rounds.spacingMs / contenders.length;
  for (let n = 0; n < rounds.warmup + rounds.calls; n += 1) {
    for (let k = 0; k < contenders.length; k += 1) {
      const { label, call } = contenders[(n + k) % contenders.length] as Contender;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      const started = performance.now();
      await call();
      const took = performance.now() - started;
      if (n >= rounds.warmup) samples.get(label)?.push(took);
    }
  }
  return samples;
}
