/**
 * The real updater: electron-updater's `autoUpdater`, loaded on first use.
 * Reading `autoUpdater` constructs the platform updater, which needs a running
 * Electron (`app`, `net`), so nothing here runs at import time and the service
 * calls this only when updates are enabled.
 */
import { createRequire } from 'node:module';
import type * as ElectronUpdater from 'electron-updater';
import type { UpdaterLike } from './updater-like';

/** Returns electron-updater's `autoUpdater` (NSIS, DMG/zip or AppImage updater for this OS). */
export function electronAutoUpdater(): UpdaterLike {
  const require = createRequire(import.meta.url);
  const { autoUpdater } = require('electron-updater') as typeof ElectronUpdater;
  // Assigning here makes tsc check that the real AppUpdater still fits UpdaterLike.
  const updater: UpdaterLike = autoUpdater;
  return updater;
}
