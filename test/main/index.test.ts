/**
 * The composition root, run against the electron double: what a real start
 * registers, in which order, and that IPC from the window reaches the backend
 * while IPC from anything else does not.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INVOKE_CHANNELS, MENU_COMMANDS } from '../../preload/contract';
import type { AppStatus, InvokeChannel } from '../../preload/contract';
import { hashExitPin } from '../../main/core/policy/exit-pin';
import type * as ElectronDouble from '../mocks/electron';
import type { RunningApp } from '../../main/index';
import { takeMachinePathViolations } from '../setup/machine-paths';

/** What the app wrote to its log file, one JSON line per call. */
const logLines = vi.hoisted(() => [] as string[]);
vi.mock('electron-log/main', () => {
  const write = (...data: unknown[]) => void logLines.push(JSON.stringify(data));
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
const policyDirs: string[] = [];
afterEach(async () => {
  await started?.backend.close();
  started = null;
  vi.unstubAllEnvs();
  for (const dir of policyDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Points the development-only policy override at a fresh file holding `policy`; returns its folder. */
function usePolicyFile(policy: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'dd-policy-'));
  policyDirs.push(dir);
  const path = join(dir, 'policy.json');
  writeFileSync(path, JSON.stringify(policy), { mode: 0o644 });
  vi.stubEnv('DEALER_DESK_POLICY_PATH', path);
  return dir;
}

/** Invokes `channel` as the app window would. */
async function invoke<T>(electron: typeof ElectronDouble, channel: InvokeChannel, payload?: unknown): Promise<{ ok: boolean; data: T; error?: { code: string } }> {
  const window = electron.BrowserWindow.instances[0]!;
  const handler = electron.ipcMain.handlers.get(channel)!;
  return (await handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame } as never, payload as never)) as { ok: boolean; data: T };
}

async function statusOf(electron: typeof ElectronDouble): Promise<AppStatus> {
  return (await invoke<AppStatus>(electron, 'app:get-status')).data;
}

describe('main process start', () => {
  test('resume and unlock-screen are wired to the backend from start and let go at quit', async () => {
    const { electron, running } = await boot();
    started = running;
    const { powerMonitor, app } = electron;
    expect(powerMonitor.listenerCount('resume')).toBe(1);
    expect(powerMonitor.listenerCount('unlock-screen')).toBe(1);
    const wake = vi.spyOn(running!.backend, 'wake');
    powerMonitor.emit('resume');
    powerMonitor.emit('unlock-screen');
    expect(wake).toHaveBeenCalledTimes(2);
    app.emit('before-quit', { preventDefault: vi.fn() });
    expect(powerMonitor.listenerCount('resume') + powerMonitor.listenerCount('unlock-screen')).toBe(0);
  });

  test('sandbox, privileged scheme and guards come first; then exactly the contract channels and one hardened window', async () => {
    const { electron, running } = await boot();
    started = running;
    const { app, protocol, ipcMain, BrowserWindow, session } = electron;
    expect(app.enableSandbox).toHaveBeenCalledTimes(1);
    const sandboxFirst = app.enableSandbox.mock.invocationCallOrder[0]!;
    expect(sandboxFirst).toBeLessThan(app.requestSingleInstanceLock.mock.invocationCallOrder[0]!);
    expect(sandboxFirst).toBeLessThan(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]!);
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

  test('date boxes are drawn day-first (DD/MM/YYYY): Chromium is told its controls locale before the app is ready', async () => {
    const { electron, running } = await boot();
    started = running;
    const { app } = electron;
    expect(app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'en-GB');
    expect(app.commandLine.appendSwitch.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0]!);
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
    electron.app.emit('second-instance', {}, ['dealer-desk'], '/');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });

  test('a second launch with a link hands it over: the window is focused and told to fill the search box, nothing is looked up', async () => {
    const { electron, running } = await boot();
    started = running;
    const window = electron.BrowserWindow.instances[0]!;
    const sandbox = running!.backend.demoSandbox!;
    const before = sandbox.stats.apiRequests;
    window.minimized = true;
    electron.app.emit('second-instance', {}, ['dealer-desk', 'dealer-desk://plate/wxy1234'], '/');
    expect(window.focused).toBe(true);
    expect(window.webContents.sent).toContainEqual({ channel: 'event:search-prefill', payload: { kind: 'plate', plate: 'WXY 1234' } });
    expect(await invoke(electron, 'search:take-prefill')).toEqual({ ok: true, data: { kind: 'plate', plate: 'WXY 1234' } });
    electron.app.emit('open-url', { preventDefault: () => undefined }, 'dealer-desk://vin/KL3TA48E9CB053071');
    expect(window.webContents.sent).toContainEqual({ channel: 'event:search-prefill', payload: { kind: 'vin', vin: 'KL3TA48E9CB053071' } });
    expect(sandbox.stats.apiRequests).toBe(before);
    expect(electron.app.setAsDefaultProtocolClient).toHaveBeenCalledWith('dealer-desk', process.execPath, expect.any(Array));
  });

  test('the application menu: each app command reaches the window as event:menu-command, and the menu follows the UI language', async () => {
    const { electron, running } = await boot();
    started = running;
    const window = electron.BrowserWindow.instances[0]!;
    const template = electron.Menu.current!.template as Array<{ label?: string; submenu?: Array<{ id?: string; click?: () => void }> }>;
    const items = template.flatMap((menu) => menu.submenu ?? []).filter((item) => item.click);
    expect(items.map((item) => item.id).sort()).toEqual([...MENU_COMMANDS].sort());
    for (const item of items) item.click!();
    const sent = window.webContents.sent.filter((event) => event.channel === 'event:menu-command').map((event) => event.payload);
    expect(sent).toEqual(items.map((item) => item.id));
    // A development run keeps Reload and DevTools in View.
    expect(JSON.stringify(template)).toContain('toggleDevTools');

    await invoke(electron, 'settings:update', { language: 'ms' });
    expect((electron.Menu.current!.template as Array<{ label?: string }>).map((menu) => menu.label)).toContain('Bantuan');
  });

  test('Help → Copy diagnostics reaches the OS clipboard', async () => {
    const { electron, running } = await boot();
    started = running;
    expect(await invoke(electron, 'help:copy-diagnostics')).toEqual({ ok: true, data: { copied: true } });
    expect(electron.clipboard.text).toMatch(/^Dealer Desk diagnostics\n[\s\S]*App version: 0\.1\.0-test/);
  });

  test('the window opens where the saved state says, pulled onto the display when that is gone', async () => {
    vi.resetModules();
    const electron = (await import('electron')) as unknown as typeof ElectronDouble;
    electron.resetElectronDouble();
    writeFileSync(join(electron.app.getPath('userData'), 'window-state.json'), JSON.stringify({ 'main-window': { bounds: { x: 4000, y: 200, width: 1100, height: 700 }, maximized: true } }));
    const { running } = await import('../../main/index');
    started = await running;
    const window = electron.BrowserWindow.instances[0]!;
    expect(window.options).toMatchObject({ x: 820, y: 200, width: 1100, height: 700 });
    expect(window.isMaximized()).toBe(true);
  });

  test('without the single-instance lock the app quits and opens nothing', async () => {
    const { electron, running } = await boot(false);
    expect(running).toBeNull();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  test('a kiosk policy opens a locked-down kiosk window: reload and quit shortcuts and closing are refused', async () => {
    usePolicyFile({ kiosk: { enabled: true, idleResetSeconds: 300 } });
    const { electron, running } = await boot();
    started = running;
    const window = electron.BrowserWindow.instances[0]!;
    expect(window.options).toMatchObject({ kiosk: true });
    expect((window.options.webPreferences as { devTools: boolean }).devTools).toBe(false);
    const reload = { preventDefault: vi.fn() };
    window.webContents.emit('before-input-event', reload, { type: 'keyDown', key: 'r', control: true, meta: false, alt: false, shift: false });
    expect(reload.preventDefault).toHaveBeenCalled();
    const close = { preventDefault: vi.fn() };
    window.emit('close', close);
    expect(close.preventDefault).toHaveBeenCalled();
    expect((await statusOf(electron)).kiosk).toEqual({ enabled: true, idleResetSeconds: 300, attention: null });
    // No menu at all, and links from other programs are ignored (the policy does not allow them).
    expect(electron.Menu.current).toBeNull();
    electron.app.emit('second-instance', {}, ['dealer-desk', '--plate', 'WXY1234'], '/');
    expect(window.webContents.sent.filter((event) => event.channel === 'event:search-prefill')).toEqual([]);
    expect(electron.app.setAsDefaultProtocolClient).not.toHaveBeenCalled();
  });

  test('a kiosk whose policy allows links lets them fill the search box', async () => {
    usePolicyFile({ kiosk: { enabled: true, allowDeepLinks: true } });
    const { electron, running } = await boot();
    started = running;
    electron.app.emit('second-instance', {}, ['dealer-desk', '--vin', 'KL3TA48E9CB053071'], '/');
    expect(electron.BrowserWindow.instances[0]!.webContents.sent).toContainEqual({ channel: 'event:search-prefill', payload: { kind: 'vin', vin: 'KL3TA48E9CB053071' } });
  });

  test('a policy file with an unknown key is ignored as a whole; the machine fails closed (locked window, attention), naming the key', async () => {
    usePolicyFile({ kiosk: { enabled: true }, kioskk: true });
    const { electron, running } = await boot();
    started = running;
    const window = electron.BrowserWindow.instances[0]!;
    expect(window.options).toMatchObject({ kiosk: true });
    expect(running!.backend.kioskStartup).toMatchObject({ mode: 'attention', failure: { rule: 'schema' } });
    const close = { preventDefault: vi.fn() };
    window.emit('close', close);
    expect(close.preventDefault).toHaveBeenCalled();
    const status = await statusOf(electron);
    expect(status.notices.map((item) => item.kind)).toContain('kiosk-attention');
    const notice = status.notices.find((item) => item.kind === 'policy-invalid');
    expect(notice?.message).toContain('kioskk');
    expect(logLines.filter((line) => line.includes('policy-invalid')).join('\n')).toContain('kioskk');
  });

  test('kiosk: a wrong exit PIN keeps the window shut; the right one quits and lets it close', async () => {
    usePolicyFile({ kiosk: { enabled: true, exitPinHash: await hashExitPin('24681012') } });
    const { electron, running } = await boot();
    started = running;
    const window = electron.BrowserWindow.instances[0]!;
    expect(await invoke(electron, 'kiosk:exit', { pin: '000000' })).toMatchObject({ ok: true, data: { exiting: false } });
    expect(electron.app.quit).not.toHaveBeenCalled();
    const refused = { preventDefault: vi.fn() };
    window.emit('close', refused);
    expect(refused.preventDefault).toHaveBeenCalled();

    expect(await invoke(electron, 'kiosk:exit', { pin: '24681012' })).toMatchObject({ ok: true, data: { exiting: true } });
    expect(electron.app.quit).toHaveBeenCalled();
    const allowed = { preventDefault: vi.fn() };
    window.emit('close', allowed);
    expect(allowed.preventDefault).not.toHaveBeenCalled();
  });

  test('with no policy of its own, a test boots the app on a temp policy folder, never the machine one', async () => {
    const { running, electron } = await boot();
    started = running;
    expect(takeMachinePathViolations()).toEqual([]);
    expect((await statusOf(electron)).kiosk.enabled).toBe(false);
  });

  test('a provisioning file beside the policy that cannot be used: the kiosk fails closed on the attention screen, the file stays, and the exit PIN still works', async () => {
    const dir = usePolicyFile({ kiosk: { enabled: true, exitPinHash: await hashExitPin('24681012') } });
    const provisioning = join(dir, 'provisioning.json');
    writeFileSync(provisioning, JSON.stringify({ apiKey: 'pasted with a space' }), { mode: 0o600 });
    const { electron, running } = await boot();
    started = running;
    expect(electron.BrowserWindow.instances[0]!.options).toMatchObject({ kiosk: true });
    expect(existsSync(provisioning)).toBe(true);
    expect(running!.backend.kioskStartup).toMatchObject({ mode: 'attention', failure: { file: provisioning, rule: 'provisioning-invalid' } });
    const status = await statusOf(electron);
    expect(status.notices.map((notice) => notice.kind)).toEqual(expect.arrayContaining(['provisioning-invalid', 'kiosk-attention']));
    expect(await invoke(electron, 'kiosk:exit', { pin: '24681012' })).toMatchObject({ ok: true, data: { exiting: true } });
  });

  test('the OS logging out or shutting down (before-quit on macOS and Linux, session-end on Windows) is never stalled by the kiosk', async () => {
    usePolicyFile({ kiosk: { enabled: true } });
    const { electron, running } = await boot();
    started = running;
    const window = electron.BrowserWindow.instances[0]!;
    const refused = { preventDefault: vi.fn() };
    window.emit('close', refused);
    expect(refused.preventDefault).toHaveBeenCalled();
    electron.app.emit('before-quit', { preventDefault: vi.fn() });
    const allowed = { preventDefault: vi.fn() };
    window.emit('close', allowed);
    expect(allowed.preventDefault).not.toHaveBeenCalled();
  });

  test('Windows session-end with the OS reason lets the kiosk window close', async () => {
    usePolicyFile({ kiosk: { enabled: true } });
    const { electron, running } = await boot();
    started = running;
    const window = electron.BrowserWindow.instances[0]!;
    window.emit('session-end', { reasons: ['shutdown'], preventDefault: vi.fn() });
    const allowed = { preventDefault: vi.fn() };
    window.emit('close', allowed);
    expect(allowed.preventDefault).not.toHaveBeenCalled();
  });

  test('--check-policy runs the checker and exits with its code; no window, no lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dd-policy-'));
    policyDirs.push(dir);
    const argv = process.argv;
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    process.argv = ['/opt/Dealer Desk/dealer-desk', '--check-policy', join(dir, 'missing.json')];
    try {
      const { electron, running } = await boot();
      expect(running).toBeNull();
      expect(electron.app.exit).toHaveBeenCalledWith(1);
      expect(electron.BrowserWindow.instances).toHaveLength(0);
      expect(electron.app.requestSingleInstanceLock).not.toHaveBeenCalled();
      expect(write.mock.calls.join('')).toContain('there is no policy file');
    } finally {
      process.argv = argv;
      write.mockRestore();
    }
  });

  test('updates are off in a development run, and the renderer is told why', async () => {
    const { electron, running } = await boot();
    started = running;
    expect(await invoke(electron, 'updates:get-status')).toMatchObject({ ok: true, data: { state: 'disabled', reason: 'development' } });
  });

  test('a crashed renderer is reloaded and the user is told, through the running app', async () => {
    const { electron, running } = await boot();
    started = running;
    const contents = electron.BrowserWindow.instances[0]!.webContents;
    contents.fire('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(contents.reload).toHaveBeenCalledTimes(1);
    expect((await statusOf(electron)).notices.map((notice) => notice.kind)).toContain('renderer-restarted');
  });
});
