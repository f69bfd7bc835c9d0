/**
 * Finds a Chromium-family browser for the renderer tests on any developer OS,
 * in this order: CHROMIUM_PATH; Playwright's own managed Chromium; then
 * system Chrome, Chromium or Edge at their usual paths on Linux, macOS and
 * Windows. When none is found, `ensureBrowser` runs `playwright install
 * chromium` once; if that fails too the caller gets install instructions and
 * must fail the run: a browser suite that did not run is a failed setup.
 *
 * Pure apart from the defaults: tests pass a fake `exists`, `env`, `platform`
 * and installer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Usual install locations of Chrome, Chromium and Edge, per platform (Windows ones under env folders). */
export function systemBrowserPaths(platform, env) {
  if (platform === 'win32') {
    const join = path.win32.join;
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);
    return roots.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  if (platform === 'darwin') {
    const apps = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])];
    return apps.flatMap((folder) => [
      path.posix.join(folder, 'Google Chrome.app', 'Contents', 'MacOS', 'Google Chrome'),
      path.posix.join(folder, 'Chromium.app', 'Contents', 'MacOS', 'Chromium'),
      path.posix.join(folder, 'Microsoft Edge.app', 'Contents', 'MacOS', 'Microsoft Edge'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
  ];
}

/** Where Playwright keeps its own Chromium for this version (it may not be downloaded yet), or null. */
export function managedChromiumPath() {
  try {
    const require = createRequire(import.meta.url);
    return require('playwright-core').chromium.executablePath() || null;
  } catch {
    return null;
  }
}

/**
 * The first browser that exists, with where it came from, and every place
 * looked at (for the error message).
 * @param {{ env?: Record<string, string | undefined>, platform?: string, exists?: (file: string) => boolean, managedPath?: string | null }} [options]
 * @returns {{ path: string | null, source: string | null, looked: string[] }}
 */
export function findBrowser(options = {}) {
  const { env = process.env, platform = process.platform, exists = existsSync } = options;
  const managedPath = options.managedPath === undefined ? managedChromiumPath() : options.managedPath;
  const candidates = [
    ...(env.CHROMIUM_PATH ? [{ source: 'CHROMIUM_PATH', path: env.CHROMIUM_PATH }] : []),
    ...(managedPath ? [{ source: 'playwright', path: managedPath }] : []),
    ...systemBrowserPaths(platform, env).map((file) => ({ source: 'system', path: file })),
  ];
  const looked = [];
  for (const candidate of candidates) {
    looked.push(candidate.path);
    if (exists(candidate.path)) return { path: candidate.path, source: candidate.source, looked };
  }
  return { path: null, source: null, looked };
}

/** What to do when no browser could be found or installed, for this platform. */
export function installInstructions(platform) {
  const own = {
    linux: 'install Chromium with your package manager (Debian/Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium)',
    darwin: 'install Google Chrome from google.com/chrome, or Chromium with Homebrew (brew install --cask chromium)',
    win32: 'install Google Chrome or Microsoft Edge (Edge ships with Windows 10 and 11)',
  }[platform] ?? 'install Google Chrome or Chromium';
  return [
    'The renderer tests need a Chromium-family browser, and none was found or could be installed.',
    'Do one of these, then run npm test again:',
    '  - npx playwright install chromium   (downloads Playwright\'s own Chromium; needs internet)',
    `  - ${own}`,
    '  - set CHROMIUM_PATH to the browser executable',
  ].join('\n');
}

/** Runs `npx playwright install chromium`; true when it succeeded. */
export function installManagedChromium() {
  console.log('No browser found for the renderer tests: running `npx playwright install chromium`');
  const outcome = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', shell: process.platform === 'win32' });
  return outcome.status === 0;
}

/**
 * A browser to run the renderer tests with: found, or installed once with
 * Playwright. `path` is null (and `message` says what to do) when neither worked.
 * @param {{ env?: Record<string, string | undefined>, platform?: string, exists?: (file: string) => boolean, managedPath?: string | null, install?: () => boolean }} [options]
 * @returns {{ path: string | null, source: string | null, installed: boolean, message: string | null }}
 */
export function ensureBrowser(options = {}) {
  const { install = installManagedChromium, platform = process.platform } = options;
  const first = findBrowser(options);
  if (first.path) return { path: first.path, source: first.source, installed: false, message: null };
  if (install()) {
    const again = findBrowser(options);
    if (again.path) return { path: again.path, source: again.source, installed: true, message: null };
  }
  return { path: null, source: null, installed: false, message: `${installInstructions(platform)}\nLooked at: ${first.looked.join(', ')}` };
}
