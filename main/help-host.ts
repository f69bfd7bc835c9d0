/**
 * What the backend needs from its host for About, diagnostics and links:
 * versions, the OS, where the policy and the data live, the clipboard and the
 * file manager. Electron's side is in main/index.ts; the Chromium harness and
 * tests pass their own. Electron-free, like the backend.
 */
import { arch, homedir, release } from 'node:os';
import { withoutHome } from './core/diagnostics/diagnostics';
import type { DiagnosticFacts } from './core/diagnostics/diagnostics';

/** Host facts and abilities. */
export interface HelpHost {
  versions: Omit<DiagnosticFacts['versions'], 'app'>;
  os: DiagnosticFacts['os'];
  /** Where this OS looks for the administrator's policy file. */
  policyPath: string;
  /** The data folder, home folder shown as `~`. */
  dataFolder: string;
  /** Puts text on the OS clipboard; false when there is none. */
  copyText(text: string): boolean;
  /** Opens the data folder in the OS file manager; false when it could not. */
  openDataFolder(): Promise<boolean>;
}

/** A host outside Electron (tests, the Chromium harness): Node's versions, no clipboard, no file manager. */
export function plainNodeHelpHost(dataDir: string, policyPath = 'none'): HelpHost {
  return {
    versions: { electron: 'not running in Electron', chromium: process.versions.chrome ?? 'not running in Electron', node: process.versions.node },
    os: { platform: process.platform, release: release(), arch: arch() },
    policyPath,
    dataFolder: withoutHome(dataDir, homedir()),
    copyText: () => false,
    openDataFolder: async () => false,
  };
}
