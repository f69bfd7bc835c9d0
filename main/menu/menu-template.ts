/**
 * The application menu as data: one pure function of the platform, the build
 * (packaged or development), kiosk mode and the labels, so each variant is
 * asserted in tests without Electron.
 *
 * - macOS: the app menu (About, Settings… Cmd+,, Check for Updates…, Services,
 *   Hide, Quit), File, Edit, View, Window, Help. macOS needs the Edit menu for
 *   Cmd+C/V to work in text fields at all.
 * - Windows and Linux: File (New search, Print offer, Settings…, Quit), Edit,
 *   View, Help (with About and Check for Updates…, where Windows users look).
 * - View holds the zoom roles only; development builds add Reload and
 *   Toggle DevTools, packaged builds never show them.
 * - Kiosks get no menu at all.
 *
 * App commands are not handled here: each click calls `onCommand` with one of
 * the closed set of {@link MenuCommand}s, which main forwards to the renderer
 * as its named event. Standard editing, zoom, hide and quit items are Electron
 * roles, so the OS behaviour (and shortcuts) come for free.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../preload/contract';
import type { MenuLabels } from './menu-labels';

/** What decides the menu. */
export interface MenuInputs {
  platform: NodeJS.Platform;
  /** `app.isPackaged`: packaged builds have no Reload or DevTools items. */
  isPackaged: boolean;
  /** Kiosk mode: no menu. */
  kiosk: boolean;
  labels: MenuLabels;
  /** Called with the command of an app item the user chose. */
  onCommand(command: MenuCommand): void;
}

/** The menu template, or null when the window must have no menu (kiosk). */
export function buildMenuTemplate(inputs: MenuInputs): MenuItemConstructorOptions[] | null {
  if (inputs.kiosk) return null;
  const { labels: l, onCommand } = inputs;
  const mac = inputs.platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id: name,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => onCommand(name),
  });
  const about = command(l.about, 'show-about');
  const checkUpdates = command(l.checkUpdates, 'check-updates');
  const settings = command(l.settings, 'open-settings', 'CmdOrCtrl+,');

  const appMenu: MenuItemConstructorOptions = {
    label: 'Dealer Desk',
    submenu: [
      about,
      checkUpdates,
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'services', label: l.services },
      { type: 'separator' },
      { role: 'hide', label: l.hide },
      { role: 'hideOthers', label: l.hideOthers },
      { role: 'unhide', label: l.showAll },
      { type: 'separator' },
      { role: 'quit', label: l.quitApp },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: l.file,
    submenu: [
      command(l.newSearch, 'new-search', 'CmdOrCtrl+N'),
      command(l.printOffer, 'print-offer', 'CmdOrCtrl+P'),
      { type: 'separator' },
      ...(mac ? [{ role: 'close', label: l.closeWindow } satisfies MenuItemConstructorOptions] : [settings, { type: 'separator' } as const, { role: 'quit', label: l.quit } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: l.edit,
    submenu: [
      { role: 'undo', label: l.undo },
      { role: 'redo', label: l.redo },
      { type: 'separator' },
      { role: 'cut', label: l.cut },
      { role: 'copy', label: l.copy },
      { role: 'paste', label: l.paste },
      { role: 'delete', label: l.delete },
      { type: 'separator' },
      { role: 'selectAll', label: l.selectAll },
    ],
  };
  const developer: MenuItemConstructorOptions[] = inputs.isPackaged
    ? []
    : [
        { type: 'separator' },
        { role: 'reload', label: l.reload },
        { role: 'forceReload', label: l.forceReload },
        { role: 'toggleDevTools', label: l.toggleDevTools },
      ];
  const view: MenuItemConstructorOptions = {
    label: l.view,
    submenu: [{ role: 'resetZoom', label: l.resetZoom }, { role: 'zoomIn', label: l.zoomIn }, { role: 'zoomOut', label: l.zoomOut }, ...developer],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: l.window,
    role: 'windowMenu',
    submenu: [{ role: 'minimize', label: l.minimize }, { role: 'zoom', label: l.zoom }, { type: 'separator' }, { role: 'front', label: l.front }],
  };
  const help: MenuItemConstructorOptions = {
    label: l.help,
    role: 'help',
    submenu: [
      command(l.userGuide, 'open-user-guide', 'F1'),
      command(l.copyDiagnostics, 'copy-diagnostics'),
      command(l.dataFolder, 'show-data-folder'),
      ...(mac ? [] : [{ type: 'separator' } as const, checkUpdates, about]),
    ],
  };
  return mac ? [appMenu, file, edit, view, windowMenu, help] : [file, edit, view, help];
}
