/**
 * Composition root of the Electron main process: lifecycle, single-instance
 * lock, process-wide security switches, and the wiring of the backend (stores,
 * AutoGrab client, IPC dispatcher) to Electron.
 *
 * Order matters: the sandbox switch and the privileged `app:` scheme must be
 * set before `ready`; the web-contents guards before the first window exists.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, protocol, safeStorage, session, webContents } from 'electron';
import { createAppBackend } from './app-backend';
import type { AppBackend } from './app-backend';
import { createElectronLogger } from './adapters/electron-log-logger';
import { electronStoreOpener } from './adapters/electron-store-kv';
import { createPdfSaver } from './adapters/pdf-report';
import { createSafeStorageCipher } from './adapters/safe-storage-cipher';
import type { EffectivePolicy } from './core/policy/effective-policy';
import { NO_POLICY } from './core/policy/effective-policy';
import { registerIpcHandlers, sendToTrusted } from './ipc/register';
import { TrustedSenders } from './ipc/trusted-senders';
import { disabledUpdates } from './ports';
import type { UpdatesService } from './ports';
import { APP_ORIGIN, registerAppScheme, serveApp } from './protocol';
import { denyAllPermissions, installWebContentsGuards } from './security';
import { createMainWindow } from './window';

/** Where the bundles sit next to this file once built (`dist/main/index.js`). */
const distDir = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/**
 * THE place the administrator's policy enters the shell. Until the policy
 * loader is wired here, the app runs with no policy.
 */
async function loadEffectivePolicy(): Promise<EffectivePolicy> {
  return NO_POLICY;
}

/** THE place the updater enters the shell; off until the updater service is wired here. */
function createUpdates(_policy: EffectivePolicy): UpdatesService {
  return disabledUpdates('Automatic updates are not set up in this build.');
}

/** What {@link startApp} resolves to (tests close the backend with it). */
export interface RunningApp {
  backend: AppBackend;
  window: BrowserWindow;
}

/** Starts Dealer Desk; resolves to null when another instance already runs (it gets focused instead). */
export async function startApp(): Promise<RunningApp | null> {
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  registerAppScheme(protocol);

  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  const policy = await loadEffectivePolicy();
  const kiosk = policy.kiosk.enabled;
  installWebContentsGuards(app, { kiosk });
  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  serveApp(protocol, join(distDir, 'renderer'));

  // The backend wraps this logger with redaction of the credential in use;
  // electron-log's own hook adds pattern redaction for every other line.
  const logger = createElectronLogger({ filePath: join(app.getPath('logs'), 'main.log'), console: !app.isPackaged });
  const trusted = new TrustedSenders();
  const dataDir = app.getPath('userData');
  const backend = await createAppBackend({
    dataDir,
    appOrigin: APP_ORIGIN,
    cipher: createSafeStorageCipher(safeStorage),
    openStore: electronStoreOpener(dataDir),
    policy,
    version: app.getVersion(),
    updates: createUpdates(policy),
    logger,
    savePdf: createPdfSaver({
      dialog,
      fromId: (id) => webContents.fromId(id),
      window: () => mainWindow,
      defaultDir: () => app.getPath('documents'),
    }),
  });
  registerIpcHandlers(ipcMain, backend.dispatch, trusted);
  backend.subscribe((channel, payload) => sendToTrusted((id) => webContents.fromId(id), trusted, channel, payload));

  mainWindow = createMainWindow({ isPackaged: app.isPackaged, kiosk, preloadPath: join(distDir, 'preload', 'index.cjs') }, trusted, {
    onRendererGone: (reason) => {
      logger.error('renderer process gone; window reloaded', { reason });
      backend.notify({ level: 'warning', kind: 'renderer-restarted', message: 'Dealer Desk had a problem and reloaded the window.' });
    },
  });

  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => void backend.close());
  return { backend, window: mainWindow };
}

/** Started on import: this file is the Electron entry point. */
export const running: Promise<RunningApp | null> = startApp().catch((error: unknown) => {
  console.error('Dealer Desk could not start:', error instanceof Error ? error.message : error);
  app.exit(1);
  return null;
});
