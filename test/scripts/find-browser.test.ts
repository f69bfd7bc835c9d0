/**
 * Browser discovery for `npm test`: CHROMIUM_PATH, then Playwright's managed
 * Chromium, then system Chrome/Chromium/Edge on Linux, macOS and Windows;
 * when none exists, one `playwright install chromium`; when that fails too,
 * no path and install instructions (the run must fail, never skip).
 */
import { describe, expect, test, vi } from 'vitest';
import { ensureBrowser, findBrowser, installInstructions } from '../../scripts/find-browser.mjs';

const existing = (...files: string[]) => (file: string) => files.includes(file);
const WINDOWS_ENV = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\sam\\AppData\\Local' };

describe('findBrowser', () => {
  test('CHROMIUM_PATH wins over everything else', () => {
    const found = findBrowser({ env: { CHROMIUM_PATH: '/opt/my/chrome' }, platform: 'linux', managedPath: '/pw/chrome', exists: existing('/opt/my/chrome', '/pw/chrome', '/usr/bin/chromium') });
    expect(found).toMatchObject({ path: '/opt/my/chrome', source: 'CHROMIUM_PATH' });
  });

  test("Playwright's managed Chromium comes before the system browsers", () => {
    const found = findBrowser({ env: {}, platform: 'linux', managedPath: '/pw/chrome', exists: existing('/pw/chrome', '/usr/bin/chromium') });
    expect(found).toMatchObject({ path: '/pw/chrome', source: 'playwright' });
  });

  test('a CHROMIUM_PATH that does not exist is passed over, and listed as looked at', () => {
    const found = findBrowser({ env: { CHROMIUM_PATH: '/nowhere/chrome' }, platform: 'linux', managedPath: null, exists: existing('/usr/bin/chromium') });
    expect(found).toMatchObject({ path: '/usr/bin/chromium', source: 'system' });
    expect(found.looked[0]).toBe('/nowhere/chrome');
  });

  test.each([
    ['linux', {}, '/usr/bin/google-chrome-stable'],
    ['linux', {}, '/snap/bin/chromium'],
    ['darwin', {}, '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    ['darwin', { HOME: '/Users/sam' }, '/Users/sam/Applications/Chromium.app/Contents/MacOS/Chromium'],
    ['darwin', {}, '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
    ['win32', WINDOWS_ENV, 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
    ['win32', WINDOWS_ENV, 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
    ['win32', WINDOWS_ENV, 'C:\\Users\\sam\\AppData\\Local\\Chromium\\Application\\chrome.exe'],
  ])('%s: finds the system browser at %s (env %j)', (platform, env, file) => {
    expect(findBrowser({ env, platform, managedPath: null, exists: existing(file) })).toMatchObject({ path: file, source: 'system' });
  });

  test('nothing found: no path, and every place looked at', () => {
    const found = findBrowser({ env: {}, platform: 'linux', managedPath: '/pw/chrome', exists: () => false });
    expect(found.path).toBeNull();
    expect(found.looked).toContain('/pw/chrome');
    expect(found.looked).toContain('/usr/bin/chromium');
  });
});

describe('ensureBrowser', () => {
  test('a found browser needs no install', () => {
    const install = vi.fn(() => true);
    expect(ensureBrowser({ env: {}, platform: 'linux', managedPath: null, exists: existing('/usr/bin/chromium'), install })).toMatchObject({ path: '/usr/bin/chromium', installed: false });
    expect(install).not.toHaveBeenCalled();
  });

  test("none found: installs Playwright's Chromium once and uses it", () => {
    const files = new Set<string>();
    const install = vi.fn(() => {
      files.add('/pw/chrome');
      return true;
    });
    const result = ensureBrowser({ env: {}, platform: 'linux', managedPath: '/pw/chrome', exists: (file) => files.has(file), install });
    expect(result).toMatchObject({ path: '/pw/chrome', source: 'playwright', installed: true, message: null });
    expect(install).toHaveBeenCalledTimes(1);
  });

  test.each(['linux', 'darwin', 'win32'])('%s: install fails too → no path and instructions for that OS', (platform) => {
    const result = ensureBrowser({ env: {}, platform, managedPath: '/pw/chrome', exists: () => false, install: () => false });
    expect(result.path).toBeNull();
    expect(result.message).toContain('npx playwright install chromium');
    expect(result.message).toContain('CHROMIUM_PATH');
    expect(result.message).toContain(installInstructions(platform).split('\n')[3]!);
  });

  test('an install that "succeeds" but leaves no browser still fails with instructions', () => {
    const result = ensureBrowser({ env: {}, platform: 'linux', managedPath: '/pw/chrome', exists: () => false, install: () => true });
    expect(result).toMatchObject({ path: null, installed: false });
    expect(result.message).toMatch(/none was found or could be installed/);
  });
});
