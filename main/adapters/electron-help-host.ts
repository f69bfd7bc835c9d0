/**
 * The Electron host of About and diagnostics: Electron's, Chromium's and
 * Node's versions, the OS, the clipboard and the file manager.
 */
import { arch, release } from 'node:os';
import type { Clipboard, Shell } from 'electron';
import { withoutHome } from '../core/diagnostics/diagnostics';
import type { HelpHost } from '../help-host';

/** Inputs of {@link electronHelpHost}. */
export interface ElectronHelpHostOptions {
  clipboard: Pick<Clipboard, 'writeText'>;
  shell: Pick<Shell, 'openPath'>;
  dataDir: string;
  homeDir: string;
  policyPath: string;
}

/** The help host inside Electron. */
export function electronHelpHost(options: ElectronHelpHostOptions): HelpHost {
  return {
    versions: {
      electron: process.versions.electron ?? 'unknown',
      chromium: process.versions.chrome ?? 'unknown',
      node: process.versions.node,
    },
    os: { platform: process.platform, release: release(), arch: arch() },
    policyPath: options.policyPath,
    dataFolder: withoutHome(options.dataDir, options.homeDir),
    copyText: (text) => {
      options.clipboard.writeText(text);
      return true;
    },
    // shell.openPath resolves to an error message, or '' on success.
    openDataFolder: async () => (await options.shell.openPath(options.dataDir)) === '',
  };
}
