/**
 * The `app://dealer-desk/` scheme that serves the renderer build.
 *
 * A custom privileged scheme instead of `file://` gives the app a stable
 * origin for the CSP and the IPC sender check, keeps `file://` privileges off
 * (see the `grantFileProtocolExtraPrivileges` fuse), and lets every response
 * carry the CSP as a real header (checklist items 1 and 7). Requests that try
 * to climb out of the renderer folder are refused.
 *
 * Electron's `protocol` is passed in rather than imported, so plain Node (the
 * Chromium harness's static server) can import the CSP and content types from
 * here and serve exactly what the app serves.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';

/** The app's scheme. */
export const APP_SCHEME = 'app';
/** The app's host: together `app://dealer-desk`. */
export const APP_HOST = 'dealer-desk';
/** The origin every IPC sender must have. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The renderer's Content Security Policy: only the app's own scripts, styles
 * and connections; no plugins, no <base>, no form posts, no framing. The
 * renderer never talks to AutoGrab itself: every request goes through main.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "connect-src 'self'",
].join('; ');

/** Content types of the files a renderer build contains. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webp': 'image/webp',
};

/** Headers on every app response. */
function securityHeaders(contentType?: string): Headers {
  const headers = new Headers({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  if (contentType) headers.set('Content-Type', contentType);
  return headers;
}

/**
 * The file a request maps to, or null when it is not a request for a file
 * inside `rootDir` (other host, traversal, encoded tricks, NUL bytes).
 */
export function resolveAppPath(requestUrl: string, rootDir: string): string | null {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(requestUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || pathname.includes('\0') || pathname.includes('\\')) return null;
  const root = resolve(rootDir);
  const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  return file.startsWith(root + sep) ? file : null;
}

/** The `app:` request handler over the renderer folder. */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers: securityHeaders() });
    const file = resolveAppPath(request.url, rootDir);
    if (file === null) return new Response('Forbidden', { status: 403, headers: securityHeaders('text/plain') });
    try {
      const body = await readFile(file);
      const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: securityHeaders(type) });
    } catch {
      return new Response('Not found', { status: 404, headers: securityHeaders('text/plain') });
    }
  };
}

/** Declares the scheme privileged (secure, standard). Must run before `app` is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, allowServiceWorkers: false, bypassCSP: false } },
  ]);
}

/** Serves the renderer folder on `app://dealer-desk/`. Call after `app` is ready. */
export function serveApp(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir));
}
