import { describe, expect, it } from 'vitest';
import type { DeskNotice } from '../../../../shared/domain/desk-notice';
import { createControlRoomClient } from '../../../../renderer/api/control-room-client';
import type { Timers } from '../../../../renderer/state/app-store';
import { createToastsStore, toastLifetimeMs } from '../../../../renderer/state/toasts-store';
import { fakeControlRoom } from '../fake-control-room';

/** Timers the test fires by hand. */
function manualTimers() {
  const due = new Map<number, { callback: () => void; ms: number }>();
  let next = 0;
  const timers: Timers = {
    setTimeout(callback, ms) {
      next += 1;
      due.set(next, { callback, ms });
      return next;
    },
    clearTimeout: (handle) => void due.delete(handle as number),
  };
  const fireAll = () => {
    const now = [...due.values()];
    due.clear();
    for (const timer of now) timer.callback();
  };
  return { timers, due, fireAll };
}

const notice = (id: string, tone: DeskNotice['tone']): DeskNotice => ({ id, at: '2026-11-22T20:00:00.000Z', tone, title: `Title ${id}`, body: `Body ${id}` });

function setup() {
  const fake = fakeControlRoom();
  const clock = manualTimers();
  const store = createToastsStore(createControlRoomClient(fake.api), clock.timers);
  return { fake, clock, store };
}

describe('toasts store', () => {
  it('shows each notice main sends, newest first, once', () => {
    const { fake, store } = setup();
    const stop = store.getState().start();
    fake.emit('notice.shown', notice('a', 'info'));
    fake.emit('notice.shown', notice('b', 'warning'));
    fake.emit('notice.shown', notice('b', 'warning'));
    expect(store.getState().toasts.map((toast) => toast.id)).toEqual(['b', 'a']);
    stop();
  });

  it('lets info and warnings go after their lifetime, and keeps alerts until dismissed', () => {
    const { fake, clock, store } = setup();
    const stop = store.getState().start();
    fake.emit('notice.shown', notice('info', 'info'));
    fake.emit('notice.shown', notice('alert', 'alert'));
    fake.emit('notice.shown', notice('warning', 'warning'));
    expect([...clock.due.values()].map((timer) => timer.ms)).toEqual([toastLifetimeMs, toastLifetimeMs]);
    clock.fireAll();
    expect(store.getState().toasts.map((toast) => toast.id)).toEqual(['alert']);
    store.getState().dismiss('alert');
    expect(store.getState().toasts).toEqual([]);
    stop();
  });

  it('cancels the expiry of a toast dismissed early, and every expiry when stopped', () => {
    const { fake, clock, store } = setup();
    const stop = store.getState().start();
    fake.emit('notice.shown', notice('a', 'info'));
    fake.emit('notice.shown', notice('b', 'info'));
    store.getState().dismiss('a');
    expect(clock.due.size).toBe(1);
    stop();
    expect(clock.due.size).toBe(0);
    fake.emit('notice.shown', notice('c', 'info'));
    expect(store.getState().toasts.map((toast) => toast.id)).toEqual(['b']);
  });
});
