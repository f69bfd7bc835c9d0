/**
 * The production logger: electron-log writes one size-capped file in the app's
 * log folder (it rotates to `.old.log` past the cap), and every line goes
 * through the redaction hook before any transport sees it.
 */
interface FakeMessage {
  data: unknown[];
  level: string;
}
type Hook = (message: FakeMessage) => FakeMessage;

const fakeLog = vi.hoisted(() => {
  const written: unknown[][] = [];
  const log = {
    transports: { file: { level: 'silly' as string | false, maxSize: 0, resolvePathFn: null as null | (() => string) }, console: { level: 'silly' as string | false } },
    hooks: [] as Hook[],
    written,
  };
  // Like electron-log: every hook runs on the message before it is written.
  const write = (level: string) => (...data: unknown[]) => {
    const message = log.hooks.reduce((current, hook) => hook(current), { data, level });
    written.push(message.data);
  };
  return Object.assign(log, { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') });
});
vi.mock('electron-log/main', () => ({ default: fakeLog }));

import { createElectronLogger } from '../../../main/adapters/electron-log-logger';

describe('electron-log logger', () => {
  test('writes to the given file, rotates past 2 MiB, console only in development', () => {
    createElectronLogger({ filePath: '/var/log/dealer-desk/main.log', console: false });
    expect(fakeLog.transports.file.resolvePathFn?.()).toBe('/var/log/dealer-desk/main.log');
    expect(fakeLog.transports.file.maxSize).toBe(2 * 1024 * 1024);
    expect(fakeLog.transports.file.level).toBe('info');
    expect(fakeLog.transports.console.level).toBe(false);
    createElectronLogger({ filePath: '/tmp/main.log', console: true });
    expect(fakeLog.transports.console.level).toBe('debug');
  });

  test('credentials never reach a transport, in the message or in the details', () => {
    const logger = createElectronLogger({ filePath: '/tmp/main.log', console: false });
    logger.warn('request failed: Authorization: Bearer eyJhbGciOi.eyJzdWIiOi.c2ln', { header: 'Basic ZGVhbGVyOnMzY3IzdA==', url: '/v2?ApiKey=sec_abcdefghijklmnop' });
    const line = JSON.stringify(fakeLog.written.at(-1));
    expect(line).not.toMatch(/eyJhbGciOi|ZGVhbGVyOnMzY3IzdA|sec_abcdefghijklmnop/);
    expect(line).toContain('[REDACTED]');
  });
});
