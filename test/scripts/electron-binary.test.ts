/**
 * `npm start`'s Electron binary: ELECTRON_PATH or the electron package's own
 * download; when missing, Electron's installer runs first, and only if that
 * fails does start print the explanation with the `npm run preview` fallback.
 * The download itself cannot run on these machines; the release workflow covers it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ensureElectron, noElectronMessage } from '../../scripts/electron-binary.mjs';

const ROOT = '/app';
const PATH_TXT = join(ROOT, 'node_modules', 'electron', 'path.txt');
const BINARY = join(ROOT, 'node_modules', 'electron', 'dist', 'electron');

describe('ensureElectron', () => {
  test('ELECTRON_PATH is used as is, with no install', () => {
    const install = vi.fn(() => true);
    expect(ensureElectron({ root: ROOT, env: { ELECTRON_PATH: '/opt/electron' }, exists: (file) => file === '/opt/electron', install })).toMatchObject({ path: '/opt/electron', installed: false });
    expect(install).not.toHaveBeenCalled();
  });

  test("the electron package's own download is used when present", () => {
    const install = vi.fn(() => true);
    const result = ensureElectron({ root: ROOT, env: {}, exists: (file) => file === PATH_TXT || file === BINARY, readFile: () => 'electron\n', install });
    expect(result).toMatchObject({ path: BINARY, installed: false });
    expect(install).not.toHaveBeenCalled();
  });

  test("a missing binary: Electron's installer runs once, and its download is used", () => {
    const files = new Set<string>();
    const install = vi.fn(() => {
      files.add(PATH_TXT).add(BINARY);
      return true;
    });
    const result = ensureElectron({ root: ROOT, env: {}, exists: (file) => files.has(file), readFile: () => 'electron', install });
    expect(result).toMatchObject({ path: BINARY, installed: true });
    expect(install).toHaveBeenCalledTimes(1);
  });

  test('the installer fails: no path, with every place looked at for the explanation', () => {
    const result = ensureElectron({ root: ROOT, env: {}, exists: () => false, install: () => false });
    expect(result).toMatchObject({ path: null, installed: false });
    expect(result.looked).toEqual(['ELECTRON_PATH (not set)', PATH_TXT]);
    const message = noElectronMessage(result.looked, true);
    expect(message).toContain('npm run preview');
    expect(message).toContain('ELECTRON_PATH=/path/to/electron npm start');
  });
});

describe('npm start on a machine where the installer cannot download', () => {
  let fakeRoot: string | null = null;
  afterEach(() => {
    if (fakeRoot) rmSync(fakeRoot, { recursive: true, force: true });
    fakeRoot = null;
  });

  test('the real installer is tried and fails; start then prints the preview fallback and exits 1', () => {
    // A copy of the project layout whose electron package has an installer that fails like an unreachable download.
    fakeRoot = mkdtempSync(join(tmpdir(), 'dealer-desk-start-'));
    const script = `
      import { mkdirSync, writeFileSync } from 'node:fs';
      import { join } from 'node:path';
      const dir = join(${JSON.stringify(fakeRoot)}, 'node_modules', 'electron');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: '45.5.0', bin: { 'install-electron': 'install.js' } }));
      writeFileSync(join(dir, 'install.js'), "console.error('RequestError: getaddrinfo ENOTFOUND github.com'); process.exit(1);");
      const { ensureElectron, noElectronMessage } = await import(${JSON.stringify(join(process.cwd(), 'scripts', 'electron-binary.mjs'))});
      const electron = ensureElectron({ root: ${JSON.stringify(fakeRoot)}, env: {} });
      if (!electron.path) { console.error(noElectronMessage(electron.looked, true)); process.exit(1); }
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("running Electron's installer for electron 45.5.0");
    expect(run.stderr).toContain('ENOTFOUND github.com');
    expect(run.stderr).toContain('there is no Electron binary on this machine');
    expect(run.stderr).toContain('npm run preview');
  });
});
