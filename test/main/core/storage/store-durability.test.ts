/**
 * The stores behind settings and the credential vault, when the disk fails
 * or the file is not what it should be: memory follows the disk, never the
 * other way round; a folder, an unreadable file or a non-object at the store
 * path is moved aside and reported, and the app still starts; leftovers of an
 * interrupted write are cleaned.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronStoreOpener } from '../../../../main/adapters/electron-store-kv';
import { CredentialVault } from '../../../../main/core/storage/credential-vault';
import { jsonFileStoreOpener } from '../../../../main/core/storage/key-value-store';
import type { StoreOpener } from '../../../../main/core/storage/key-value-store';
import { createFakeCipher } from '../../../fixtures/fake-cipher';
import { vaultBinding } from '../../../fixtures/vault-binding';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dd-durable-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Makes the JSON store's next write fail: a folder sits where its temp file goes (EISDIR, as a full or read-only disk would fail). */
function blockNextWrite(name: string) {
  mkdirSync(join(dir, `${name}.json.${process.pid}.tmp`));
}

describe('JSON file store: memory changes only after the disk write succeeds', () => {
  test('a failed set leaves the old value in memory and on disk', () => {
    const { store } = jsonFileStoreOpener(dir)('settings');
    store.set('settings', { language: 'en' });
    blockNextWrite('settings');
    expect(() => store.set('settings', { language: 'ms' })).toThrow();
    expect(store.get('settings')).toEqual({ language: 'en' });
    expect(jsonFileStoreOpener(dir)('settings').store.get('settings')).toEqual({ language: 'en' });
  });

  test('a credential whose write failed is not reported as configured', async () => {
    const vault = new CredentialVault({ store: jsonFileStoreOpener(dir)('credentials').store, cipher: createFakeCipher(), allowInsecureStorage: false, ...vaultBinding() });
    blockNextWrite('credentials');
    await expect(vault.save({ kind: 'apiKey', apiKey: 'sec_never_written_123456' })).rejects.toThrow();
    expect(vault.status().configured).toBe(false);
  });
});

describe.each([
  ['JSON file store', (folder: string) => jsonFileStoreOpener(folder)],
  ['electron-store', (folder: string) => electronStoreOpener(folder)],
] as Array<[string, (folder: string) => StoreOpener]>)('%s: an unusable store path', (_label, opener) => {
  test('a folder at the store path is moved aside, reported, and the store opens empty and writable', () => {
    mkdirSync(join(dir, 'settings.json'));
    const { store, backupPath } = opener(dir)('settings');
    expect(backupPath).toMatch(/settings\.json\.corrupt-/);
    expect(statSync(backupPath!).isDirectory()).toBe(true);
    store.set('settings', { language: 'ms' });
    expect(opener(dir)('settings').store.get('settings')).toEqual({ language: 'ms' });
  });

  test.each(['[]', '"text"', 'null', '42'])('%s (valid JSON, not an object) is moved aside and reported, not read as an empty store', (content) => {
    writeFileSync(join(dir, 'settings.json'), content);
    const { store, backupPath } = opener(dir)('settings');
    expect(backupPath).toMatch(/settings\.json\.corrupt-/);
    expect(store.get('settings')).toBeUndefined();
  });

  test('leftover temp files of an interrupted write are deleted at start; recent ones (a write in progress) are left', () => {
    const old = join(dir, 'settings.json.4242.tmp');
    const electronStyle = join(dir, 'settings.json.tmp-1764000000000abc');
    const fresh = join(dir, 'settings.json.4343.tmp');
    for (const path of [old, electronStyle, fresh]) writeFileSync(path, '{"half');
    const longAgo = new Date(Date.now() - 10 * 60_000);
    utimesSync(old, longAgo, longAgo);
    utimesSync(electronStyle, longAgo, longAgo);
    opener(dir)('settings');
    expect(existsSync(old)).toBe(false);
    expect(existsSync(electronStyle)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });
});

// As root every file is readable, so this case cannot be staged there: reported as skipped, not passed.
test.skipIf(process.getuid?.() === 0)('an unreadable store file is moved aside and the store opens empty', () => {
  writeFileSync(join(dir, 'settings.json'), '{"settings":{"language":"ms"}}');
  chmodSync(join(dir, 'settings.json'), 0o000);
  const { store, backupPath } = jsonFileStoreOpener(dir)('settings');
  expect(backupPath).toMatch(/settings\.json\.corrupt-/);
  expect(readdirSync(dir)).not.toContain('settings.json');
  expect(store.get('settings')).toBeUndefined();
});
