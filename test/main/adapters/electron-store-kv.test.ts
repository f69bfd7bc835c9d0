import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { electronStoreOpener } from '../../../main/adapters/electron-store-kv';
import { SettingsStore } from '../../../main/core/storage/settings-store';
import { NO_POLICY } from '../../../main/core/policy/effective-policy';
import { makeTempDir } from '../../fixtures/temp-dirs';

describe('electron-store key-value adapter', () => {
  test('stores JSON values in <cwd>/<name>.json', () => {
    const dir = makeTempDir('dd-estore-');
    const { store, backupPath } = electronStoreOpener(dir)('settings');
    expect(backupPath).toBeNull();
    store.set('settings', { language: 'ms' });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ settings: { language: 'ms' } });
    expect(electronStoreOpener(dir)('settings').store.get('settings')).toEqual({ language: 'ms' });
    store.delete('settings');
    expect(store.get('settings')).toBeUndefined();
  });

  test('a file that is not JSON is moved aside and the store opens empty', () => {
    const dir = makeTempDir('dd-estore-');
    writeFileSync(join(dir, 'settings.json'), '{ nope');
    const { store, backupPath } = electronStoreOpener(dir)('settings');
    expect(backupPath).toMatch(/settings\.json\.corrupt-/);
    expect(readFileSync(backupPath!, 'utf8')).toBe('{ nope');
    expect(store.get('settings')).toBeUndefined();
  });

  test('hand-edited but parseable settings are copied aside and reset', () => {
    const dir = makeTempDir('dd-estore-');
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ settings: { region: 'moon' } }));
    const settings = new SettingsStore(electronStoreOpener(dir)('settings').store, NO_POLICY);
    expect(settings.resetBackupPath).not.toBeNull();
    expect(settings.current().region).toBe('my');
    expect(readdirSync(dir).some((name) => name.startsWith('settings.json.corrupt-'))).toBe(true);
  });
});
