// The arithmetic of a windowed list of fixed-height rows: which rows a scroll position shows, where
// to scroll so a row is seen, and where a navigation key moves. Pure, so it is tested without a
// browser and a list of any length costs the same to draw.

/** Where the list is scrolled and how much of it is seen. */
export interface WindowInput {
  /** How many rows the list has. */
  count: number;
  /** The height of every row, in CSS pixels. */
  rowHeight: number;
  /** How far the rows are scrolled, in CSS pixels from the first row's top. */
  scrollTop: number;
  /** How much of the rows is visible, in CSS pixels. */
  viewportHeight: number;
  /** Rows drawn beyond each edge, so fast scrolling does not show blank space. */
  overscan: number;
}

/** The rows to draw: indexes `start` (inclusive) to `end` (exclusive), and the list's full height. */
export interface RowWindow {
  start: number;
  end: number;
  totalHeight: number;
}

/** The rows a scroll position shows, plus the overscan, never past either end of the list. */
export function rowWindow({ count, rowHeight, scrollTop, viewportHeight, overscan }: WindowInput): RowWindow {
  const totalHeight = count * rowHeight;
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0, totalHeight };
  const top = Math.max(0, Math.min(scrollTop, totalHeight));
  const firstSeen = Math.floor(top / rowHeight);
  const lastSeen = Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight);
  return {
    start: Math.max(0, firstSeen - overscan),
    end: Math.min(count, Math.max(lastSeen, firstSeen + 1) + overscan),
    totalHeight,
  };
}

/**
 * The scroll position that brings row `index` fully into view while moving as little as possible:
 * unchanged if it is already seen, else the row's top at the top or its bottom at the bottom.
 */
export function scrollToShow(index: number, rowHeight: number, scrollTop: number, viewportHeight: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}

/** How many whole rows one page (Page Up / Page Down) moves. */
export function rowsPerPage(rowHeight: number, viewportHeight: number): number {
  return Math.max(1, Math.floor(viewportHeight / rowHeight) - 1);
}

/** The keys that move between rows, as a grid's rows move. */
export type RowKey = 'ArrowDown' | 'ArrowUp' | 'PageDown' | 'PageUp' | 'Home' | 'End';

/** Whether a key moves between rows. */
export function isRowKey(key: string): key is RowKey {
  return key === 'ArrowDown' || key === 'ArrowUp' || key === 'PageDown' || key === 'PageUp' || key === 'Home' || key === 'End';
}

/** The row a navigation key moves to from `index`, within the list. */
export function movedIndex(key: RowKey, index: number, count: number, pageRows: number): number {
  if (count === 0) return 0;
  const moves: Record<RowKey, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    PageDown: index + pageRows,
    PageUp: index - pageRows,
    Home: 0,
    End: count - 1,
  };
  return Math.max(0, Math.min(count - 1, moves[key]));
}
