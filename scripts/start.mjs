#!/usr/bin/env node
/**
 * `npm start`: builds the app, then launches it in Electron. On first run (no
 * AutoGrab credentials saved) the app is in demo mode against its built-in
 * sandbox. When the Electron binary is missing, Electron's own installer runs
 * first; only where that cannot get one (no access to the download) does it
 * explain how to run the UI in Chromium instead, and exit non-zero rather than
 * pretending to start.
 *
 * The binary is taken from ELECTRON_PATH, or from the electron package's own
 * download (node_modules/electron/path.txt).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectron, noElectronMessage } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('\nThe build failed; Dealer Desk was not started.');
  process.exit(build.status ?? 1);
}

const electron = ensureElectron({ root });
if (!electron.path) {
  const hasPreview = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts?.preview !== undefined;
  console.error(noElectronMessage(electron.looked, hasPreview));
  process.exit(1);
}

console.log(`Starting Dealer Desk with ${electron.path} (demo mode until AutoGrab credentials are saved)`);
const child = spawn(electron.path, [root], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
