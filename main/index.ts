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
import { app, clipboard, dialog, ipcMain, Menu, powerMonitor, protocol, safeStorage, screen, session, shell, webContents } from 'electron';
import type { AppStatus } from '../preload/contract';
import { createAppBackend } from './app-backend';
import type { AppBackend } from './app-backend';
import { createElectronLogger } from './adapters/electron-log-logger';
import { electronHelpHost } from './adapters/electron-help-host';
import { electronStoreOpener } from './adapters/electron-store-kv';
import { createLogoPicker, createTextFileSaver } from './adapters/file-dialogs';
import { createPdfSaver } from './adapters/pdf-report';
import { createSafeStorageCipher } from './adapters/safe-storage-cipher';
import { isAdminCommand, runAdminCommand } from './core/admin/admin-commands';
import { loadPolicy } from './core/policy/load-policy';
import { terminalIo } from './core/admin/terminal-io';
import { policyPathFor, provisioningPathFor } from './core/policy/policy-path';
import { registerIpcHandlers, sendToTrusted } from './ipc/register';
import { TrustedSenders } from './ipc/trusted-senders';
import { listenForDeepLinks } from './deep-link-handoff';
import { listenForWake } from './power-events';
import { attachKioskGuards } from './kiosk/kiosk-guards';
import { installApplicationMenu } from './menu/application-menu';
import { createKioskService } from './kiosk/kiosk-service';
import { electronAutoUpdater } from './updater/electron-updater-adapter';
import { updateTargetSupport } from './updater/update-target';
import { createUpdatesService } from './updater/updates-service';
import { APP_ORIGIN, registerAppScheme, serveApp } from './protocol';
import { denyAllPermissions, installWebContentsGuards } from './security';
import { createMainWindow, WINDOW_SIZES } from './window';
import { restoredPlacement, trackWindowState } from './window-state';
import { CHROMIUM_CONTROLS_LOCALE } from './locale';

/** Where the bundles sit next to this file once built (`dist/main/index.js`). */
const distDir = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/** What {@link startApp} resolves to (tests close the backend with it). */
export interface RunningApp {
  backend: AppBackend;
  window: BrowserWindow;
}

/**
 * `--check-policy` and `--hash-pin`: administrators run the installed app as a
 * command (docs/kiosk.md); it prints its report, exits with its code, and
 * never opens a window or takes the single-instance lock.
 */
async function runAsAdminCommand(): Promise<void> {
  const code = await runAdminCommand(process.argv, terminalIo(process.stdin, process.stdout, process.stderr), {
    platform: process.platform,
    env: process.env,
  });
  app.exit(code ?? 0);
}

