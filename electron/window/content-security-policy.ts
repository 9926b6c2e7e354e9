/**
 * The renderer's Content-Security-Policy, sent as a header with every page the app or the harness
 * serves. No cloud host appears anywhere: only the main process talks to the clouds, so a
 * compromised page cannot reach them either. `connect-src 'self'` is what the harness's own
 * loopback IPC needs; in Electron 'self' is the app's own scheme.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
