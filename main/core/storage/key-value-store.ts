/**
 * The key-value port behind settings, the credential vault and local history,
 * plus its plain-Node implementation (one JSON file per store).
 *
 * In the packaged app the same port is backed by electron-store
 * (main/adapters/electron-store-kv.ts); tests and the Chromium harness use the
 * JSON-file store here. Both share {@link openWithRecovery}, so a corrupt file
 * is handled the same way everywhere: moved aside, never silently dropped.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, copyFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A small synchronous key-value store holding JSON values. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  /**
   * Copies the file aside (`<file>.corrupt-<timestamp>`) and empties the store.
   * Used when the file parses but its content is unusable (hand-edited).
   * Returns the backup path.
   */
  resetWithBackup(): string;
}

/** A store as opened: `backupPath` is set when the file was unreadable and has been moved aside. */
export interface OpenedStore {
  store: KeyValueStore;
  backupPath: string | null;
}

/** Opens the named store (`settings`, `credentials`, `history`). */
export type StoreOpener = (name: string) => OpenedStore;

/** Where a corrupt file is moved: next to it, stamped so backups never overwrite each other. */
export function backupPathFor(filePath: string, now: Date = new Date()): string {
  return `${filePath}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
}

/**
 * Opens a store with `open`; if that throws because the file is not valid
 * JSON, moves the file aside and opens an empty store instead.
 */
export function openWithRecovery(filePath: string, open: () => KeyValueStore): OpenedStore {
  try {
    return { store: open(), backupPath: null };
  } catch (error) {
    if (!(error instanceof SyntaxError) || !existsSync(filePath)) throw error;
    const backupPath = backupPathFor(filePath);
    renameSync(filePath, backupPath);
    return { store: open(), backupPath };
  }
}

/** Keys that must never become properties of a parsed store object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A JSON-file store. Reads once, keeps the data in memory, and writes the
 * whole file atomically (temp file + rename) on every change so a crash never
 * leaves half a file.
 */
export class JsonFileStore implements KeyValueStore {
  private data: Record<string, unknown>;

  constructor(private readonly filePath: string) {
    this.data = JsonFileStore.read(filePath);
  }

  private static read(filePath: string): Record<string, unknown> {
    if (!existsSync(filePath)) return Object.create(null) as Record<string, unknown>;
    const parsed: unknown = JSON.parse(readFileSync(filePath, 'utf8'));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new SyntaxError('Store file does not hold a JSON object');
    }
    const data = Object.create(null) as Record<string, unknown>;
    for (const [key, value] of Object.entries(parsed)) if (!FORBIDDEN_KEYS.has(key)) data[key] = value;
    return data;
  }

  get(key: string): unknown {
    return this.data[key];
  }

  set(key: string, value: unknown): void {
    if (FORBIDDEN_KEYS.has(key)) throw new TypeError('Reserved key');
    this.data[key] = value;
    this.flush();
  }

  delete(key: string): void {
    delete this.data[key];
    this.flush();
  }

  resetWithBackup(): string {
    const backupPath = backupPathFor(this.filePath);
    if (existsSync(this.filePath)) copyFileSync(this.filePath, backupPath);
    this.data = Object.create(null) as Record<string, unknown>;
    this.flush();
    return backupPath;
  }

  private flush(): void {
    mkdirSync(dirname(this.filePath), { recursive: true });
    const temp = `${this.filePath}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(this.data, null, 2)}\n`, { mode: 0o600 });
    renameSync(temp, this.filePath);
  }
}

/** Opens `<dataDir>/<name>.json` stores with corrupt-file recovery. */
export function jsonFileStoreOpener(dataDir: string): StoreOpener {
  return (name) => {
    const filePath = join(dataDir, `${name}.json`);
    return openWithRecovery(filePath, () => new JsonFileStore(filePath));
  };
}
