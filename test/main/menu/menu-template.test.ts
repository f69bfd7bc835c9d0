import type { MenuItemConstructorOptions } from 'electron';
import { Menu, resetElectronDouble } from '../../mocks/electron';
import { installApplicationMenu } from '../../../main/menu/application-menu';
import { MENU_COMMANDS } from '../../../preload/contract';
import type { MenuCommand } from '../../../preload/contract';
import { menuLabelsFor } from '../../../main/menu/menu-labels';
import { buildMenuTemplate } from '../../../main/menu/menu-template';
import { en } from '../../../renderer/src/i18n/en';
import { ms } from '../../../renderer/src/i18n/ms';

type Item = MenuItemConstructorOptions;
const submenu = (item: Item): Item[] => item.submenu as Item[];
/** Every item, depth first. */
const flatten = (items: Item[]): Item[] => items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu as Item[]) : [])]);
const roles = (items: Item[]) => flatten(items).flatMap((item) => (item.role ? [item.role] : []));

function template(platform: NodeJS.Platform, isPackaged = true, language: 'en' | 'ms' = 'en', onCommand = vi.fn()): Item[] {
  return buildMenuTemplate({ platform, isPackaged, kiosk: false, labels: menuLabelsFor(language), onCommand })!;
}

beforeEach(() => resetElectronDouble());

describe('application menu template', () => {
  test('macOS: the app menu holds About, Check for Updates, Settings (Cmd+,), Hide and Quit; then File, Edit, View, Window, Help', () => {
    const menu = template('darwin');
    expect(menu.map((item) => item.label)).toEqual(['Dealer Desk', 'File', 'Edit', 'View', 'Window', 'Help']);
    const appMenu = submenu(menu[0]!);
    expect(appMenu.map((item) => item.label ?? item.type)).toEqual([
      'About Dealer Desk',
      'Check for Updates…',
      'separator',
      'Settings…',
      'separator',
      'Services',
      'separator',
      'Hide Dealer Desk',
      'Hide others',
      'Show all',
      'separator',
      'Quit Dealer Desk',
    ]);
    expect(appMenu.find((item) => item.id === 'open-settings')?.accelerator).toBe('CmdOrCtrl+,');
    expect(appMenu.filter((item) => item.role).map((item) => item.role)).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
  });

  test.each(['win32', 'linux'] as const)('%s: File (New search Ctrl+N, Print offer Ctrl+P, Quit), Edit, View, Help', (platform) => {
    const menu = template(platform);
    expect(menu.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const file = submenu(menu[0]!);
    expect(file.find((item) => item.id === 'new-search')).toMatchObject({ label: 'New search', accelerator: 'CmdOrCtrl+N' });
    expect(file.find((item) => item.id === 'print-offer')).toMatchObject({ label: 'Print offer…', accelerator: 'CmdOrCtrl+P' });
    expect(file.at(-1)).toMatchObject({ role: 'quit', label: 'Quit' });
    expect(submenu(menu[1]!).flatMap((item) => (item.role ? [item.role] : []))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
    expect(submenu(menu[3]!).map((item) => item.id ?? item.type)).toEqual([
      'open-user-guide',
      'copy-diagnostics',
      'show-data-folder',
      'separator',
      'check-updates',
      'show-about',
    ]);
  });

  test.each(['darwin', 'win32', 'linux'] as const)('%s packaged: View has the zoom roles only; no Reload or DevTools anywhere', (platform) => {
    const menu = template(platform, true);
    const view = menu.find((item) => item.label === 'View')!;
    expect(submenu(view).map((item) => item.role)).toEqual(['resetZoom', 'zoomIn', 'zoomOut']);
    expect(roles(menu)).not.toEqual(expect.arrayContaining(['reload']));
    expect(roles(menu).filter((role) => ['reload', 'forceReload', 'toggleDevTools'].includes(role))).toEqual([]);
  });

  test.each(['darwin', 'win32', 'linux'] as const)('%s development: View keeps Reload, Force reload and Toggle DevTools', (platform) => {
    const view = template(platform, false).find((item) => item.label === 'View')!;
    expect(submenu(view).flatMap((item) => (item.role ? [item.role] : []))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'reload', 'forceReload', 'toggleDevTools']);
  });

  test('kiosk: no menu at all', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(buildMenuTemplate({ platform, isPackaged: true, kiosk: true, labels: menuLabelsFor('en'), onCommand: vi.fn() })).toBeNull();
    }
  });

  test('BM: every label follows the UI language, role items included (the OS would otherwise label them in its own language)', () => {
    const menu = template('win32', false, 'ms');
    expect(menu.map((item) => item.label)).toEqual(['Fail', 'Edit', 'Paparan', 'Bantuan']);
    const labels = flatten(menu).filter((item) => item.type !== 'separator');
    expect(labels.every((item) => typeof item.label === 'string' && item.label !== '')).toBe(true);
    expect(labels.map((item) => item.label)).toEqual(expect.arrayContaining(['Carian baharu', 'Cetak tawaran…', 'Salin maklumat diagnostik', 'Panduan pengguna']));
    const mac = template('darwin', true, 'ms');
    expect(submenu(mac[0]!)[0]!.label).toBe('Perihal Dealer Desk');
  });

  test('the labels come from the renderer language files (one source of text)', () => {
    expect(menuLabelsFor('en')).toBe(en.menu);
    expect(menuLabelsFor('ms')).toBe(ms.menu);
    expect(Object.keys(ms.menu).sort()).toEqual(Object.keys(en.menu).sort());
  });

  test.each(['darwin', 'win32', 'linux'] as const)('%s: every app command is in the menu once and clicking it sends exactly that command', (platform) => {
    const onCommand = vi.fn<(command: MenuCommand) => void>();
    const menu = template(platform, true, 'en', onCommand);
    const items = flatten(menu).filter((item) => item.click);
    expect(items.map((item) => item.id).sort()).toEqual([...MENU_COMMANDS].sort());
    for (const item of items) {
      onCommand.mockClear();
      (item.click as () => void)();
      expect(onCommand.mock.calls).toEqual([[item.id]]);
    }
  });
});

describe('installApplicationMenu', () => {
  const base = { Menu: Menu as never, platform: 'linux' as const, isPackaged: true, onCommand: vi.fn() };

  test('a workstation gets the built menu; a kiosk gets none (null, so Electron shows no default menu either)', () => {
    installApplicationMenu({ ...base, kiosk: false, language: 'en' });
    expect(Menu.current?.template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    installApplicationMenu({ ...base, kiosk: true, language: 'en' });
    expect(Menu.current).toBeNull();
  });

  test('switching the UI language rebuilds the menu in that language, once', () => {
    const menu = installApplicationMenu({ ...base, kiosk: false, language: 'en' });
    menu.setLanguage('ms');
    expect(Menu.current?.template[0]?.label).toBe('Fail');
    menu.setLanguage('ms');
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    menu.setLanguage('en');
    expect(Menu.current?.template[0]?.label).toBe('File');
  });
});
