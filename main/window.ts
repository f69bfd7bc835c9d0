/**
 * The main window: hardened options (a pure function, so the exact values are
 * asserted in tests) and its creation, with the window registered as a
 * trusted IPC sender for as long as it lives.
 */
import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowPlacement, WindowSizes } from './core/window-state/window-placement';
import { APP_ENTRY_URL } from './protocol';
import { shouldBlockInput } from './kiosk/blocked-shortcuts';
import type { TrustedSenders } from './ipc/trusted-senders';

/** What decides the window options. */
export interface WindowInputs {
  /** `app.isPackaged`: DevTools only in development. */
  isPackaged: boolean;
  /** Policy kiosk mode: fullscreen, no menu, no DevTools. */
  kiosk: boolean;
  /** Absolute path of the bundled preload (`dist/preload/index.cjs`). */
  preloadPath: string;
  /** Where a workstation window opens (saved state); the default size, centred, when absent. Kiosks ignore it. */
  placement?: WindowPlacement;
}

/** The window's default and minimum size. */
export const WINDOW_SIZES: WindowSizes = Object.freeze({ width: 1280, height: 800, minWidth: 960, minHeight: 640 });

/**
 * Window options. The webPreferences follow Electron's security checklist:
 * context isolation (3), sandbox (4), no Node anywhere (2), no <webview> (12),
 * web security on (6), no insecure content (8), no experimental features (9),
 * and no `enableBlinkFeatures` (10).
 */
export function windowOptionsFor({ isPackaged, kiosk, preloadPath, placement }: WindowInputs): BrowserWindowConstructorOptions {
  const bounds = kiosk || !placement ? { width: WINDOW_SIZES.width, height: WINDOW_SIZES.height } : placement.bounds;
  return {
    ...bounds,
    minWidth: WINDOW_SIZES.minWidth,
    minHeight: WINDOW_SIZES.minHeight,
    show: false,
    title: 'Dealer Desk',
    backgroundColor: '#ffffff',
    kiosk,
    fullscreen: kiosk,
    autoHideMenuBar: kiosk,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      devTools: !isPackaged && !kiosk,
      preload: preloadPath,
    },
  };
}

/** Hooks the window reports to. */
export interface MainWindowHooks {
  /** The renderer crashed or was killed; the window has been reloaded. */
  onRendererGone(reason: string): void;
}

/** Creates and loads the main window; it is trusted for IPC until destroyed. */
export function createMainWindow(inputs: WindowInputs, trusted: TrustedSenders, hooks: MainWindowHooks): BrowserWindow {
  const window = new BrowserWindow(windowOptionsFor(inputs));
  if (!inputs.kiosk && inputs.placement?.maximized) window.maximize();
  trusted.add(window.webContents);
  window.once('ready-to-show', () => window.show());
  if (!inputs.kiosk) {
    // Kiosk windows get the full set from attachKioskGuards. A packaged workstation loses only
    // reload (it throws away the salesperson's work) and DevTools; development keeps both.
    const context = { kiosk: false, platform: process.platform, development: !inputs.isPackaged };
    window.webContents.on('before-input-event', (event, input) => {
      if (shouldBlockInput(input, context)) event.preventDefault();
    });
  }
  window.webContents.on('render-process-gone', (_event, details) => {
    // A crashed renderer shows a blank window; reload so the dealer can carry on.
    if (details.reason === 'clean-exit') return;
    window.webContents.reload();
    hooks.onRendererGone(details.reason);
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
