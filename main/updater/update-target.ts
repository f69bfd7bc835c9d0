/**
 * Whether this installation can update itself. electron-updater can replace
 * an NSIS install, a DMG/zip app and an AppImage; a Store or App Store copy is
 * updated by its store, a portable exe and distro packages by their owners.
 */
import type { UpdateDisabledReason } from '../core/message-codes';

/** The answer, with the reason (a code the renderer words) when it is no. */
export type UpdateTargetSupport = { ok: true } | { ok: false; reason: UpdateDisabledReason };

/** What {@link updateTargetSupport} looks at (from `process` in the app). */
export interface InstallFacts {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** `process.mas`: a Mac App Store build. */
  mas?: boolean;
  /** `process.windowsStore`: a Microsoft Store (AppX) build. */
  windowsStore?: boolean;
}

/** Decides whether this kind of installation updates itself. */
export function updateTargetSupport(facts: InstallFacts): UpdateTargetSupport {
  const { platform, env } = facts;
  if (platform === 'darwin' && facts.mas) return { ok: false, reason: 'mac-app-store' };
  if (platform === 'win32' && facts.windowsStore) return { ok: false, reason: 'windows-store' };
  if (platform === 'win32' && env.PORTABLE_EXECUTABLE_DIR) {
    return { ok: false, reason: 'portable' };
  }
  if (platform === 'linux' && env.SNAP) return { ok: false, reason: 'snap' };
  if (platform === 'linux' && !env.APPIMAGE) {
    return { ok: false, reason: 'linux-package' };
  }
  return { ok: true };
}
