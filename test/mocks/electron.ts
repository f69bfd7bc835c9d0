/**
 * Test double of the `electron` module (vitest aliases `electron` to this file).
 *
 * There is no Electron binary on the build machines, so the shell's glue is
 * tested Fiddle-style: the double records what the app passes to Electron
 * (window options, registered IPC handlers, guards installed on webContents,
 * the object exposed through contextBridge) and lets tests fire the events a
 * real Electron would fire. Only the APIs Dealer Desk uses are modelled.
 * Call {@link resetElectronDouble} in `beforeEach`.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import { makeTempDir } from '../fixtures/temp-dirs';

type Handler = (...args: never[]) => unknown;

let nextFrameToken = 1;

/** A fake WebFrameMain: enough for sender checks. */
export class FakeFrame {
  readonly frameToken = `frame-${nextFrameToken++}`;
  detached = false;
  constructor(
    public url: string,
    readonly parent: FakeFrame | null = null,
  ) {}
}

/** A fake webContents: records guards and lets tests emit navigation events. */
export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly mainFrame = new FakeFrame('app://dealer-desk/index.html');
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  readonly session = fakeSession();
  destroyed = false;
  loadURL = vi.fn(async (url: string) => {
    this.mainFrame.url = url;
  });
  reload = vi.fn();
  printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7 fake'));
  getLastWebPreferences = vi.fn(() => null);
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /**
   * Emits an event like Electron does (an event object carrying `details`,
   * then `args`) and reports whether a listener prevented it.
   */
  fire(event: string, details: Record<string, unknown> = {}, ...args: unknown[]): { prevented: boolean } {
    let prevented = false;
    const fakeEvent = { ...details, preventDefault: () => (prevented = true) };
    this.emit(event, fakeEvent, ...args);
    return { prevented };
  }
}

/** A fake BrowserWindow; every constructed instance is kept in `BrowserWindow.instances`. */
export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly options: Record<string, unknown>;
  focused = false;
  minimized = false;
  maximized = false;
  shown = false;
  /** Normal (not maximised) bounds; starts from the options like Electron (centred at 0,0 here when no x/y). */
  bounds: { x: number; y: number; width: number; height: number };
  constructor(options: Record<string, unknown> = {}) {
    super();
    this.options = options;
    const number = (key: string, fallback: number) => (typeof options[key] === 'number' ? (options[key] as number) : fallback);
    this.bounds = { x: number('x', 0), y: number('y', 0), width: number('width', 800), height: number('height', 600) };
    BrowserWindow.instances.push(this);
    appEmitter.emit('web-contents-created', {}, this.webContents);
  }
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((w) => !w.webContents.destroyed);
  }
  static fromWebContents(contents: FakeWebContents): BrowserWindow | null {
    return BrowserWindow.instances.find((w) => w.webContents === contents) ?? null;
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focused = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
    this.emit('maximize');
  }
  unmaximize(): void {
    this.maximized = false;
    this.emit('unmaximize');
  }
  getBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.bounds };
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.bounds };
  }
  /** Simulates the user moving or resizing the window: Electron fires `moved`/`resized` when they let go. */
  setBounds(bounds: Partial<{ x: number; y: number; width: number; height: number }>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
  isDestroyed(): boolean {
    return this.webContents.destroyed;
  }
  /** Simulates closing: webContents is destroyed and `destroyed` fires. */
  destroy(): void {
    this.webContents.destroyed = true;
    this.webContents.emit('destroyed');
    this.emit('closed');
  }
}

function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setDisplayMediaRequestHandler: vi.fn(),
  };
}

const appEmitter = new EventEmitter();
let userData = makeTempDir('dd-electron-double-');

/** Fake `app`. */
export const app = Object.assign(appEmitter, {
  isPackaged: false,
  enableSandbox: vi.fn(),
  commandLine: { appendSwitch: vi.fn((_name: string, _value?: string) => undefined) },
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
  whenReady: vi.fn(async () => undefined),
  isReady: vi.fn(() => true),
  getVersion: vi.fn(() => '0.1.0-test'),
  getAppPath: vi.fn(() => process.cwd()),
  getPath: vi.fn((_name: string) => userData),
  setPath: vi.fn(),
  setAsDefaultProtocolClient: vi.fn((_scheme: string, _path?: string, _args?: string[]) => true),
});

/** Fake `ipcMain`: `handlers` maps channel → registered handler. */
export const ipcMain = {
  handlers: new Map<string, Handler>(),
  listeners: new Map<string, Handler>(),
  handle: vi.fn((channel: string, handler: Handler) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => void ipcMain.handlers.delete(channel)),
  on: vi.fn((channel: string, listener: Handler) => void ipcMain.listeners.set(channel, listener)),
};

