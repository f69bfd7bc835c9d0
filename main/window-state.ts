/**
 * The main window's size, position and maximised state, saved per workstation
 * (in the user data folder) and restored at start, pulled back onto a display
 * when the saved place is on none (see main/core/window-state).
 */
import type { BrowserWindow, Screen } from 'electron';
import type { KeyValueStore } from './core/storage/key-value-store';
import { parseWindowState, placeWindow } from './core/window-state/window-placement';
import type { WindowPlacement, WindowSizes, WindowState } from './core/window-state/window-placement';

/** The store key of the saved state. */
export const WINDOW_STATE_KEY = 'main-window';

/** The parts of Electron's `screen` used here. */
export type ScreenApi = Pick<Screen, 'getAllDisplays'>;

/** The parts of a BrowserWindow used here. */
export type TrackedWindow = Pick<BrowserWindow, 'on' | 'removeListener' | 'getNormalBounds' | 'isMaximized' | 'isDestroyed'>;

/** Where the window should open: the saved state, made to fit today's displays. */
export function restoredPlacement(store: KeyValueStore, screen: ScreenApi, sizes: WindowSizes): WindowPlacement {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  return placeWindow(parseWindowState(store.get(WINDOW_STATE_KEY)), workAreas, sizes);
}

/**
 * Saves the window's state whenever the user has moved, resized, maximised or
 * restored it, and when it closes. The normal (not maximised) bounds are
 * saved, so un-maximising next time returns to where it was. Returns a
 * function that stops tracking.
 */
export function trackWindowState(window: TrackedWindow, store: KeyValueStore): () => void {
  const save = () => {
    if (window.isDestroyed()) return;
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    store.set(WINDOW_STATE_KEY, state);
  };
  const events = ['moved', 'resized', 'maximize', 'unmaximize', 'close'] as const;
  for (const event of events) window.on(event as 'close', save);
  return () => {
    for (const event of events) window.removeListener(event as 'close', save);
  };
}
