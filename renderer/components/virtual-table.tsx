import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { isRowKey, movedIndex, rowsPerPage, rowWindow, scrollToShow } from './virtual-window';
import './virtual-table.css';

// A windowed table for long lists (the studio list of a big account): fixed-height rows, only the
// rows in view in the page, with table semantics and grid-like keyboard movement.

/** One column: its header and, for a sortable one, how it is sorted now. */
export interface VirtualColumn {
  id: string;
  header: ReactNode;
  /** `aria-sort` of the header; omitted for a column that does not sort. */
  sort?: 'ascending' | 'descending' | 'none';
}

/** What a windowed table draws. */
export interface VirtualTableProps<Row> {
  /** The table's accessible name. */
  label: string;
  columns: readonly VirtualColumn[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  /** Every row's height (and the header's), in CSS pixels; rows never grow. */
  rowHeight: number;
  /**
   * A row's cells, each with role `cell` or `rowheader`. `current` is true for the row that holds
   * the table's Tab stop: controls in other rows should take `tabIndex={-1}`.
   */
  renderCells(row: Row, current: boolean): ReactNode;
  rowClassName?(row: Row): string;
  className?: string;
}

/** Rows drawn beyond each edge of the visible area. */
const overscan = 6;
/** Until the table is measured, assume a typical desk screen, so the first frame is already full. */
const assumedViewportHeight = 720;

/**
 * A table of fixed-height rows that draws only the rows in view (plus a few), so 5,000 rows cost
 * what 30 do. It keeps table semantics for assistive technology: role `table` with the full
 * `aria-rowcount`, a header row, and each drawn row's `aria-rowindex`. The table is one Tab stop:
 * the current row; the arrow keys, Page Up/Down, Home and End move between rows as in a grid,
 * scrolling the row into view, and Tab goes on to the current row's controls.
 */
export function VirtualTable<Row>({ label, columns, rows, rowKey, rowHeight, renderCells, rowClassName, className }: VirtualTableProps<Row>) {
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const focusWanted = useRef(false);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(assumedViewportHeight);
  const [active, setActive] = useState(0);
  const current = Math.max(0, Math.min(active, rows.length - 1));
  // The sticky header covers one row's height of the scroller.
  const rowsHeight = Math.max(0, viewportHeight - rowHeight);
  const shown = rowWindow({ count: rows.length, rowHeight, scrollTop, viewportHeight: rowsHeight, overscan });

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewportHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!focusWanted.current) return;
    focusWanted.current = false;
    body.current?.querySelector<HTMLElement>(`[data-index="${current}"]`)?.focus();
  }, [current]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[role="row"]');
    const element = scroller.current;
    if (!isRowKey(event.key) || !row || !element || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const next = movedIndex(event.key, Number(row.dataset.index), rows.length, rowsPerPage(rowHeight, rowsHeight));
    element.scrollTop = scrollToShow(next, rowHeight, element.scrollTop, element.clientHeight - rowHeight);
    setScrollTop(element.scrollTop);
    if (next === current) {
      row.focus();
      return;
    }
    focusWanted.current = true;
    setActive(next);
  };

  // The current row stays drawn while scrolled away, so a focused row is never torn out of the page.
  const indexes: number[] = [];
  for (let index = shown.start; index < shown.end; index += 1) indexes.push(index);
  if (rows.length > 0 && (current < shown.start || current >= shown.end)) indexes.push(current);

  return (
    <div
      ref={scroller}
      className={`vtable${className ? ` ${className}` : ''}`}
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div role="rowgroup" className="vtable__head">
        <div role="row" aria-rowindex={1} className="vtable__row" style={{ height: rowHeight }}>
          {columns.map((column) => (
            <div key={column.id} role="columnheader" aria-sort={column.sort} className="vtable__header">
              {column.header}
            </div>
          ))}
        </div>
      </div>
      <div ref={body} role="rowgroup" className="vtable__body" style={{ height: shown.totalHeight }} onKeyDown={onKeyDown}>
        {indexes.map((index) => {
          const row = rows[index] as Row;
          return (
            <div
              key={rowKey(row)}
              role="row"
              aria-rowindex={index + 2}
              data-index={index}
              tabIndex={index === current ? 0 : -1}
              className={`vtable__row vtable__row--body${rowClassName ? ` ${rowClassName(row)}` : ''}`}
              style={{ height: rowHeight, transform: `translateY(${index * rowHeight}px)` }}
              onFocus={() => setActive(index)}
            >
              {renderCells(row, index === current)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
