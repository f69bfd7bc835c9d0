import { app, BrowserWindow, resetElectronDouble, session, shell } from '../mocks/electron';
import type { FakeWebContents } from '../mocks/electron';
import { denyAllPermissions, EXTERNAL_ORIGINS, installWebContentsGuards, safeOpenExternal } from '../../main/security';

const reset = resetElectronDouble as () => void;
const openExternal = shell.openExternal as unknown as ReturnType<typeof vi.fn>;

/** A window created after the guards, as Electron would create it. */
function guardedContents(kiosk = false): FakeWebContents {
  installWebContentsGuards(app as never, { kiosk });
  return (new BrowserWindow({}) as unknown as { webContents: FakeWebContents }).webContents;
}

const HOSTILE = [
  'https://app.example.com.attacker.com/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'https://www.autograb.com.au/',
  'app://dealer-desk.attacker.com/index.html',
  'app://attacker@dealer-desk/index.html',
  'http://127.0.0.1:5173/',
];

beforeEach(reset);

describe('navigation guards (checklist 13)', () => {
  for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
    test.each(HOSTILE)(`${event} to %s is prevented`, (url) => {
      const contents = guardedContents();
      // will-navigate/will-redirect pass the URL as an argument; will-frame-navigate on the event.
      expect(contents.fire(event, { url }, url).prevented).toBe(true);
    });

    test(`${event} within the app is allowed`, () => {
      const contents = guardedContents();
      expect(contents.fire(event, { url: 'app://dealer-desk/index.html#/valuation' }, 'app://dealer-desk/index.html#/valuation').prevented).toBe(false);
    });
  }

  test('guards reach every webContents, including ones the app did not create itself', () => {
    installWebContentsGuards(app as never, { kiosk: false });
    const stray = (new BrowserWindow({}) as unknown as { webContents: FakeWebContents }).webContents;
    expect(stray.windowOpenHandler).not.toBeNull();
  });
});

describe('window.open (checklist 14, 15)', () => {
  test('every window.open is denied; an allowed https link opens in the browser', () => {
    const contents = guardedContents();
    expect(contents.windowOpenHandler!({ url: 'https://www.autograb.com.au/contact' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.autograb.com.au/contact');
  });

  test.each([...HOSTILE.filter((url) => !EXTERNAL_ORIGINS.some((origin) => url.startsWith(origin))), 'smb://fileserver/share', 'ms-settings:privacy', 'https://www.autograb.com.au@evil.example/', 'https://evil.example/?https://www.autograb.com.au'])(
    'window.open(%s) is denied and nothing is opened',
    (url) => {
      const contents = guardedContents();
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  test('a listing link from the market panel opens in the browser; a look-alike host or plain http does not', () => {
    const contents = guardedContents();
    contents.windowOpenHandler!({ url: 'https://www.mudah.my/2020-perodua-myvi-1-5-av-12345678.htm' });
    expect(openExternal).toHaveBeenCalledWith('https://www.mudah.my/2020-perodua-myvi-1-5-av-12345678.htm');
    openExternal.mockClear();
    contents.windowOpenHandler!({ url: 'https://www.mudah.my.evil.example/x-12345678.htm' });
    contents.windowOpenHandler!({ url: 'http://www.mudah.my/x-12345678.htm' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  test('kiosk opens nothing, not even allowed links', () => {
    const contents = guardedContents(true);
    expect(contents.windowOpenHandler!({ url: `${EXTERNAL_ORIGINS[0]}/` })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'https://www.mudah.my/x-12345678.htm' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  test('safeOpenExternal accepts only https allowlisted origins', () => {
    const options = { kiosk: false, allowedOrigins: ['https://help.example'], openExternal: vi.fn(async () => undefined) };
    expect(safeOpenExternal('https://help.example/a?b=c', options)).toBe(true);
    expect(safeOpenExternal('http://help.example/', options)).toBe(false);
    expect(safeOpenExternal('https://user:pw@help.example/', options)).toBe(false);
    expect(safeOpenExternal('https://help.example.evil.example/', options)).toBe(false);
    expect(safeOpenExternal('not a url', options)).toBe(false);
    expect(options.openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('webview and permissions (checklist 12, 5)', () => {
  test('<webview> can never attach', () => {
    expect(guardedContents().fire('will-attach-webview', {}, {}, {}).prevented).toBe(true);
  });

  test('every permission request, check and device request is denied', () => {
    const target = session.defaultSession;
    denyAllPermissions(target as never);
    const request = target.setPermissionRequestHandler.mock.calls[0]![0] as (wc: unknown, permission: string, cb: (ok: boolean) => void) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'serial']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = target.setPermissionCheckHandler.mock.calls[0]![0] as (...args: unknown[]) => boolean;
    expect(check({}, 'clipboard-sanitized-write', 'app://dealer-desk')).toBe(false);
    const device = target.setDevicePermissionHandler.mock.calls[0]![0] as (...args: unknown[]) => boolean;
    expect(device({ deviceType: 'usb' })).toBe(false);
    const display = target.setDisplayMediaRequestHandler.mock.calls[0]![0] as (request: unknown, cb: (streams: unknown) => void) => void;
    const streams = vi.fn();
    display({}, streams);
    expect(streams).toHaveBeenCalledWith({});
  });
});