/** Fake `ipcRenderer` (for the preload). */
export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn(async (_channel: string, _payload?: unknown) => ({ ok: true, data: null })),
  send: vi.fn(),
  sendSync: vi.fn(),
});

/** Fake `contextBridge`: records every `exposeInMainWorld` call. */
export const contextBridge = {
  exposeInMainWorld: vi.fn((_key: string, _api: unknown) => undefined),
};

/** Fake `protocol`. */
export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
    protocol.handlers.set(scheme, handler);
  }),
};

/** Fake `powerMonitor`: tests emit 'resume' or 'unlock-screen' on it. */
export const powerMonitor = new EventEmitter();

/** Fake `session`. */
export const session = { defaultSession: fakeSession() };

/** Fake `shell`. */
export const shell = { openExternal: vi.fn(async (_url: string) => undefined), openPath: vi.fn(async () => '') };

/** A built menu: the template it was built from. */
export interface FakeMenu {
  template: Array<Record<string, unknown>>;
}

/** Fake `Menu`: `current` is what `setApplicationMenu` last installed (null = no menu; undefined = never set). */
export const Menu = {
  current: undefined as FakeMenu | null | undefined,
  buildFromTemplate: vi.fn((template: Array<Record<string, unknown>>): FakeMenu => ({ template })),
  setApplicationMenu: vi.fn((menu: FakeMenu | null) => {
    Menu.current = menu;
  }),
};

/** A fake display: `workArea` leaves out task bars and docks. */
export interface FakeDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
}

/** One 1920×1080 display with a 40 px task bar at the bottom. */
function defaultDisplays(): FakeDisplay[] {
  return [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
}

/** Fake `screen`: tests replace `screen.displays` (primary first) to plug monitors in or out. */
export const screen = {
  displays: defaultDisplays(),
  getAllDisplays: vi.fn((): FakeDisplay[] => screen.displays),
  getPrimaryDisplay: vi.fn((): FakeDisplay => screen.displays[0]!),
};

/** Fake `clipboard`: `text` holds what was last written. */
export const clipboard = {
  text: '',
  writeText: vi.fn((text: string) => {
    clipboard.text = text;
  }),
  readText: vi.fn(() => clipboard.text),
};

/** Fake `dialog`: answers the save dialog with `dialog.nextSavePath` (null = cancelled). */
export const dialog = {
  nextSavePath: null as string | null,
  showSaveDialog: vi.fn(async () =>
    dialog.nextSavePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: dialog.nextSavePath },
  ),
};

/** Fake `webContents` module. */
export const webContents = {
  fromId: (id: number) => BrowserWindow.instances.map((w) => w.webContents).find((c) => c.id === id),
};

/**
 * Fake `safeStorage`. Ciphertext is reversible but never contains the plain
 * text; `backend` and `available` can be switched per test.
 */
export const safeStorage = {
  backend: 'gnome_libsecret' as string,
  available: true,
  reEncrypt: false,
  isAsyncEncryptionAvailable: vi.fn(async () => safeStorage.available),
  getSelectedStorageBackend: vi.fn(() => safeStorage.backend),
  encryptStringAsync: vi.fn(async (plain: string) => Buffer.from(`enc:${Buffer.from(plain).toString('hex')}`)),
  decryptStringAsync: vi.fn(async (encrypted: Buffer) => {
    const text = encrypted.toString();
    if (!text.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return { result: Buffer.from(text.slice(4), 'hex').toString(), shouldReEncrypt: safeStorage.reEncrypt };
  }),
};

/** Puts the double back into its initial state and gives `app.getPath` a fresh folder. */
export function resetElectronDouble(): void {
  BrowserWindow.instances = [];
  appEmitter.removeAllListeners();
  powerMonitor.removeAllListeners();
  ipcMain.handlers.clear();
  ipcMain.listeners.clear();
  ipcRenderer.removeAllListeners();
  protocol.handlers.clear();
  Object.assign(session, { defaultSession: fakeSession() });
  app.isPackaged = false;
  safeStorage.backend = 'gnome_libsecret';
  safeStorage.available = true;
  safeStorage.reEncrypt = false;
  dialog.nextSavePath = null;
  Menu.current = undefined;
  screen.displays = defaultDisplays();
  clipboard.text = '';
  userData = makeTempDir('dd-electron-double-');
  vi.clearAllMocks();
}

export default {
  app,
  BrowserWindow,
  clipboard,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  webContents,
};
