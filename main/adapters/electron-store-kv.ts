/**
 * {@link StoreOpener} over electron-store (11.x: the last line that runs on
 * Node 20). electron-store gives atomic writes and the userData location; it
 * holds non-secrets and the credential's ciphertext only: its own
 * `encryptionKey` is "not intended for security purposes" (its readme).
 * A file that is not valid JSON is moved aside by {@link openWithRecovery}.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import ElectronStore from 'electron-store';
import { backupPathFor, openWithRecovery } from '../core/storage/key-value-store';
import type { KeyValueStore, StoreOpener } from '../core/storage/key-value-store';

/** Wraps one electron-store file. */
class ElectronStoreKv implements KeyValueStore {
  constructor(private readonly store: ElectronStore<Record<string, unknown>>) {}
  get(key: string): unknown {
    return this.store.get(key);
  }
  set(key: string, value: unknown): void {
    this.store.set(key, value);
  }
  delete(key: string): void {
    this.store.delete(key);
  }
  resetWithBackup(): string {
    const backupPath = backupPathFor(this.store.path);
    if (existsSync(this.store.path)) copyFileSync(this.store.path, backupPath);
    this.store.clear();
    return backupPath;
  }
}

/** Opens `<cwd>/<name>.json` through electron-store. */
export function electronStoreOpener(cwd: string): StoreOpener {
  return (name) => {
    const open = () =>
      new ElectronStoreKv(new ElectronStore<Record<string, unknown>>({ name, cwd, clearInvalidConfig: false, accessPropertiesByDotNotation: false }));
    return openWithRecovery(join(cwd, `${name}.json`), open);
  };
}
