/**
 * Whether this installation can update itself. electron-updater can replace
 * an NSIS install, a DMG/zip app and an AppImage; a Store or App Store copy is
 * updated by its store, a portable exe and distro packages by their owners.
 */

/** The answer, with the reason shown to the user when it is no. */
export type UpdateTargetSupport = { ok: true } | { ok: false; reason: string };

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
  if (platform === 'darwin' && facts.mas) return { ok: false, reason: 'This copy came from the Mac App Store, which keeps it up to date.' };
  if (platform === 'win32' && facts.windowsStore) return { ok: false, reason: 'This copy came from the Microsoft Store, which keeps it up to date.' };
  if (platform === 'win32' && env.PORTABLE_EXECUTABLE_DIR) {
    return { ok: false, reason: 'The portable version does not update itself. Install Dealer Desk with the installer to get updates.' };
  }
  if (platform === 'linux' && env.SNAP) return { ok: false, reason: 'This copy is a Snap package, which the Snap store keeps up to date.' };
  if (platform === 'linux' && !env.APPIMAGE) {
    return { ok: false, reason: 'Only the AppImage updates itself. Your system package manager updates this copy.' };
  }
  return { ok: true };
}
