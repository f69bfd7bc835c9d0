/**
 * Wires the kiosk locks into a window: blocked shortcuts never reach the page,
 * DevTools close as soon as they open, and the window refuses to close until
 * an administrator's exit was granted (PIN, update install, OS shutdown).
 * Typed structurally against Electron's BrowserWindow so tests can pass a fake.
 */
import type { BrowserWindow, Event as ElectronEvent, Input } from 'electron';
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
  // Windows asks every window to close when the user signs out or shuts down; a kiosk must not block that.
  const onSessionEnd = () => {
    sessionEnding = true;
  };
  const onDevToolsOpened = () => window.webContents.closeDevTools();

  window.webContents.on('before-input-event', onInput);
  window.webContents.on('devtools-opened', onDevToolsOpened);
  window.on('close', onClose);
  window.on('session-end', onSessionEnd);
  return () => {
    window.webContents.removeListener('before-input-event', onInput);
    window.webContents.removeListener('devtools-opened', onDevToolsOpened);
    window.removeListener('close', onClose);
    window.removeListener('session-end', onSessionEnd);
  };
}
