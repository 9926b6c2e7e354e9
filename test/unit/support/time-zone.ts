import { afterAll, beforeAll } from 'vitest';

/**
 * Runs a test file with the process in `zone` (the time zone `Date` reads local times in), and
 * puts the zone it found back afterwards, so a test of local-time input or output means the same
 * on every machine. Answers a setter for tests that cross into another zone (a daylight-saving one).
 */
export function useTimeZone(zone?: string): (next: string) => void {
  const saved = process.env.TZ;
  const set = (next: string) => {
    process.env.TZ = next;
  };
  beforeAll(() => {
    if (zone) set(zone);
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else set(saved);
  });
  return set;
}
