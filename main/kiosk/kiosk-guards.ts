/**
 * Wires the kiosk locks into a window: blocked shortcuts never reach the page,
 * DevTools close as soon as they open, and the window refuses to close until
 * an administrator's exit was granted (PIN, update install) or the OS is
 * ending the session. A kiosk must never stall a shutdown or logout:
 * - Windows asks every window to close with `session-end` (logoff, shutdown);
 * - macOS (logout, shutdown, restart) and Linux (the session manager's
 *   SIGTERM) make Electron quit, which emits the app's `before-quit` before
 *   the windows are asked to close. The kiosk's own quit keys are swallowed
 *   and it has no menu, so `before-quit` only comes from the OS or from a
 *   granted exit.
 * Typed structurally against Electron's BrowserWindow so tests can pass a fake.
 */
import type { App, BrowserWindow, Event as ElectronEvent, Input } from 'electron';
import { blockedShortcut } from './blocked-shortcuts';
import type { BlockedCategory } from './blocked-shortcuts';

/** The parts of a BrowserWindow the guards use. */
export type GuardedWindow = Pick<BrowserWindow, 'on' | 'removeListener'> & {
  webContents: Pick<BrowserWindow['webContents'], 'on' | 'removeListener' | 'closeDevTools'>;
};

/** Options of {@link attachKioskGuards}. */
export interface KioskGuardOptions {
  /** True once an exit was granted (see `KioskController.isExitGranted`). */
  isExitGranted: () => boolean;
  platform?: NodeJS.Platform;
  /** Told about each blocked shortcut (for the log; never the typed text). */
  onBlocked?: (category: BlockedCategory) => void;
  /** Electron's `app`: its `before-quit` (OS logout or shutdown on macOS and Linux) lets the window close. */
  app?: Pick<App, 'on' | 'removeListener'>;
  /** Told when the OS ends the session (for the log). */
  onSessionEnd?: (reasons: readonly string[]) => void;
}

/** Attaches the guards; returns a function that detaches them. */
export function attachKioskGuards(window: GuardedWindow, options: KioskGuardOptions): () => void {
  const platform = options.platform ?? process.platform;
  let sessionEnding = false;
  const onInput = (event: ElectronEvent, input: Input) => {
    const category = blockedShortcut(input, { kiosk: true, platform });
    if (category === null) return;
    event.preventDefault();
    options.onBlocked?.(category);
  };
  const onClose = (event: ElectronEvent) => {
    if (!sessionEnding && !options.isExitGranted()) event.preventDefault();
  };
  // The OS is ending the session: a kiosk must not block it.
  const onSessionEnd = (event?: { reasons?: readonly string[] }) => {
    sessionEnding = true;
    options.onSessionEnd?.(event?.reasons ?? []);
  };
  const onBeforeQuit = () => onSessionEnd({ reasons: ['quit'] });
  const onDevToolsOpened = () => window.webContents.closeDevTools();

  window.webContents.on('before-input-event', onInput);
  window.webContents.on('devtools-opened', onDevToolsOpened);
  window.on('close', onClose);
  window.on('session-end', onSessionEnd);
  options.app?.on('before-quit', onBeforeQuit);
  return () => {
    options.app?.removeListener('before-quit', onBeforeQuit);
    window.webContents.removeListener('before-input-event', onInput);
    window.webContents.removeListener('devtools-opened', onDevToolsOpened);
    window.removeListener('close', onClose);
    window.removeListener('session-end', onSessionEnd);
  };
}
