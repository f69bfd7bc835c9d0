/**
 * The logger over the real electron-log (its Node entry stands in for the
 * main-process entry, which needs an Electron binary; both share the same
 * file transport and hooks): a real file in a temp folder, rotated to
 * `.old.log` at the configured 2 MiB, and redaction applied before the file
 * transport writes anything.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../../fixtures/temp-dirs';

vi.mock('electron-log/main', async () => ({ default: (await import('electron-log/node')).default }));

const { createElectronLogger } = await import('../../../main/adapters/electron-log-logger');

const MAX_BYTES = 2 * 1024 * 1024;

test('lines go to the configured file, and the file rotates to .old.log at 2 MiB, keeping at most two files', () => {
  const file = join(makeTempDir('dd-log-'), 'main.log');
  const logger = createElectronLogger({ filePath: file, console: false });
  const filler = 'x'.repeat(1_000);
  for (let index = 0; index < 2_500; index += 1) logger.info(`line ${index} ${filler}`);
  const archive = file.replace(/\.log$/, '.old.log');
  expect(existsSync(archive)).toBe(true);
  expect(statSync(file).size).toBeLessThanOrEqual(MAX_BYTES);
  expect(statSync(archive).size).toBeLessThanOrEqual(MAX_BYTES + 2_000);
  expect(readFileSync(file, 'utf8')).toContain('line 2499');
});

test('secrets are redacted before the file transport writes them, in the message and in the details', () => {
  const file = join(makeTempDir('dd-log-'), 'main.log');
  const logger = createElectronLogger({ filePath: file, console: false });
  logger.warn('request failed: Authorization: Bearer eyJhbGciOi.eyJzdWIiOi.c2ln', { header: 'Basic ZGVhbGVyOnMzY3IzdA==', url: '/v2?ApiKey=sec_abcdefghijklmnop' });
  const written = readFileSync(file, 'utf8');
  expect(written).toContain('request failed');
  expect(written).toContain('[REDACTED]');
  expect(written).not.toMatch(/eyJhbGciOi|ZGVhbGVyOnMzY3IzdA|sec_abcdefghijklmnop/);
});
