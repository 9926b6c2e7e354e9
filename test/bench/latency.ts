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

/**
 * Times `calls` sequential calls of `call`, one starting no sooner than `spacingMs` after the
 * previous one started: every contender runs inside the action's rate budget, so what is timed is
 * the call itself, never a wait for budget. `warmup` calls first are not counted.
 */
export async function timeCalls(call: () => Promise<unknown>, calls: number, spacingMs: number, warmup = 20): Promise<number[]> {
  const samples: number[] = [];
  for (let n = 0; n < warmup + calls; n += 1) {
    const started = performance.now();
    await call();
    const took = performance.now() - started;
    if (n >= warmup) samples.push(took);
    const rest = spacingMs - took;
    if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
  }
  return samples;
}
