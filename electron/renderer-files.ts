import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentSecurityPolicy } from './window/content-security-policy';

/** A static response, independent of the server that sends it (Electron protocol or node:http). */
export interface StaticResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Headers every renderer response carries, wherever it is served from. */
export const rendererHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function notFound(): StaticResponse {
  return { status: 404, headers: { ...rendererHeaders, 'Content-Type': 'text/plain; charset=utf-8' }, body: Buffer.from('Not found') };
}

/**
 * Reads one file of the built renderer for a URL path, with the CSP and content type. The app's
 * `app://` protocol and the harness both serve through this, so the browser tests run under the
 * same policy as the app. Paths that leave the folder, dotfiles and unknown types are 404.
 */
export async function readRendererFile(rendererDir: string, urlPath: string): Promise<StaticResponse> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return notFound();
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, relative);
  const type = contentTypes[path.extname(file)];
  if (!file.startsWith(root + path.sep) || relative.split(/[\\/]/).some((part) => part.startsWith('.')) || !type) {
    return notFound();
  }
  try {
    return { status: 200, headers: { ...rendererHeaders, 'Content-Type': type }, body: await readFile(file) };
  } catch {
    return notFound();
  }
}
