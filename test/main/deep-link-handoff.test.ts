/**
 * Links from other programs, through the electron double: a launch argument,
 * a second launch (`second-instance`) and macOS `open-url` all fill the search
 * box (never look up) and focus the window; kiosks ignore them unless the
 * policy allows; bad links are refused with a log line that holds no value.
 */
import { app, resetElectronDouble } from '../mocks/electron';
import { listenForDeepLinks } from '../../main/deep-link-handoff';
import type { DeepLinkSink } from '../../main/deep-link-handoff';
import type { Logger } from '../../main/core/ports';

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = (level: string) => (message: string, details?: Record<string, unknown>) => void lines.push(`${level} ${message} ${JSON.stringify(details ?? {})}`);
  return { lines, debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

function sink(enabled = true): DeepLinkSink & { logger: ReturnType<typeof recordingLogger> } {
  return { enabled, region: () => 'my', deliver: vi.fn(), focus: vi.fn(), logger: recordingLogger() };
}

const packagedLaunch = (...args: string[]) => ({ argv: ['/opt/Dealer Desk/dealer-desk', ...args], execPath: '/opt/Dealer Desk/dealer-desk', isPackaged: true });

beforeEach(() => resetElectronDouble());

describe('deep-link hand-off', () => {
  test('a link in the launch arguments fills the search box; the scheme is registered for this app', () => {
    const target = sink();
    listenForDeepLinks(app as never).start(target, packagedLaunch('dealer-desk://plate/WXY1234'));
    expect(target.deliver).toHaveBeenCalledWith({ kind: 'plate', plate: 'WXY 1234' });
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith('dealer-desk');
  });

  test('a development run registers Electron plus its entry script, or the OS would start a bare Electron', () => {
    listenForDeepLinks(app as never).start(sink(), { argv: ['/x/electron', 'dist/main/index.js'], execPath: '/x/electron', isPackaged: false });
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith('dealer-desk', '/x/electron', [expect.stringMatching(/dist\/main\/index\.js$/)]);
  });

  test('a second launch hands its link to the running app and focuses the window', () => {
    const target = sink();
    listenForDeepLinks(app as never).start(target, packagedLaunch());
    app.emit('second-instance', {}, ['dealer-desk', '--vin', 'KL3TA48E9CB053071'], '/home/sales');
    expect(target.focus).toHaveBeenCalledTimes(1);
    expect(target.deliver).toHaveBeenCalledWith({ kind: 'vin', vin: 'KL3TA48E9CB053071' });
  });

  test('a second launch without a link only focuses the window', () => {
    const target = sink();
    listenForDeepLinks(app as never).start(target, packagedLaunch());
    app.emit('second-instance', {}, ['dealer-desk'], '/home/sales');
    expect(target.focus).toHaveBeenCalledTimes(1);
    expect(target.deliver).not.toHaveBeenCalled();
  });

  test('macOS: open-url before the app is up is kept and delivered at start; later ones focus the window too', () => {
    const listener = listenForDeepLinks(app as never);
    const early = { preventDefault: vi.fn() };
    app.emit('open-url', early, 'dealer-desk://plate/W1234A');
    expect(early.preventDefault).toHaveBeenCalled();
    const target = sink();
    listener.start(target, packagedLaunch());
    expect(target.deliver).toHaveBeenCalledWith({ kind: 'plate', plate: 'W 1234 A' });
    app.emit('open-url', { preventDefault: vi.fn() }, 'dealer-desk://vin/KL3TA48E9CB053071');
    expect(target.deliver).toHaveBeenLastCalledWith({ kind: 'vin', vin: 'KL3TA48E9CB053071' });
    expect(target.focus).toHaveBeenCalledTimes(2);
  });

  test('an invalid link is refused with a log line naming the reason, never the value', () => {
    const target = sink();
    listenForDeepLinks(app as never).start(target, packagedLaunch('dealer-desk://plate/ALI%20BIN%20ABU'));
    expect(target.deliver).not.toHaveBeenCalled();
    expect(target.logger.lines).toEqual([expect.stringContaining('deep link refused')]);
    expect(target.logger.lines.join('\n')).toContain('invalid-plate');
    expect(target.logger.lines.join('\n')).not.toMatch(/ALI|ABU/);
  });

  test('extra parts are ignored with a log line, and the plate is still filled in', () => {
    const target = sink();
    listenForDeepLinks(app as never).start(target, packagedLaunch('dealer-desk://plate/WXY1234/extra?customer=Siti#x'));
    expect(target.deliver).toHaveBeenCalledWith({ kind: 'plate', plate: 'WXY 1234' });
    const log = target.logger.lines.join('\n');
    expect(log).toContain('extra parts ignored');
    expect(log).toMatch(/extra-path.*fragment.*query/);
    expect(log).not.toMatch(/Siti|WXY/);
  });

  test('kiosk without the policy switch: links are ignored and logged, the scheme is not registered, a second launch still focuses', () => {
    const target = sink(false);
    listenForDeepLinks(app as never).start(target, packagedLaunch('--plate', 'WXY1234'));
    app.emit('second-instance', {}, ['dealer-desk', 'dealer-desk://plate/WXY1234'], '/');
    expect(target.deliver).not.toHaveBeenCalled();
    expect(app.setAsDefaultProtocolClient).not.toHaveBeenCalled();
    expect(target.focus).toHaveBeenCalledTimes(1);
    expect(target.logger.lines.filter((line) => line.includes('links are off in kiosk mode'))).toHaveLength(2);
  });

  test('when the OS refuses the registration, the log says so', () => {
    app.setAsDefaultProtocolClient.mockReturnValueOnce(false);
    const target = sink();
    listenForDeepLinks(app as never).start(target, packagedLaunch());
    expect(target.logger.lines).toEqual([expect.stringContaining('could not register')]);
  });
});
