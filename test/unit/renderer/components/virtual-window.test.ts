import { describe, expect, it } from 'vitest';
import { isRowKey, movedIndex, rowsPerPage, rowWindow, scrollToShow } from '../../../../renderer/components/virtual-window';

// The arithmetic of the windowed table: rows drawn, scrolling a row into view, row keys.

const base = { count: 5000, rowHeight: 44, scrollTop: 0, viewportHeight: 440, overscan: 5 };

describe('rowWindow', () => {
  it('draws the rows in view plus the overscan below, at the top', () => {
    expect(rowWindow(base)).toEqual({ start: 0, end: 15, totalHeight: 220_000 });
  });

  it('draws the overscan on both sides in the middle, including a row cut by either edge', () => {
    expect(rowWindow({ ...base, scrollTop: 44 * 100 + 20 })).toEqual({ start: 95, end: 116, totalHeight: 220_000 });
  });

  it('never goes past the end, even when scrolled beyond it', () => {
    expect(rowWindow({ ...base, scrollTop: 44 * 4995 })).toEqual({ start: 4990, end: 5000, totalHeight: 220_000 });
    expect(rowWindow({ ...base, scrollTop: 10_000_000 })).toMatchObject({ end: 5000 });
  });

  it('draws the same number of rows for 50 studios as for 5,000', () => {
    const small = rowWindow({ ...base, count: 50 });
    const large = rowWindow(base);
    expect(small.end - small.start).toBe(large.end - large.start);
  });

  it('draws nothing for an empty list, and at least one row in a viewport not measured yet', () => {
    expect(rowWindow({ ...base, count: 0 })).toEqual({ start: 0, end: 0, totalHeight: 0 });
    expect(rowWindow({ ...base, viewportHeight: 0, overscan: 0 })).toEqual({ start: 0, end: 1, totalHeight: 220_000 });
  });
});

describe('scrollToShow', () => {
  it('does not move for a row already in view', () => {
    expect(scrollToShow(3, 44, 0, 440)).toBe(0);
  });

  it('brings a row above into view at the top, and a row below at the bottom', () => {
    expect(scrollToShow(10, 44, 44 * 20, 440)).toBe(440);
    expect(scrollToShow(12, 44, 0, 440)).toBe(44 * 13 - 440);
  });
});

describe('row keys', () => {
  it('move within the list, a page at a time with Page Up/Down, to either end with Home/End', () => {
    const page = rowsPerPage(44, 440);
    expect(page).toBe(9);
    expect(movedIndex('ArrowDown', 0, 5000, page)).toBe(1);
    expect(movedIndex('ArrowUp', 0, 5000, page)).toBe(0);
    expect(movedIndex('PageDown', 4995, 5000, page)).toBe(4999);
    expect(movedIndex('PageUp', 5, 5000, page)).toBe(0);
    expect(movedIndex('Home', 300, 5000, page)).toBe(0);
    expect(movedIndex('End', 3, 5000, page)).toBe(4999);
    expect(movedIndex('End', 0, 0, page)).toBe(0);
  });

  it('are only the navigation keys', () => {
    expect(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End'].every(isRowKey)).toBe(true);
    expect(['Enter', 'ArrowLeft', 'Tab', ' '].some(isRowKey)).toBe(false);
  });
});
