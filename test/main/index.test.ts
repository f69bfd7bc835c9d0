/**
 * The composition root, run against the electron double: what a real start
 * registers, in which order, and that IPC from the window reaches the backend
 * while IPC from anything else does not.
 */
import { INVOKE_CHANNELS } from '../../preload/contract';
import type * as ElectronDouble from '../mocks/electron';
import type { RunningApp } from '../../main/index';

vi.mock('electron-log/main', () => {
  const write = () => undefined;
  return {
    default: {
      transports: { file: { level: 'info', maxSize: 0, resolvePathFn: null }, console: { level: 'debug' } },
      hooks: [],
      debug: write,
      info: write,
      warn: write,
      error: write,
    },
  };
});

async function boot(lock = true): Promise<{ electron: typeof ElectronDouble; running: RunningApp | null }> {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as typeof ElectronDouble;
  electron.resetElectronDouble();
  electron.app.requestSingleInstanceLock.mockReturnValue(lock);
  const { running } = await import('../../main/index');
  return { electron, running: await running };
}

let started: RunningApp | null = null;
afterEach(async () => {
  await started?.backend.close();
  started = null;
});

describe('main process start', () => {
  test('sandbox, privileged scheme and guards come first; then exactly the contract channels and one hardened window', async () => {
    const { electron, running } = await boot();
    started = running;
    const { app, protocol, ipcMain, BrowserWindow, session } = electron;
    expect(app.enableSandbox).toHaveBeenCalledTimes(1);
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0]!);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(1);
    const window = BrowserWindow.instances[0]!;
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: true });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/^\/.*preload\/index\.cjs$/);
    expect(window.webContents.loadURL).toHaveBeenCalledWith('app://dealer-desk/index.html');
    expect(window.webContents.windowOpenHandler).not.toBeNull();
  });

  test('IPC from the window is answered; from any other webContents it is FORBIDDEN; events reach the window only', async () => {
    const { electron, running } = await boot();
    started = running;
    const window = electron.BrowserWindow.instances[0]!;
    const stranger = new electron.BrowserWindow({});
    const status = electron.ipcMain.handlers.get('app:get-status')!;
    const mine = (await status({ sender: window.webContents, senderFrame: window.webContents.mainFrame } as never, undefined as never)) as { ok: boolean; data: { mode: string } };
    expect(mine).toMatchObject({ ok: true, data: { mode: 'demo' } });
    const theirs = await status({ sender: stranger.webContents, senderFrame: stranger.webContents.mainFrame } as never, undefined as never);
    expect(theirs).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    running!.backend.notify({ level: 'info', kind: 'test', message: 'hello' });
    expect(window.webContents.sent.map((event) => event.channel)).toContain('event:notice');
    expect(stranger.webContents.sent).toEqual([]);
  });

  test('a second launch focuses the existing window', async () => {
    const { electron, running } = await boot();
    started = running;
    const window = electron.BrowserWindow.instances[0]!;
    window.minimized = true;
    electron.app.emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });

  test('without the single-instance lock the app quits and opens nothing', async () => {
    const { electron, running } = await boot(false);
    expect(running).toBeNull();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });
});
