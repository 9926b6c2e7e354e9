// Runs inside the board benchmark's pages, before their own scripts (bundled and installed by
// page-probes.ts, as the harness bridge is). Stamps on the page's clock made absolute
// (`performance.timeOrigin + …`, epoch ms): each Enter keydown (a capturing listener on window, so
// it runs before any handler of the page), each fetch's start and send (resource timing), and — for a
// take — when the tile first showed pending, stopped showing it, and showed the target ON AIR
// with nothing pending (a MutationObserver: the moment React committed it; paint follows within a frame).

/** One take as the tile showed it, epoch ms; null for a state never seen (e.g. pending too brief to render). */
export interface TakeTimes {
  pendingAt: number | null;
  pendingGoneAt: number | null;
  confirmedAt: number | null;
  /** The tile's text when the watch gave up (no confirmation within its time). */
  gaveUp: string | null;
}

/** One fetch as resource timing saw it: when it began, when the browser began sending it, whether it opened a connection. */
export interface FetchSeen {
  name: string;
  at: number;
  sentAt: number;
  newConnection: boolean;
}

/** What a page has seen since the last drain. */
export interface Drained {
  keys: number[];
  fetches: FetchSeen[];
}

/** The probe as the benchmark calls it, on `globalThis.__boardBench`. */
export interface BoardBenchProbe {
  /** The Enter keydowns and fetch starts recorded since the last call; forgets them. */
  drain(): Drained;
  /** Starts watching tile `key` for a take of `target`; {@link BoardBenchProbe.takeWatched} answers. */
  watchTake(key: string, target: string, giveUpMs: number): void;
  takeWatched(): Promise<TakeTimes>;
  /** The tile's upstreams as the DOM shows them. */
  tileUpstreams(key: string): { onAir: string | null; standbys: string[]; armed: string | null };
  /** The page's clock, epoch ms. */
  now(): number;
}

const now = () => performance.timeOrigin + performance.now();
const seen: Drained = { keys: [], fetches: [] };
let take: Promise<TakeTimes> | null = null;

addEventListener('keydown', (event) => event.key === 'Enter' && seen.keys.push(performance.timeOrigin + event.timeStamp), { capture: true });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
    seen.fetches.push({ name: entry.name, at: performance.timeOrigin + entry.startTime, sentAt: performance.timeOrigin + entry.requestStart, newConnection: entry.connectEnd > entry.connectStart });
  }
}).observe({ type: 'resource' });

const tileOf = (key: string) => document.querySelector(`article[aria-label="${CSS.escape(key)}"]`);
const idsIn = (tile: Element | null, selector: string) => [...(tile?.querySelectorAll(`${selector} .upstream__id`) ?? [])].map((node) => node.textContent ?? '');

function watch(key: string, target: string, giveUpMs: number): Promise<TakeTimes> {
  return new Promise((resolve) => {
    const times: TakeTimes = { pendingAt: null, pendingGoneAt: null, confirmedAt: null, gaveUp: null };
    const observer = new MutationObserver(() => {
      const at = now();
      const tile = tileOf(key);
      const pending = Boolean(tile?.querySelector('.tile__pending'));
      if (pending) times.pendingAt ??= at;
      if (!pending && times.pendingAt !== null) times.pendingGoneAt ??= at;
      if (!pending && idsIn(tile, 'li.upstream--on-air')[0] === target) {
        times.confirmedAt = at;
        finish();
      }
    });
    const timer = setTimeout(() => {
      times.gaveUp = tileOf(key)?.textContent ?? '(no tile)';
      finish();
    }, giveUpMs);
    function finish() {
      observer.disconnect();
      clearTimeout(timer);
      resolve(times);
    }
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const probe: BoardBenchProbe = {
  drain() {
    const drained = { keys: [...seen.keys], fetches: [...seen.fetches] };
    seen.keys.length = 0;
    seen.fetches.length = 0;
    return drained;
  },
  watchTake(key, target, giveUpMs) {
    take = watch(key, target, giveUpMs);
  },
  takeWatched() {
    if (!take) return Promise.reject(new Error('no take is being watched'));
    return take;
  },
  tileUpstreams(key) {
    const tile = tileOf(key);
    return { onAir: idsIn(tile, 'li.upstream--on-air')[0] ?? null, standbys: idsIn(tile, 'li.upstream:not(.upstream--on-air)'), armed: idsIn(tile, 'li.upstream--armed')[0] ?? null };
  },
  now,
};
Object.defineProperty(globalThis, '__boardBench', { value: probe });
