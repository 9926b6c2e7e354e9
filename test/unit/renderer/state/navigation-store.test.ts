import { describe, expect, it } from 'vitest';
import { createNavigationStore } from '../../../../renderer/state/navigation-store';

describe('navigation store', () => {
  it('opens on the failover view and switches views', () => {
    const store = createNavigationStore();
    expect(store.getState().view).toBe('failover');
    store.getState().go('settings');
    expect(store.getState().view).toBe('settings');
  });
});
