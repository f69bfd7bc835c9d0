import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JsonFileStore, backupPathFor, jsonFileStoreOpener, openWithRecovery, removeLeftoverTempFiles } from '../../../../main/core/storage/key-value-store';
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

  test('keys that would reach the prototype are refused on write and dropped on read', () => {
    const dir = makeTempDir('dd-kv-');
    writeFileSync(join(dir, 'x.json'), '{"constructor": 1, "prototype": 2, "ok": 3}');
    const { store } = jsonFileStoreOpener(dir)('x');
    expect([store.get('constructor'), store.get('prototype'), store.get('ok')]).toEqual([undefined, undefined, 3]);
    for (const key of ['__proto__', 'constructor', 'prototype']) expect(() => store.set(key, 1)).toThrow(TypeError);
    expect(JSON.parse(readFileSync(join(dir, 'x.json'), 'utf8'))).toEqual({ constructor: 1, prototype: 2, ok: 3 });
  });

  test('a deleted key stays deleted after reopening', () => {
    const dir = makeTempDir('dd-kv-');
    const { store } = jsonFileStoreOpener(dir)('history');
    store.set('entries', [1]);
    store.set('other', 2);
    store.delete('entries');
    expect(jsonFileStoreOpener(dir)('history').store.get('entries')).toBeUndefined();
    expect(jsonFileStoreOpener(dir)('history').store.get('other')).toBe(2);
  });

  test('the store file is readable by this user only (it holds the sealed credential)', () => {
    const dir = makeTempDir('dd-kv-');
    jsonFileStoreOpener(dir)('credentials').store.set('credential', { cipherText: 'v1:x' });
    expect(statSync(join(dir, 'credentials.json')).mode & 0o777).toBe(0o600);
  });

  test('resetting a store that was never written makes no backup and does not fail', () => {
    const dir = makeTempDir('dd-kv-');
    const { store } = jsonFileStoreOpener(dir)('settings');
    const backup = store.resetWithBackup();
    expect(existsSync(backup)).toBe(false);
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  test('a write whose final rename fails throws and leaves no temp file behind', () => {
    const dir = makeTempDir('dd-kv-');
    const { store } = jsonFileStoreOpener(dir)('settings');
    store.set('a', 1);
    rmSync(join(dir, 'settings.json'));
    mkdirSync(join(dir, 'settings.json', 'blocker'), { recursive: true });
    expect(() => store.set('a', 2)).toThrow();
    expect(store.get('a')).toBe(1);
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  test('backup names have no colon (Windows forbids it) and carry the time to the millisecond', () => {
    expect(backupPathFor('/data/settings.json', new Date('2026-01-02T03:04:05.006Z'))).toBe('/data/settings.json.corrupt-2026-01-02T03-04-05-006Z');
  });

  test('a FIFO at the store path is moved aside at once instead of blocking start-up', () => {
    const dir = makeTempDir('dd-kv-');
    execFileSync('mkfifo', [join(dir, 'settings.json')]);
    const opened = jsonFileStoreOpener(dir)('settings');
    expect(opened.backupPath).toMatch(/settings\.json\.corrupt-/);
    expect(lstatSync(opened.backupPath!).isFIFO()).toBe(true);
    expect(opened.store.get('settings')).toBeUndefined();
  });

  test('a symbolic link that loops at the store path is moved aside and reported', () => {
    const dir = makeTempDir('dd-kv-');
    symlinkSync(join(dir, 'settings.json'), join(dir, 'settings.json'));
    const opened = jsonFileStoreOpener(dir)('settings');
    expect(opened.backupPath).toMatch(/settings\.json\.corrupt-/);
    opened.store.set('settings', { language: 'ms' });
    expect(jsonFileStoreOpener(dir)('settings').store.get('settings')).toEqual({ language: 'ms' });
  });

  test('if the file turns bad between the check and the open (another instance), it is moved aside once more', () => {
    const dir = makeTempDir('dd-kv-');
    const path = join(dir, 'settings.json');
    writeFileSync(path, '{}');
    let opens = 0;
    const opened = openWithRecovery(path, () => {
      opens += 1;
      if (opens === 1) {
        writeFileSync(path, '[]');
        return new JsonFileStore(path);
      }
      return new JsonFileStore(path);
    });
    expect(opens).toBe(2);
    expect(readFileSync(opened.backupPath!, 'utf8')).toBe('[]');
    expect(existsSync(path)).toBe(false);
  });

  test('other failures of the open are not hidden by the recovery', () => {
    const dir = makeTempDir('dd-kv-');
    const path = join(dir, 'settings.json');
    expect(() => openWithRecovery(path, () => {
      throw new Error('EMFILE');
    })).toThrow('EMFILE');
    expect(() => openWithRecovery(path, () => {
      throw new SyntaxError('vanished');
    })).toThrow('vanished');
  });

  test('a store file holding null, a list or a number is not a store', () => {
    const dir = makeTempDir('dd-kv-');
    for (const content of ['null', '[]', '7']) {
      writeFileSync(join(dir, 'x.json'), content);
      expect(() => new JsonFileStore(join(dir, 'x.json'))).toThrow(SyntaxError);
    }
  });
});

describe('leftover temp files', () => {
  const aged = (path: string, ageMs: number, now: number) => {
    writeFileSync(path, '{"half');
    utimesSync(path, (now - ageMs) / 1000, (now - ageMs) / 1000);
  };

  test("only this store's own temp files, a minute old or more, are deleted", () => {
    const dir = makeTempDir('dd-kv-');
    // Whole seconds, so the file times are exact and the one-minute edge is tested exactly.
    const now = Math.floor(Date.now() / 1000) * 1000;
    aged(join(dir, 'settings.json.1.tmp'), 60_000, now);
    aged(join(dir, 'settings.json.2.tmp'), 59_000, now);
    aged(join(dir, 'credentials.json.3.tmp'), 600_000, now);
    aged(join(dir, 'settings.json.tmpl'), 600_000, now);
    aged(join(dir, 'settings.json.corrupt-2026'), 600_000, now);
    removeLeftoverTempFiles(dir, 'settings.json.', now);
    expect(readdirSync(dir).sort()).toEqual(['credentials.json.3.tmp', 'settings.json.2.tmp', 'settings.json.corrupt-2026', 'settings.json.tmpl']);
  });

  test('opening a store leaves the temp files of other stores alone', () => {
    const dir = makeTempDir('dd-kv-');
    aged(join(dir, 'credentials.json.3.tmp'), 600_000, Date.now());
    jsonFileStoreOpener(dir)('settings');
    expect(existsSync(join(dir, 'credentials.json.3.tmp'))).toBe(true);
  });

  test('a folder that does not exist is fine', () => {
    expect(() => removeLeftoverTempFiles(join(makeTempDir('dd-kv-'), 'missing'))).not.toThrow();
  });
});
