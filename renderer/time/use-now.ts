import { useEffect, useState } from 'react';

/** How often time-dependent flags (STS token expiry) are evaluated again. */
export const nowRefreshMs = 30_000;

/**
 * The current time, refreshed every `intervalMs`, so a flag such as "expires soon" turns on by
 * itself while the screen stays open during a long show.
 */
export function useNow(intervalMs: number = nowRefreshMs): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
