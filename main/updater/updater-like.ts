/**
 * The part of electron-updater's `AppUpdater` Dealer Desk uses. The real
 * `autoUpdater` satisfies it (checked in electron-updater-adapter.ts); tests
 * pass a fake EventEmitter, and the integration test a real `AppImageUpdater`.
 */

/** What electron-updater sends with `update-available` / `update-not-available`. */
export interface UpdateInfoLike {
  version: string;
}

/** Log sink electron-updater writes to (`autoUpdater.logger`). */
export interface UpdaterLogSink {
  info(message?: unknown): void;
  warn(message?: unknown): void;
  error(message?: unknown): void;
  debug?(message: string): void;
}

/** Generic-server feed options (`GenericServerOptions` in electron-builder). */
export interface GenericFeed {
  provider: 'generic';
  url: string;
  channel?: string;
}

/** The updater subset. */
export interface UpdaterLike {
  autoDownload: boolean;
  allowDowngrade: boolean;
  disableWebInstaller: boolean;
  /** Setting it also sets `allowDowngrade = true` in electron-updater; the service resets that. */
  channel: string | null;
  logger: UpdaterLogSink | null;
  setFeedURL(options: GenericFeed): void;
  checkForUpdates(): Promise<unknown>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'update-available' | 'update-not-available' | 'update-downloaded', listener: (info: UpdateInfoLike) => void): unknown;
  on(event: 'download-progress', listener: (progress: { percent: number }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}
