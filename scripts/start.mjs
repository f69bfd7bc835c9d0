#!/usr/bin/env node
/**
 * `npm start`: builds the app, then launches it in Electron. On first run (no
 * AutoGrab credentials saved) the app is in demo mode against its built-in
 * sandbox. Where no Electron binary exists (these build machines cannot
 * download one), it says so, explains how to run the UI in Chromium instead,
 * and exits non-zero rather than pretending to start.
 *
 * The binary is taken from ELECTRON_PATH, or from the electron package's own
 * download (node_modules/electron/path.txt), never downloaded here.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The Electron executable, or null with the places that were looked at. */
function findElectron() {
  const looked = [];
  if (process.env.ELECTRON_PATH) {
    looked.push(`ELECTRON_PATH=${process.env.ELECTRON_PATH}`);
    if (existsSync(process.env.ELECTRON_PATH)) return { path: process.env.ELECTRON_PATH, looked };
  } else {
    looked.push('ELECTRON_PATH (not set)');
  }
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  looked.push(pathFile);
  if (existsSync(pathFile)) {
    const binary = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
    looked.push(binary);
    if (existsSync(binary)) return { path: binary, looked };
  }
  return { path: null, looked };
}

const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('\nThe build failed; Dealer Desk was not started.');
  process.exit(build.status ?? 1);
}

const electron = findElectron();
if (!electron.path) {
  const hasPreview = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts?.preview !== undefined;
  console.error(
    [
      '',
      'Dealer Desk is built (dist/), but there is no Electron binary on this machine to run it.',
      `Looked at: ${electron.looked.join(', ')}`,
      '',
      'Electron 42+ downloads its binary on first use, and this machine cannot reach the download.',
      'To run the desktop app, install an Electron 45 binary and point ELECTRON_PATH at it:',
      '  ELECTRON_PATH=/path/to/electron npm start',
      '',
      hasPreview
        ? 'To use the app without Electron: `npm run preview` opens the same UI in Chromium, backed by the real\nmain-process code (IPC dispatcher, stores, AutoGrab client) in demo mode.'
        : 'The renderer can be viewed in Chromium with the Playwright harness in test/e2e-web.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

console.log(`Starting Dealer Desk with ${electron.path} (demo mode until AutoGrab credentials are saved)`);
const child = spawn(electron.path, [root], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
