import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents, type GuardedContents } from '../../../../electron/window/harden-web-contents';

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: GuardedContents = {
    on: (event, listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => (openHandler = handler),
  };
  return { contents, listeners, open: (url: string) => openHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  it('prevents every navigation and redirect, and reports it', () => {
    const { contents, listeners } = fakeContents();
    const blocked = vi.fn();
    hardenWebContents(contents, blocked);
    for (const event of ['will-navigate', 'will-redirect']) {
      const preventDefault = vi.fn();
      listeners.get(event)?.({ preventDefault }, 'https://example.com/phish');
      expect(preventDefault, event).toHaveBeenCalledOnce();
    }
    expect(blocked).toHaveBeenCalledWith('navigation to https://example.com/phish');
  });

  it('denies window.open', () => {
    const { contents, open } = fakeContents();
    const blocked = vi.fn();
    hardenWebContents(contents, blocked);
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(blocked).toHaveBeenCalledWith('window.open of https://example.com/');
  });
});
