/**
 * Which keyboard shortcuts the app swallows (pure, no Electron). On every
 * window: DevTools and reload (a reload throws away the salesperson's work and
 * DevTools is off in packaged builds anyway). In kiosk mode also zoom,
 * close/quit, fullscreen toggling, printing, new windows, history navigation
 * and window hiding. What the OS handles itself (Alt-Tab, Ctrl+Alt+Del, Win
 * key, Cmd-Tab) never reaches the app: see docs/kiosk.md.
 */

/** The fields of Electron's `Input` (`before-input-event`) this module reads. */
export interface KeyInput {
  type: string;
  key: string;
  code?: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/** Where the input arrives. */
export interface InputContext {
  kiosk: boolean;
  platform: NodeJS.Platform;
  /** Development builds keep DevTools and reload shortcuts on workstations. */
  development?: boolean;
}

/** Why a shortcut is blocked. */
export type BlockedCategory = 'devtools' | 'reload' | 'zoom' | 'close' | 'fullscreen' | 'print' | 'new-window' | 'navigation' | 'hide';

interface Rule {
  category: BlockedCategory;
  /** Lower-case `key` values (`f5`, `r`, `+`). */
  keys: readonly string[];
  /** Modifiers that must be down; `mod` is Cmd on macOS and Ctrl elsewhere (on macOS, Ctrl+letters edit text). */
  with?: ReadonlyArray<'mod' | 'ctrl' | 'meta' | 'alt' | 'shift'>;
  /** Blocked on workstations too, not only in kiosk mode. */
  always?: boolean;
}

/**
 * The table. Each rule lists its keys with the minimum modifiers; extra
 * modifiers still match (Ctrl+Shift+R is a reload like Ctrl+R), except that a
 * rule without modifiers only matches bare keys or Shift (F5, Shift+F5).
 */
const RULES: readonly Rule[] = [
  { category: 'devtools', keys: ['f12'], always: true },
  { category: 'devtools', keys: ['i', 'j', 'c'], with: ['ctrl', 'shift'], always: true },
  { category: 'devtools', keys: ['i', 'j', 'c'], with: ['meta', 'alt'], always: true },
  { category: 'reload', keys: ['f5', 'browserrefresh'], always: true },
  { category: 'reload', keys: ['f5'], with: ['mod'], always: true },
  { category: 'reload', keys: ['r'], with: ['mod'], always: true },
  { category: 'zoom', keys: ['+', '=', '-', '_', '0'], with: ['mod'] },
  { category: 'close', keys: ['w', 'q', 'f4'], with: ['mod'] },
  { category: 'close', keys: ['f4'], with: ['alt'] },
  { category: 'fullscreen', keys: ['f11'] },
  { category: 'fullscreen', keys: ['f'], with: ['ctrl', 'meta'] },
  { category: 'print', keys: ['p'], with: ['mod'] },
  { category: 'new-window', keys: ['n', 't', 'o', 's', 'u'], with: ['mod'] },
  { category: 'navigation', keys: ['arrowleft', 'arrowright'], with: ['alt'] },
  { category: 'navigation', keys: ['[', ']'], with: ['meta'] },
  { category: 'navigation', keys: ['browserback', 'browserforward', 'browserhome'] },
  { category: 'hide', keys: ['h', 'm'], with: ['meta'] },
];

function modifierDown(input: KeyInput, modifier: NonNullable<Rule['with']>[number], platform: NodeJS.Platform): boolean {
  switch (modifier) {
    case 'mod':
      return platform === 'darwin' ? input.meta : input.control;
    case 'ctrl':
      return input.control;
    case 'meta':
      return input.meta;
    case 'alt':
      return input.alt;
    case 'shift':
      return input.shift;
  }
}

function normalisedKey(input: KeyInput): string {
  // Numpad zoom keys report `+`/`-` as key already; the code is a fallback for layouts that do not.
  if (input.code === 'NumpadAdd') return '+';
  if (input.code === 'NumpadSubtract') return '-';
  return input.key.toLowerCase();
}

function matches(rule: Rule, input: KeyInput, key: string, platform: NodeJS.Platform): boolean {
  if (!rule.keys.includes(key)) return false;
  if (!rule.with) return !input.control && !input.meta && !input.alt;
  return rule.with.every((modifier) => modifierDown(input, modifier, platform));
}

/** The category of a blocked shortcut, or null when the key press should reach the page. */
export function blockedShortcut(input: KeyInput, context: InputContext): BlockedCategory | null {
  const key = normalisedKey(input);
  for (const rule of RULES) {
    if (!context.kiosk && !rule.always) continue;
    if (!context.kiosk && context.development) continue;
    if (matches(rule, input, key, context.platform)) return rule.category;
  }
  return null;
}

/** Whether `before-input-event` should `preventDefault()` this key press. */
export function shouldBlockInput(input: KeyInput, context: InputContext): boolean {
  return blockedShortcut(input, context) !== null;
}
