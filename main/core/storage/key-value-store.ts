/**
 * The key-value port behind settings, the credential vault and local history,
 * plus its plain-Node implementation (one JSON file per store).
 *
 * In the packaged app the same port is backed by electron-store
 * (main/adapters/electron-store-kv.ts); tests and the Chromium harness use the
 * JSON-file store here. Both share {@link openWithRecovery}, so a corrupt file
 * is handled the same way everywhere: moved aside, never silently dropped.
 */
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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

/** A temp file younger than this may belong to a write in progress (another instance); older ones were interrupted. */
const LEFTOVER_TEMP_AGE_MS = 60_000;

/**
 * Deletes temp files that an interrupted write left in `dir` (ours:
 * `<file>.<pid>.tmp`; electron-store's: `<file>.tmp-<suffix>`), only those
 * whose name starts with `prefix` and that are old enough not to be a write in
 * progress. A missing folder is fine.
 */
export function removeLeftoverTempFiles(dir: string, prefix = '', now: number = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !/\.tmp(-[^/\\]*)?$/.test(name)) continue;
    const path = join(dir, name);
    try {
      if (now - lstatSync(path).mtimeMs >= LEFTOVER_TEMP_AGE_MS) unlinkSync(path);
    } catch {
      // Gone already, or not ours to delete: leave it.
    }
  }
}

/**
 * Why the store file cannot be used as it is, without blocking on it: a
 * folder, a FIFO or device (never opened), a file that cannot be read, or
 * content that is not one JSON object (`[]` included, which electron-store
 * would silently treat as empty). Null when the file is fine or missing.
 */
function unusableStoreFile(filePath: string): string | null {
  let stats;
  try {
    stats = statSync(filePath);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : 'unreadable';
  }
  if (!stats.isFile()) return stats.isDirectory() ? 'directory' : 'not a regular file';
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch (error) {
    return error instanceof SyntaxError ? 'not JSON' : 'unreadable';
  }
  return parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) ? 'not a JSON object' : null;
}

/**
 * Opens a store with `open`. Leftover temp files of the store are deleted
 * first; a store file that is unusable (see {@link unusableStoreFile}) is
 * moved aside (`backupPath`, for the notice) and an empty store is opened,
 * so the app always starts.
 */
export function openWithRecovery(filePath: string, open: () => KeyValueStore): OpenedStore {
  removeLeftoverTempFiles(dirname(filePath), `${basename(filePath)}.`);
  let backupPath: string | null = null;
  if (unusableStoreFile(filePath) !== null) {
    backupPath = backupPathFor(filePath);
    renameSync(filePath, backupPath);
  }
  try {
    return { store: open(), backupPath };
  } catch (error) {
    // Changed between the check and the open (another instance): the same recovery once more.
    if (!(error instanceof SyntaxError) || !existsSync(filePath)) throw error;
    backupPath = backupPathFor(filePath);
    renameSync(filePath, backupPath);
    return { store: open(), backupPath };
  }
}

/** Keys that must never become properties of a parsed store object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A JSON-file store. Reads once, keeps the data in memory, and writes the
 * whole file atomically (temp file + rename) on every change so a crash never
 * leaves half a file. Memory changes only once the write has succeeded: a
 * failed write (disk full, no permission) throws and leaves both as they were.
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
    const next = Object.assign(Object.create(null) as Record<string, unknown>, this.data);
    next[key] = value;
    this.commit(next);
  }

  delete(key: string): void {
    const next = Object.assign(Object.create(null) as Record<string, unknown>, this.data);
    delete next[key];
    this.commit(next);
  }

  resetWithBackup(): string {
    const backupPath = backupPathFor(this.filePath);
    if (existsSync(this.filePath)) copyFileSync(this.filePath, backupPath);
    this.commit(Object.create(null) as Record<string, unknown>);
    return backupPath;
  }

  /** Writes `next` to disk, then (only then) makes it the data in memory. */
  private commit(next: Record<string, unknown>): void {
    mkdirSync(dirname(this.filePath), { recursive: true });
    const temp = `${this.filePath}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
      renameSync(temp, this.filePath);
    } catch (error) {
      try {
        unlinkSync(temp);
      } catch {
        // Never created.
      }
      throw error;
    }
    this.data = next;
  }
}

/** Opens `<dataDir>/<name>.json` stores with corrupt-file recovery. */
export function jsonFileStoreOpener(dataDir: string): StoreOpener {
  return (name) => {
    const filePath = join(dataDir, `${name}.json`);
    return openWithRecovery(filePath, () => new JsonFileStore(filePath));
  };
}
