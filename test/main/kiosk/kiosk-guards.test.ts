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

  test.each([['logoff'], ['shutdown'], ['critical']])('Windows ending the session (%s) lets the kiosk close and is logged', (reason) => {
    const { window, typed } = fakeWindow();
    const ended: string[][] = [];
    attachKioskGuards(typed, { isExitGranted: () => false, platform: 'win32', onSessionEnd: (reasons) => ended.push([...reasons]) });
    window.emit('session-end', { ...cancellable(), reasons: [reason] });
    const close = cancellable();
    window.emit('close', close);
    expect(close.prevented).toBe(false);
    expect(ended).toEqual([[reason]]);
  });

  test.each(['linux', 'darwin'] as const)('%s logout or shutdown (the app quits first) is not stalled by the kiosk window', (platform) => {
    const { window, typed } = fakeWindow();
    const app = new EventEmitter();
    attachKioskGuards(typed, { isExitGranted: () => false, platform, app: app as never });
    const before = cancellable();
    window.emit('close', before);
    expect(before.prevented).toBe(true);
    app.emit('before-quit', cancellable());
    const during = cancellable();
    window.emit('close', during);
    expect(during.prevented).toBe(false);
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
    const app = new EventEmitter();
    const detach = attachKioskGuards(typed, { isExitGranted: () => false, app: app as never });
    detach();
    expect(app.eventNames()).toEqual([]);
    expect(window.eventNames()).toEqual([]);
    expect(window.webContents.eventNames()).toEqual([]);
  });
});