/** Starts Dealer Desk; resolves to null when another instance already runs (it gets focused instead). */
export async function startApp(): Promise<RunningApp | null> {
  if (isAdminCommand(process.argv)) {
    await runAsAdminCommand();
    return null;
  }
  app.enableSandbox();
  app.commandLine.appendSwitch('lang', CHROMIUM_CONTROLS_LOCALE);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  registerAppScheme(protocol);
  // Before anything awaits: macOS delivers the link that launched the app as an early open-url.
  const deepLinks = listenForDeepLinks(app);

  let mainWindow: BrowserWindow | null = null;
  const focusWindow = () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };

  // The administrator's policy (kiosks, locked settings, update channel). A
  // missing, untrusted or invalid file means no policy, with a notice.
  const policyPath = policyPathFor(process.platform, process.env, app.isPackaged);
  const loadedPolicy = await loadPolicy({ path: policyPath, isPackaged: app.isPackaged, platform: process.platform });
  const { policy, notices: policyNotices } = loadedPolicy;
  // Guards are installed before any window exists, as strict as the policy
  // asks (a rejected policy may have asked for a kiosk: strict too).
  installWebContentsGuards(app, { kiosk: policy.kiosk.enabled || loadedPolicy.status === 'rejected' });
  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  serveApp(protocol, join(distDir, 'renderer'));

  // The backend wraps this logger with redaction of the credential in use;
  // electron-log's own hook adds pattern redaction for every other line.
  const logger = createElectronLogger({ filePath: join(app.getPath('logs'), 'main.log'), console: !app.isPackaged });
  const trusted = new TrustedSenders();
  const dataDir = app.getPath('userData');
  const kioskService = createKioskService({ policy, quit: () => app.quit(), logger });
  const updates = createUpdatesService({
    updater: electronAutoUpdater,
    policy,
    isPackaged: app.isPackaged,
    targetCanUpdate: updateTargetSupport({
      platform: process.platform,
      env: process.env,
      mas: process.mas === true,
      windowsStore: process.windowsStore === true,
    }),
    // Installing restarts the app: a kiosk must let that close through.
    beforeInstall: () => kioskService.allowExit('update install'),
    logger,
  });
  const fileDialogs = { dialog, window: () => mainWindow, defaultDir: () => app.getPath('documents') };
  let windowReady: () => void = () => undefined;
  const windowShown = new Promise<void>((resolve) => (windowReady = resolve));
  const backend = await createAppBackend({
    dataDir,
    appOrigin: APP_ORIGIN,
    cipher: createSafeStorageCipher(safeStorage),
    openStore: electronStoreOpener(dataDir),
    policy,
    version: app.getVersion(),
    updates,
    kiosk: kioskService,
    provisioningPath: provisioningPathFor(policyPath, process.platform),
    policyFile: { path: policyPath, loaded: loadedPolicy },
    host: electronHelpHost({ clipboard, shell, dataDir, homeDir: app.getPath('home'), policyPath }),
    logger,
    savePdf: createPdfSaver({
      dialog,
      fromId: (id) => webContents.fromId(id),
      window: () => mainWindow,
      defaultDir: () => app.getPath('documents'),
    }),
    saveTextFile: createTextFileSaver(fileDialogs),
    chooseLogoFile: createLogoPicker(fileDialogs),
    // The HTTP stack loads and the token is fetched once the window shows, not before it (see AppBackendOptions.warmUpAfter).
    warmUpAfter: windowShown,
  });
  for (const { id: _id, ...notice } of policyNotices) backend.notify(notice);
  const kiosk = backend.kioskEnabled;
  // Fail closed: a kiosk whose set-up failed stays locked; the last good exit PIN still works.
  if (backend.kioskStartup.mode === 'attention') kioskService.lockDown(backend.kioskStartup.exitPinHash);
  registerIpcHandlers(ipcMain, backend.dispatch, trusted);
  backend.subscribe((channel, payload) => sendToTrusted((id) => webContents.fromId(id), trusted, channel, payload));

  // Kiosks get no menu at all; workstations one in the UI language, rebuilt when it changes.
  const menu = installApplicationMenu({
    Menu,
    platform: process.platform,
    isPackaged: app.isPackaged,
    kiosk,
    language: backend.settings().language,
    onCommand: (command) => backend.menuCommand(command),
  });
  backend.subscribe((channel, payload) => {
    if (channel === 'event:status-changed') menu.setLanguage((payload as AppStatus).settings.language);
  });

  // A kiosk always opens full screen; a workstation where it was left, pulled back onto a display if needed.
  const windowState = electronStoreOpener(dataDir)('window-state').store;
  const placement = kiosk ? undefined : restoredPlacement(windowState, screen, WINDOW_SIZES);
  mainWindow = createMainWindow({ isPackaged: app.isPackaged, kiosk, preloadPath: join(distDir, 'preload', 'index.cjs'), placement }, trusted, {
    onRendererGone: (reason) => {
      logger.error('renderer process gone; window reloaded', { reason });
      backend.notify({ level: 'warning', kind: 'renderer-restarted', message: 'Dealer Desk had a problem and reloaded the window.' });
    },
  });

  mainWindow.once('ready-to-show', windowReady);
  if (!kiosk) trackWindowState(mainWindow, windowState);
  deepLinks.start(
    {
      enabled: !kiosk || policy.kiosk.allowDeepLinks,
      region: () => backend.settings().region,
      deliver: (prefill) => backend.prefillSearch(prefill),
      focus: focusWindow,
      logger,
    },
    { argv: process.argv, execPath: process.execPath, isPackaged: app.isPackaged },
  );

  if (kiosk) {
    attachKioskGuards(mainWindow, {
      isExitGranted: kioskService.isExitGranted,
      onBlocked: (category) => logger.info('kiosk: shortcut blocked', { category }),
      // OS logout and shutdown must never be stalled by the kiosk window.
      app,
      onSessionEnd: (reasons) => logger.info('kiosk: the OS is ending the session', { reasons }),
    });
  }
  updates.start();
  // Back from sleep or a locked screen: the token is renewed before the first lookup needs it.
  const stopWakeEvents = listenForWake(powerMonitor, () => void backend.wake());

  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => {
    updates.stop();
    stopWakeEvents();
    void backend.close();
  });
  return { backend, window: mainWindow };
}

/** Started on import: this file is the Electron entry point. */
export const running: Promise<RunningApp | null> = startApp().catch((error: unknown) => {
  console.error('Dealer Desk could not start:', error instanceof Error ? error.message : error);
  app.exit(1);
  return null;
});
