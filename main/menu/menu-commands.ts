/** The closed set of app commands the menu sends to the renderer. */
export const MENU_COMMANDS = [
  'new-search',
  'print-offer',
  'open-settings',
  'check-updates',
  'show-about',
  'open-user-guide',
  'copy-diagnostics',
  'show-data-folder',
] as const;

/** One app command from the menu. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];
