import { EventEmitter } from 'node:events';
import { attachKioskGuards } from '../../../main/kiosk/kiosk-guards';
import type { GuardedWindow } from '../../../main/kiosk/kiosk-guards';

/** A BrowserWindow stand-in: two emitters and a DevTools flag. */
function fakeWindow() {
  const webContents = Object.assign(new EventEmitter(), { devToolsOpen: false, closeDevTools() { this.devToolsOpen = false; } });
  const window = Object.assign(new EventEmitter(), { webContents });
  return { window, typed: window as unknown as GuardedWindow };
}

function cancellable() {
  return { prevented: false, preventDefault() { this.prevented = true; } };
}

const input = (key: string, mods: Partial<{ control: boolean; alt: boolean; shift: boolean; meta: boolean }> = {}) => ({
  type: 'keyDown', key, control: false, meta: false, alt: false, shift: false, ...mods,
});

describe('attachKioskGuards', () => {
  test('blocked shortcuts are prevented and reported; typing is not', () => {
    const { window, typed } = fakeWindow();
    const blocked: string[] = [];
    attachKioskGuards(typed, { isExitGranted: () => false, platform: 'win32', onBlocked: (c) => blocked.push(c) });
    const reload = cancellable();
    window.webContents.emit('before-input-event', reload, input('F5'));
    const letter = cancellable();
    window.webContents.emit('before-input-event', letter, input('a'));
    expect(reload.prevented).toBe(true);
    expect(letter.prevented).toBe(false);
    expect(blocked).toEqual(['reload']);
  });

  test('the window cannot be closed until an exit is granted', () => {
    const { window, typed } = fakeWindow();
    let granted = false;
    attachKioskGuards(typed, { isExitGranted: () => granted, platform: 'linux' });
    const first = cancellable();
    window.emit('close', first);
    expect(first.prevented).toBe(true);
    granted = true;
    const second = cancellable();
    window.emit('close', second);
    expect(second.prevented).toBe(false);
  });

  test('Windows sign-out or shutdown may close the kiosk', () => {
    const { window, typed } = fakeWindow();
    attachKioskGuards(typed, { isExitGranted: () => false, platform: 'win32' });
    window.emit('session-end', cancellable());
    const close = cancellable();
    window.emit('close', close);
    expect(close.prevented).toBe(false);
  });

  test('DevTools are closed as soon as they open', () => {
    const { window, typed } = fakeWindow();
    attachKioskGuards(typed, { isExitGranted: () => false });
    window.webContents.devToolsOpen = true;
    window.webContents.emit('devtools-opened');
    expect(window.webContents.devToolsOpen).toBe(false);
  });

  test('detaching removes every listener', () => {
    const { window, typed } = fakeWindow();
    const detach = attachKioskGuards(typed, { isExitGranted: () => false });
    detach();
    expect(window.eventNames()).toEqual([]);
    expect(window.webContents.eventNames()).toEqual([]);
  });
});
