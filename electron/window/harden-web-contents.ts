/** The part of Electron's WebContents the guard needs; a plain object stands in for it in tests. */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Denies every navigation away from the loaded page and every `window.open`: the renderer is a
 * single-page app, so any attempt is either a bug or an attack, and is logged as such.
 */
export function hardenWebContents(contents: GuardedContents, onBlocked: (what: string) => void): void {
  const block = (event: { preventDefault(): void }, url: string) => {
    event.preventDefault();
    onBlocked(`navigation to ${url.slice(0, 200)}`);
  };
  contents.on('will-navigate', block);
  contents.on('will-redirect', block);
  contents.setWindowOpenHandler(({ url }) => {
    onBlocked(`window.open of ${url.slice(0, 200)}`);
    return { action: 'deny' };
  });
}
