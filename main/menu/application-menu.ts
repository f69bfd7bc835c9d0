/**
 * Installs the application menu and rebuilds it when the UI language changes.
 * Kiosks get `Menu.setApplicationMenu(null)`: no menu bar, no menu shortcuts.
 */
import type { Menu as ElectronMenu } from 'electron';
import type { MenuCommand } from '../../preload/contract';
import { menuLabelsFor } from './menu-labels';
import type { MenuLanguage } from './menu-labels';
import { buildMenuTemplate } from './menu-template';

/** The parts of Electron's `Menu` used here (the test double provides them). */
export type MenuApi = Pick<typeof ElectronMenu, 'buildFromTemplate' | 'setApplicationMenu'>;

/** Options of {@link installApplicationMenu}. */
export interface ApplicationMenuOptions {
  Menu: MenuApi;
  platform: NodeJS.Platform;
  isPackaged: boolean;
  kiosk: boolean;
  language: MenuLanguage;
  onCommand(command: MenuCommand): void;
}

/** The installed menu. */
export interface ApplicationMenu {
  /** Rebuilds the menu in `language` (no-op when it is already in it). */
  setLanguage(language: MenuLanguage): void;
}

/** Builds and installs the menu for `options.language`. */
export function installApplicationMenu(options: ApplicationMenuOptions): ApplicationMenu {
  let current: MenuLanguage | null = null;
  const install = (language: MenuLanguage) => {
    if (language === current) return;
    current = language;
    const template = buildMenuTemplate({ ...options, labels: menuLabelsFor(language) });
    options.Menu.setApplicationMenu(template ? options.Menu.buildFromTemplate(template) : null);
  };
  install(options.language);
  return { setLanguage: install };
}
