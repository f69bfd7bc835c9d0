import { BrowserWindow, resetElectronDouble } from '../mocks/electron';
import type { FakeWebContents } from '../mocks/electron';
import { TrustedSenders } from '../../main/ipc/trusted-senders';
import { APP_ENTRY_URL } from '../../main/protocol';
import { createMainWindow, windowOptionsFor } from '../../main/window';
import { HARDENED_WEB_PREFERENCES } from '../fixtures/hardened-web-preferences';

const double = BrowserWindow as unknown as {
  instances: Array<{ options: Record<string, unknown>; webContents: FakeWebContents; destroy(): void; emit(event: string): void; shown: boolean; isMaximized(): boolean }>;
};

beforeEach(() => (resetElectronDouble as () => void)());

describe('window options (checklist 2-4, 6, 8-10)', () => {
  test('development: exactly the hardened webPreferences, DevTools on', () => {
    expect(windowOptionsFor({ isPackaged: false, kiosk: false, preloadPath: '/app/dist/preload/index.cjs' }).webPreferences).toStrictEqual({
      ...HARDENED_WEB_PREFERENCES,
      devTools: true,
      preload: '/app/dist/preload/index.cjs',
    });
  });

  test('packaged: DevTools off; no enableBlinkFeatures anywhere', () => {
    const options = windowOptionsFor({ isPackaged: true, kiosk: false, preloadPath: '/p.cjs' });
    expect(options.webPreferences).toStrictEqual({ ...HARDENED_WEB_PREFERENCES, devTools: false, preload: '/p.cjs' });
    expect(JSON.stringify(options)).not.toContain('enableBlinkFeatures');
    expect(options.kiosk).toBe(false);
  });

  test('kiosk: fullscreen kiosk window, DevTools off even in development', () => {
    const options = windowOptionsFor({ isPackaged: false, kiosk: true, preloadPath: '/p.cjs' });
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, autoHideMenuBar: true });
    expect(options.webPreferences?.devTools).toBe(false);
  });
});

describe('main window', () => {
  const hooks = { onRendererGone: vi.fn() };

  test('is built with the hardened options, loads the app origin and is trusted until destroyed', () => {
    const trusted = new TrustedSenders();
    createMainWindow({ isPackaged: true, kiosk: false, preloadPath: '/p.cjs' }, trusted, hooks);
    const [window] = double.instances;
    expect(window!.options).toStrictEqual(windowOptionsFor({ isPackaged: true, kiosk: false, preloadPath: '/p.cjs' }));
    expect(window!.webContents.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    expect(trusted.has(window!.webContents.id)).toBe(true);
    window!.emit('ready-to-show');
    expect(window!.shown).toBe(true);
    window!.destroy();
    expect(trusted.has(window!.webContents.id)).toBe(false);
  });

  test('a workstation opens at its saved place, maximised if it was; a kiosk ignores the saved place', () => {
    const placement = { bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: true };
    createMainWindow({ isPackaged: true, kiosk: false, preloadPath: '/p.cjs', placement }, new TrustedSenders(), hooks);
    expect(double.instances[0]!.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700, minWidth: 960, minHeight: 640 });
    expect(double.instances[0]!.isMaximized()).toBe(true);
    createMainWindow({ isPackaged: true, kiosk: true, preloadPath: '/p.cjs', placement }, new TrustedSenders(), hooks);
    expect(double.instances[1]!.options).toMatchObject({ width: 1280, height: 800, fullscreen: true });
    expect(double.instances[1]!.options).not.toHaveProperty('x');
    expect(double.instances[1]!.isMaximized()).toBe(false);
  });

  test('a crashed renderer is reloaded and reported; a clean exit is not', () => {
    createMainWindow({ isPackaged: true, kiosk: false, preloadPath: '/p.cjs' }, new TrustedSenders(), hooks);
    const contents = double.instances[0]!.webContents;
    contents.fire('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(contents.reload).toHaveBeenCalledTimes(1);
    expect(hooks.onRendererGone).toHaveBeenCalledWith('crashed');
    contents.fire('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(contents.reload).toHaveBeenCalledTimes(1);
  });

  test('a packaged workstation swallows reload and DevTools shortcuts, nothing else; development keeps them', () => {
    const keyDown = (key: string, control = false) => ({ type: 'keyDown', key, control, meta: false, alt: false, shift: false });
    const press = (contents: FakeWebContents, input: ReturnType<typeof keyDown>) => {
      const event = { preventDefault: vi.fn() };
      contents.emit('before-input-event', event, input);
      return event.preventDefault.mock.calls.length > 0;
    };
    createMainWindow({ isPackaged: true, kiosk: false, preloadPath: '/p.cjs' }, new TrustedSenders(), hooks);
    const packaged = double.instances[0]!.webContents;
    expect([press(packaged, keyDown('F5')), press(packaged, keyDown('r', true)), press(packaged, keyDown('F12'))]).toEqual([true, true, true]);
    expect([press(packaged, keyDown('a')), press(packaged, keyDown('=', true)), press(packaged, keyDown('p', true))]).toEqual([false, false, false]);

    createMainWindow({ isPackaged: false, kiosk: false, preloadPath: '/p.cjs' }, new TrustedSenders(), hooks);
    const development = double.instances[1]!.webContents;
    expect([press(development, keyDown('r', true)), press(development, keyDown('F12'))]).toEqual([false, false]);
  });
});
