/**
 * The remembered window, through the electron double: saved when the user
 * moves, resizes, maximises or closes it; restored at the next start; and
 * pulled back onto a display when the saved place is on none.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow, resetElectronDouble, screen } from '../mocks/electron';
import type { FakeDisplay } from '../mocks/electron';
import { jsonFileStoreOpener } from '../../main/core/storage/key-value-store';
import type { KeyValueStore } from '../../main/core/storage/key-value-store';
import { placeWindow } from '../../main/core/window-state/window-placement';
import { restoredPlacement, trackWindowState, WINDOW_STATE_KEY } from '../../main/window-state';
import { WINDOW_SIZES } from '../../main/window';

const laptop: FakeDisplay = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const rightMonitor: FakeDisplay = { id: 2, bounds: { x: 1440, y: 0, width: 2560, height: 1440 }, workArea: { x: 1440, y: 0, width: 2560, height: 1400 } };

let dir: string;
let openStore: () => KeyValueStore;
beforeEach(() => {
  resetElectronDouble();
  dir = mkdtempSync(join(tmpdir(), 'dd-window-state-'));
  openStore = () => jsonFileStoreOpener(dir)('window-state').store;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Opens a window the way main does, lets `use` move it about, closes it, and reads the placement the next start gets. */
function session(use: (window: BrowserWindow) => void): ReturnType<typeof restoredPlacement> {
  const store = openStore();
  const placement = restoredPlacement(store, screen as never, WINDOW_SIZES);
  const window = new BrowserWindow({ ...placement.bounds });
  if (placement.maximized) window.maximize();
  trackWindowState(window as never, store);
  use(window);
  window.emit('close');
  window.destroy();
  return restoredPlacement(openStore(), screen as never, WINDOW_SIZES);
}

describe('window state', () => {
  test('first start: default size, centred by the OS, not maximised', () => {
    expect(restoredPlacement(openStore(), screen as never, WINDOW_SIZES)).toEqual({ bounds: { width: 1280, height: 800 }, maximized: false });
  });

  test('size and position are saved when the user lets go, and restored at the next start', () => {
    screen.displays = [laptop, rightMonitor];
    const next = session((window) => {
      window.setBounds({ x: 1600, y: 100, width: 1500, height: 900 });
      window.emit('moved');
    });
    expect(next).toEqual({ bounds: { x: 1600, y: 100, width: 1500, height: 900 }, maximized: false });
  });

  test('maximised is restored with the normal bounds underneath', () => {
    const next = session((window) => {
      window.setBounds({ x: 40, y: 60, width: 1100, height: 700 });
      window.maximize();
    });
    expect(next).toEqual({ bounds: { x: 40, y: 60, width: 1100, height: 700 }, maximized: true });
    expect(session(() => undefined).maximized).toBe(true);
  });

  test('a window left on a monitor that is now unplugged comes back onto the nearest display, whole', () => {
    screen.displays = [laptop, rightMonitor];
    session((window) => {
      window.setBounds({ x: 2800, y: 300, width: 1600, height: 1000 });
      window.emit('resized');
    });
    screen.displays = [laptop];
    const placement = restoredPlacement(openStore(), screen as never, WINDOW_SIZES);
    expect(placement).toEqual({ bounds: { x: 0, y: 25, width: 1440, height: 875 }, maximized: false });
  });

  test('a window whose title bar went above the top of the screen is pulled down so it can be grabbed', () => {
    openStore().set(WINDOW_STATE_KEY, { bounds: { x: 100, y: -500, width: 1000, height: 700 }, maximized: false });
    expect(restoredPlacement(openStore(), screen as never, WINDOW_SIZES).bounds).toEqual({ x: 100, y: 0, width: 1000, height: 700 });
  });

  test('a window partly off the edge but with its title bar reachable stays where the user put it', () => {
    openStore().set(WINDOW_STATE_KEY, { bounds: { x: 1500, y: 200, width: 1000, height: 700 }, maximized: false });
    expect(restoredPlacement(openStore(), screen as never, WINDOW_SIZES).bounds).toEqual({ x: 1500, y: 200, width: 1000, height: 700 });
  });

  test('a damaged or hand-edited state is ignored: default place', () => {
    for (const junk of [{ bounds: { x: 'a' } }, { bounds: { x: 0, y: 0, width: 1e9, height: 10 }, maximized: false }, 'nonsense', null]) {
      openStore().set(WINDOW_STATE_KEY, junk);
      expect(restoredPlacement(openStore(), screen as never, WINDOW_SIZES)).toEqual({ bounds: { width: 1280, height: 800 }, maximized: false });
    }
  });

  test('a saved size below the minimum is raised to it', () => {
    expect(placeWindow({ bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false }, [laptop.workArea], WINDOW_SIZES).bounds).toEqual({
      x: 10,
      y: 25,
      width: 960,
      height: 640,
    });
  });

  test('the nearest display is chosen, not the primary one', () => {
    const left = { x: -1920, y: 0, width: 1920, height: 1080 };
    const placement = placeWindow({ bounds: { x: -5000, y: 100, width: 1000, height: 700 }, maximized: false }, [laptop.workArea, left], WINDOW_SIZES);
    expect(placement.bounds).toEqual({ x: -1920, y: 100, width: 1000, height: 700 });
  });

  test('tracking stops when asked', () => {
    const store = openStore();
    const window = new BrowserWindow({ width: 1000, height: 700 });
    const stop = trackWindowState(window as never, store);
    stop();
    window.emit('close');
    expect(store.get(WINDOW_STATE_KEY)).toBeUndefined();
  });
});
