/**
 * The real app in real Electron (Playwright `_electron`). Runs only where an
 * Electron 45 binary exists: set ELECTRON_PATH to it (these build machines
 * have none, so here every test reports itself skipped with the reason; it is
 * never counted as passed). Needs `npm run build` first and an X display
 * (xvfb-run) on Linux.
 *
 * Launches the unpacked build (`electron .`), not the packaged one: the
 * packaged app has the --inspect fuse off, and `_electron.launch` always
 * passes --inspect=0.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { BRIDGE_EVENTS, BRIDGE_METHODS } from '../../preload/contract';
import { HARDENED_WEB_PREFERENCES } from '../fixtures/hardened-web-preferences';

const NOT_RUN = 'not run: no Electron binary (set ELECTRON_PATH)';
const root = fileURLToPath(new URL('../..', import.meta.url));

let app: ElectronApplication;
let page: Page;

test.beforeAll(async () => {
  if (!process.env.ELECTRON_PATH) return;
  // A fresh profile, so the app starts in demo mode whatever this machine has stored.
  const profile = mkdtempSync(join(tmpdir(), 'dealer-desk-electron-'));
  app = await electron.launch({
    executablePath: process.env.ELECTRON_PATH,
    args: [root],
    env: { ...process.env, XDG_CONFIG_HOME: profile, HOME: profile },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
});

test.beforeEach(() => {
  if (!process.env.ELECTRON_PATH) {
    console.log(NOT_RUN);
    test.skip(true, NOT_RUN);
  }
});

test('the window runs with the hardened webPreferences', async () => {
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> };
    return contents.getLastWebPreferences();
  });
  expect(preferences).toMatchObject(HARDENED_WEB_PREFERENCES);

  expect(page.url()).toBe('app://dealer-desk/index.html');
});

test('the page has no Node and exactly the contract bridge', async () => {
  const shape = await page.evaluate(() => {
    const scope = globalThis as unknown as Record<string, unknown>;
    const bridge = scope.dealerDesk as Record<string, Record<string, unknown>>;
    return {
      node: [typeof scope.require, typeof scope.process, typeof scope.module],
      bridge: Object.fromEntries(Object.entries(bridge).map(([name, methods]) => [name, Object.keys(methods).sort()])),
    };
  });
  expect(shape.node).toEqual(['undefined', 'undefined', 'undefined']);
  expect(shape.bridge).toEqual({
    ...Object.fromEntries(Object.entries(BRIDGE_METHODS).map(([name, methods]) => [name, Object.keys(methods).sort()])),
    events: Object.keys(BRIDGE_EVENTS).sort(),
  });
});

test('demo mode: a plate search for REG4SUCCESS goes through IPC to the built-in sandbox', async () => {
  const outcome = await page.evaluate(async () => {
    const bridge = (globalThis as unknown as { dealerDesk: { app: { status(): Promise<unknown> }; vehicles: { lookupPlate(r: unknown): Promise<unknown> } } }).dealerDesk;
    return { status: await bridge.app.status(), lookup: await bridge.vehicles.lookupPlate({ plate: 'REG4SUCCESS' }) };
  });
  expect(outcome.status).toMatchObject({ ok: true, data: { mode: 'demo' } });
  expect(outcome.lookup).toMatchObject({ ok: true, data: { vehicle: { id: expect.any(String), title: expect.any(String) } } });
});
