/** One page as a list action returns it. */
export interface Page<T> {
  items: T[];
  /** Total items across all pages, when the action reports it. */
  total: number | null;
}

/** How far a walk has got, for a progress bar. */
export interface PagingProgress {
  pages: number;
  items: number;
  total: number | null;
}

/** Options for walking pages. */
export interface PagingOptions {
  pageSize: number;
  signal?: AbortSignal;
  onProgress?(progress: PagingProgress): void;
  /** A ceiling against runaway walks (a cloud that keeps reporting more). */
  maxPages?: number;
}

/**
 * Fetches every page of a list, one after another: each request goes through the client, which
 * waits for the action's rate budget, so a walk over thousands of studios never pushes the
 * account over its limit. Stops at the reported total, at a short page, when cancelled, or at
 * the page ceiling.
 */
export async function walkPages<T>(fetchPage: (pageNumber: number) => Promise<Page<T>>, options: PagingOptions): Promise<T[]> {
  const all: T[] = [];
  const maxPages = options.maxPages ?? 10_000;
  for (let pageNumber = 1; pageNumber <= maxPages; pageNumber += 1) {
    options.signal?.throwIfAborted();
    const page = await fetchPage(pageNumber);
    all.push(...page.items);
    options.onProgress?.({ pages: pageNumber, items: all.length, total: page.total });
    const done = page.total !== null ? all.length >= page.total : page.items.length < options.pageSize;
    if (done || page.items.length === 0) break;
  }
  return all;
}
