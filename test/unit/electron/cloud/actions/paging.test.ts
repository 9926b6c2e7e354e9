import { describe, expect, it } from 'vitest';
import { walkPages } from '../../../../../electron/cloud/actions/paging';

const numbers = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('walkPages', () => {
  it('walks every page up to the reported total, reporting progress', async () => {
    const asked: number[] = [];
    const progress: number[] = [];
    const all = await walkPages(
      async (page) => {
        asked.push(page);
        return { items: numbers((page - 1) * 10, page < 3 ? 10 : 5), total: 25 };
      },
      { pageSize: 10, onProgress: (p) => progress.push(p.items) },
    );
    expect(all).toEqual(numbers(0, 25));
    expect(asked).toEqual([1, 2, 3]);
    expect(progress).toEqual([10, 20, 25]);
  });

  it('stops at a short page when no total is reported, and at an empty first page', async () => {
    expect(await walkPages(async (page) => ({ items: page === 1 ? [1, 2] : [3], total: null }), { pageSize: 2 })).toEqual([1, 2, 3]);
    expect(await walkPages(async () => ({ items: [], total: 0 }), { pageSize: 10 })).toEqual([]);
  });

  it('stops when cancelled between pages', async () => {
    const controller = new AbortController();
    const walk = walkPages(
      async (page) => {
        if (page === 2) controller.abort(new Error('cancelled by the operator'));
        return { items: [page], total: 100 };
      },
      { pageSize: 1, signal: controller.signal },
    );
    await expect(walk).rejects.toThrow('cancelled by the operator');
  });

  it('never walks past the page ceiling, whatever the cloud reports', async () => {
    expect(await walkPages(async (page) => ({ items: [page], total: 1_000_000 }), { pageSize: 1, maxPages: 5 })).toEqual([1, 2, 3, 4, 5]);
  });
});
