import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../electron/window/content-security-policy';
import { buildWindowOptions, isRendererUrl, rendererUrl } from '../../../../electron/window/window-options';

describe('window options', () => {
  it('isolates and sandboxes the renderer with no Node and web security on', () => {
    const options = buildWindowOptions({ preloadPath: '/app/preload.cjs', isDevelopment: false });
    expect(options.webPreferences).toEqual({
      preload: '/app/preload.cjs',
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
      devTools: false,
    });
  });

  it('allows devtools only in development', () => {
    expect(buildWindowOptions({ preloadPath: 'p', isDevelopment: true }).webPreferences?.devTools).toBe(true);
  });

  it('opens hidden on a dark background, so a dark room never sees a white flash', () => {
    const options = buildWindowOptions({ preloadPath: 'p', isDevelopment: false });
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-3][0-9a-f][0-3][0-9a-f][0-3][0-9a-f]$/i);
  });
});

describe('content security policy', () => {
  const directives = new Map(contentSecurityPolicy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

  it('denies by default and allows only our own origin for scripts, styles and connections', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('names no cloud host and allows no inline or eval code', () => {
    expect(contentSecurityPolicy).not.toMatch(/aliyun|volces|volcengine|https?:|\*|unsafe-inline|unsafe-eval/);
  });
});

describe('renderer url', () => {
  it('trusts only our app:// renderer', () => {
    expect(isRendererUrl(rendererUrl)).toBe(true);
    expect(isRendererUrl('app://renderer/#/settings')).toBe(true);
    expect(isRendererUrl('app://other/index.html')).toBe(false);
    expect(isRendererUrl('file:///index.html')).toBe(false);
    expect(isRendererUrl('https://renderer/index.html')).toBe(false);
    expect(isRendererUrl('')).toBe(false);
    expect(isRendererUrl('not a url')).toBe(false);
  });
});
