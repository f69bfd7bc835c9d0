/**
 * The Electron binary for `npm start`: ELECTRON_PATH, or the electron
 * package's own download. When it is missing, Electron's own installer (the
 * `install-electron` bin of the electron package, which downloads the pinned
 * version and checks its checksum) runs once; only if that fails does the
 * caller print the explanation and the `npm run preview` fallback.
 *
 * Pure apart from the defaults: tests pass a fake `exists`, `readFile` and installer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron executable, or null with the places that were looked at.
 * @param {{ root: string, env?: Record<string, string | undefined>, exists?: (file: string) => boolean, readFile?: (file: string) => string }} options
 * @returns {{ path: string | null, looked: string[] }}
 */
export function findElectron({ root, env = process.env, exists = existsSync, readFile = (file) => readFileSync(file, 'utf8') }) {
  const looked = [];
  if (env.ELECTRON_PATH) {
    looked.push(`ELECTRON_PATH=${env.ELECTRON_PATH}`);
    if (exists(env.ELECTRON_PATH)) return { path: env.ELECTRON_PATH, looked };
  } else {
    looked.push('ELECTRON_PATH (not set)');
  }
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  looked.push(pathFile);
  if (exists(pathFile)) {
    const binary = join(root, 'node_modules', 'electron', 'dist', readFile(pathFile).trim());
    looked.push(binary);
    if (exists(binary)) return { path: binary, looked };
  }
  return { path: null, looked };
}

/** Runs the electron package's `install-electron` bin (download + checksum); true when it succeeded. */
export function runElectronInstaller(root) {
  const electronDir = join(root, 'node_modules', 'electron');
  const manifest = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
  const installer = manifest.bin?.['install-electron'];
  if (!installer) return false;
  console.log(`No Electron binary yet: running Electron's installer for electron ${manifest.version} (download and checksum check)`);
  const outcome = spawnSync(process.execPath, [join(electronDir, installer)], { cwd: electronDir, stdio: 'inherit', timeout: 15 * 60_000 });
  return outcome.status === 0;
}

/** The explanation printed when there is no Electron binary and the installer could not get one. */
export function noElectronMessage(looked, hasPreview) {
  return [
    '',
    'Dealer Desk is built (dist/), but there is no Electron binary on this machine to run it.',
    `Looked at: ${looked.join(', ')}`,
    '',
    "Electron's installer could not download its binary (no access to the download, or it failed).",
    'To run the desktop app, install an Electron 45 binary and point ELECTRON_PATH at it:',
    '  ELECTRON_PATH=/path/to/electron npm start',
    '',
    hasPreview
      ? 'To use the app without Electron: `npm run preview` opens the same UI in Chromium, backed by the real\nmain-process code (IPC dispatcher, stores, AutoGrab client) in demo mode.'
      : 'The renderer can be viewed in Chromium with the Playwright harness in test/e2e-web.',
    '',
  ].join('\n');
}

/**
 * The Electron binary, installing it once with Electron's installer when it is missing.
 * @param {{ root: string, env?: Record<string, string | undefined>, exists?: (file: string) => boolean, readFile?: (file: string) => string, install?: () => boolean }} options
 * @returns {{ path: string | null, looked: string[], installed: boolean }}
 */
export function ensureElectron(options) {
  const { install = () => runElectronInstaller(options.root) } = options;
  const first = findElectron(options);
  if (first.path) return { ...first, installed: false };
  if (install()) {
    const again = findElectron(options);
    if (again.path) return { ...again, installed: true };
  }
  return { ...first, installed: false };
}
