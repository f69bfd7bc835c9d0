import { blockedShortcut, shouldBlockInput } from '../../../main/kiosk/blocked-shortcuts';
import type { KeyInput } from '../../../main/kiosk/blocked-shortcuts';

type Mods = Partial<Pick<KeyInput, 'control' | 'meta' | 'alt' | 'shift' | 'code'>>;
const key = (k: string, mods: Mods = {}): KeyInput => ({ type: 'keyDown', key: k, control: false, meta: false, alt: false, shift: false, ...mods });
const ctrl = { control: true };
const cmd = { meta: true };

const win = { kiosk: true, platform: 'win32' } as const;
const mac = { kiosk: true, platform: 'darwin' } as const;
const linux = { kiosk: true, platform: 'linux' } as const;

describe('kiosk: blocked shortcuts', () => {
  test.each([
    ['F5', key('F5'), win, 'reload'],
    ['Shift+F5', key('F5', { shift: true }), win, 'reload'],
    ['Ctrl+F5', key('F5', ctrl), win, 'reload'],
    ['Ctrl+R', key('r', ctrl), win, 'reload'],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true }), linux, 'reload'],
    ['Cmd+R', key('r', cmd), mac, 'reload'],
    ['Cmd+Shift+R', key('R', { meta: true, shift: true }), mac, 'reload'],
    ['browser refresh key', key('BrowserRefresh'), linux, 'reload'],
    ['F12', key('F12'), win, 'devtools'],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true }), win, 'devtools'],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true }), linux, 'devtools'],
    ['Ctrl+Shift+C', key('C', { control: true, shift: true }), win, 'devtools'],
    ['Cmd+Alt+I', key('i', { meta: true, alt: true }), mac, 'devtools'],
    ['Cmd+Alt+J', key('j', { meta: true, alt: true }), mac, 'devtools'],
    ['Ctrl+=', key('=', ctrl), win, 'zoom'],
    ['Ctrl++', key('+', { control: true, shift: true }), win, 'zoom'],
    ['Ctrl+-', key('-', ctrl), linux, 'zoom'],
    ['Ctrl+0', key('0', ctrl), win, 'zoom'],
    ['Ctrl+numpad +', key('Add', { control: true, code: 'NumpadAdd' }), win, 'zoom'],
    ['Ctrl+numpad -', key('Subtract', { control: true, code: 'NumpadSubtract' }), win, 'zoom'],
    ['Cmd+=', key('=', cmd), mac, 'zoom'],
    ['Ctrl+W', key('w', ctrl), win, 'close'],
    ['Ctrl+Shift+W', key('W', { control: true, shift: true }), linux, 'close'],
    ['Ctrl+Q', key('q', ctrl), linux, 'close'],
    ['Ctrl+F4', key('F4', ctrl), win, 'close'],
    ['Alt+F4', key('F4', { alt: true }), win, 'close'],
    ['Cmd+Q', key('q', cmd), mac, 'close'],
    ['Cmd+W', key('w', cmd), mac, 'close'],
    ['F11', key('F11'), win, 'fullscreen'],
    ['Ctrl+Cmd+F', key('f', { control: true, meta: true }), mac, 'fullscreen'],
    ['Ctrl+P', key('p', ctrl), win, 'print'],
    ['Ctrl+Shift+P', key('P', { control: true, shift: true }), linux, 'print'],
    ['Cmd+P', key('p', cmd), mac, 'print'],
    ['Ctrl+N', key('n', ctrl), win, 'new-window'],
    ['Ctrl+T', key('t', ctrl), win, 'new-window'],
    ['Ctrl+O', key('o', ctrl), linux, 'new-window'],
    ['Ctrl+S', key('s', ctrl), win, 'new-window'],
    ['Ctrl+U (view source)', key('u', ctrl), win, 'new-window'],
    ['Alt+Left', key('ArrowLeft', { alt: true }), win, 'navigation'],
    ['Alt+Right', key('ArrowRight', { alt: true }), linux, 'navigation'],
    ['Cmd+[', key('[', cmd), mac, 'navigation'],
    ['browser back key', key('BrowserBack'), win, 'navigation'],
    ['Cmd+H', key('h', cmd), mac, 'hide'],
    ['Cmd+M', key('m', cmd), mac, 'hide'],
  ] as const)('%s is blocked (%s)', (_label, input, context, category) => {
    expect(blockedShortcut(input, context)).toBe(category);
    expect(shouldBlockInput({ ...input, type: 'keyUp' }, context)).toBe(true);
  });

  test.each([
    ['typing a plate', key('W'), win],
    ['a digit', key('0'), win],
    ['Shift+digit', key(')', { shift: true }), linux],
    ['Ctrl+C copy', key('c', ctrl), win],
    ['Ctrl+V paste', key('v', ctrl), win],
    ['Ctrl+X cut', key('x', ctrl), linux],
    ['Ctrl+A select all', key('a', ctrl), win],
    ['Ctrl+Z undo', key('z', ctrl), win],
    ['Cmd+C copy', key('c', cmd), mac],
    ['Cmd+V paste', key('v', cmd), mac],
    ['Enter', key('Enter'), win],
    ['Escape (closes dialogs)', key('Escape'), win],
    ['Tab', key('Tab'), win],
    ['Shift+Tab', key('Tab', { shift: true }), win],
    ['arrow keys', key('ArrowLeft'), win],
    ['Backspace', key('Backspace'), win],
    ['AltGr+Q → @ (reported as Ctrl+Alt)', key('@', { control: true, alt: true }), win],
    ['Ctrl+P on macOS (text editing, not print)', key('p', ctrl), mac],
    ['Ctrl+N on macOS (next line)', key('n', ctrl), mac],
    ['Ctrl+R on macOS', key('r', ctrl), mac],
  ] as const)('%s reaches the page', (_label, input, context) => {
    expect(shouldBlockInput(input, context)).toBe(false);
  });
});

describe('workstation: only DevTools and reload are blocked', () => {
  const workstation = { kiosk: false, platform: 'win32' } as const;

  test.each([
    ['F12', key('F12'), true],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true }), true],
    ['F5', key('F5'), true],
    ['Ctrl+R', key('r', ctrl), true],
    ['Ctrl+= (zoom is an accessibility need)', key('=', ctrl), false],
    ['Ctrl+W', key('w', ctrl), false],
    ['Alt+F4', key('F4', { alt: true }), false],
    ['F11', key('F11'), false],
    ['Ctrl+P', key('p', ctrl), false],
  ] as const)('%s → blocked: %s', (_label, input, blocked) => {
    expect(shouldBlockInput(input, workstation)).toBe(blocked);
  });

  test('development workstations keep DevTools and reload', () => {
    const dev = { ...workstation, development: true };
    expect(shouldBlockInput(key('F12'), dev)).toBe(false);
    expect(shouldBlockInput(key('r', ctrl), dev)).toBe(false);
  });

  test('development has no effect in kiosk mode', () => {
    expect(shouldBlockInput(key('F12'), { ...win, development: true })).toBe(true);
  });
});
