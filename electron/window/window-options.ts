import type { BrowserWindowConstructorOptions } from 'electron';

/** Scheme and host the renderer is served from inside the app (`app://renderer/index.html`). */
export const rendererScheme = 'app';
export const rendererHost = 'renderer';
export const rendererUrl = `${rendererScheme}://${rendererHost}/index.html`;

/** What the window's options depend on. */
export interface WindowOptionInputs {
  preloadPath: string;
  /** True only for an unpackaged development run: the one case where devtools are allowed. */
  isDevelopment: boolean;
}

/**
 * The main window's options as a pure function, so a unit test can assert every security setting:
 * isolated, sandboxed renderer with no Node, web security on, no webviews, devtools only in
 * development. Dark background so the window never flashes white in a dark control room.
 */
export function buildWindowOptions({ preloadPath, isDevelopment }: WindowOptionInputs): BrowserWindowConstructorOptions {
  return {
    title: 'Live Control Room',
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#121418',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: isDevelopment,
    },
  };
}

/** True for a frame URL that is our own renderer, and nothing else (not file:, not a web page). */
export function isRendererUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${rendererScheme}:` && parsed.host === rendererHost;
  } catch {
    return false;
  }
}
