import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonFileStoreOpener } from '../../../../main/core/storage/key-value-store';
import { makeTempDir } from '../../../fixtures/temp-dirs';

describe('JSON file store', () => {
  test('values survive reopening', () => {
    const dir = makeTempDir('dd-kv-');
    jsonFileStoreOpener(dir)('settings').store.set('settings', { language: 'ms' });
    expect(jsonFileStoreOpener(dir)('settings').store.get('settings')).toEqual({ language: 'ms' });
  });

  test('a file that is not JSON is moved aside, not lost, and the store starts empty', () => {
    const dir = makeTempDir('dd-kv-');
    writeFileSync(join(dir, 'settings.json'), '{"settings": {"language": "ms"');
    const opened = jsonFileStoreOpener(dir)('settings');
    expect(opened.backupPath).toMatch(/settings\.json\.corrupt-\d{4}-/);
    expect(readFileSync(opened.backupPath!, 'utf8')).toBe('{"settings": {"language": "ms"');
    expect(opened.store.get('settings')).toBeUndefined();
  });

  test('prototype-pollution keys in a hand-edited file are ignored', () => {
    const dir = makeTempDir('dd-kv-');
    writeFileSync(join(dir, 'x.json'), '{"__proto__": {"polluted": true}, "ok": 1}');
    const { store } = jsonFileStoreOpener(dir)('x');
    expect(store.get('ok')).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('resetWithBackup copies the file aside and leaves no temp files', () => {
    const dir = makeTempDir('dd-kv-');
    const { store } = jsonFileStoreOpener(dir)('history');
    store.set('entries', [1]);
    const backup = store.resetWithBackup();
    expect(existsSync(backup)).toBe(true);
    expect(store.get('entries')).toBeUndefined();
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
