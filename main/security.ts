/**
 * App-wide guards, installed once before any window exists. Numbers refer to
 * Electron's security checklist (docs/tutorial/security.md); docs/security.md
 * maps each to the test that proves it.
 */
import { shell } from 'electron';
import type { App, Event, Session, WebContents } from 'electron';
import { LISTING_SITE_ORIGINS } from './core/market/marketplaces';
import { originOf } from './ipc/sender';
import { APP_ORIGIN } from './protocol';

/** Sites the app may open in the user's browser (https only, exact origins): AutoGrab's, and the listing sites of the one marketplace table. */
export const EXTERNAL_ORIGINS: readonly string[] = ['https://autograb.com.au', 'https://www.autograb.com.au', 'https://app.autograb.com.au', ...LISTING_SITE_ORIGINS];

/** Options shared by the guards. */
export interface GuardOptions {
  /** Kiosk: nothing is ever opened outside the app. */
  kiosk: boolean;
  /** Origins `safeOpenExternal` accepts; {@link EXTERNAL_ORIGINS} by default. */
  allowedOrigins?: readonly string[];
  /** Opens a URL in the OS browser; `shell.openExternal` by default. */
  openExternal?: (url: string) => Promise<void>;
}

/** Whether `url` is a page of the app itself (`app://dealer-desk/...`). */
export function isAppUrl(url: string): boolean {
  return originOf(url) === APP_ORIGIN;
}

/**
 * Opens `url` in the user's browser only if it is plain https to an allowed
 * origin (checklist 15): never `file:`, `smb:`, custom schemes (which launch
 * other programs), URLs with user info (`https://good.example@evil.example`),
 * and nothing at all in kiosk mode. Returns whether it was opened.
 */
export function safeOpenExternal(url: string, options: GuardOptions): boolean {
  if (options.kiosk) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const allowed = options.allowedOrigins ?? EXTERNAL_ORIGINS;
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || !allowed.includes(parsed.origin)) return false;
  void (options.openExternal ?? shell.openExternal)(parsed.href).catch(() => undefined);
  return true;
}

type NavigationEvent = Event & { url?: string };

/**
 * Guards one webContents: navigation and redirects away from the app are
 * prevented (13), every window.open is denied (14) with allowed https links
 * handed to the browser (15), and <webview> can never attach (12).
 */
export function guardWebContents(contents: WebContents, options: GuardOptions): void {
  const stayInApp = (event: NavigationEvent, url?: unknown) => {
    const target = event.url ?? (typeof url === 'string' ? url : '');
    if (!isAppUrl(target)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    safeOpenExternal(url, options);
    return { action: 'deny' };
  });
}

/** Guards every webContents the app ever creates (including ones we did not ask for). */
export function installWebContentsGuards(app: App, options: GuardOptions): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options));
}

/**
 * Denies every permission (5): camera, microphone, geolocation,
 * notifications, clipboard, HID/serial/USB devices, screen capture. Dealer
 * Desk needs none of them.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
}
