/**
 * Searches and valuations kept on this workstation, newest first, so a
 * salesperson can reopen today's work even when AutoGrab is unreachable.
 *
 * **One file per entry** (`<dir>/<time>-<seq>-<id>.json`, written to a temp
 * file and renamed). Nothing is ever rewritten as a whole, so:
 * - two writers (a second profile, the test harness next to the app) never
 *   lose each other's entries: each only adds or deletes its own files, and
 *   every read lists the folder again;
 * - one damaged entry is set aside (`<file>.corrupt-<timestamp>`) and
 *   reported; every other entry stays;
 * - a failed write (disk full, no permission) throws before anything else
 *   changes, so the caller can still show the result and say it was not kept.
 *
 * Capped so the folder stays small: the oldest entries beyond the cap are
 * deleted after each save. A history kept by older versions in one
 * key-value store is moved into the folder once.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalHistoryEntry } from '../app-types';
import type { MarketEvidence } from '../market/evidence';
import { marketEvidenceSchema } from '../market/evidence-schema';
import { backupPathFor, removeLeftoverTempFiles } from './key-value-store';
import type { KeyValueStore } from './key-value-store';

/** How many entries are kept. */
export const LOCAL_HISTORY_LIMIT = 200;

/** Searches this close together that extend one another are one typing session. */
export const TYPING_SESSION_MS = 2 * 60 * 1000;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An entry before it is stamped with an id and time. */
export type NewHistoryEntry = DistributiveOmit<LocalHistoryEntry, 'id' | 'savedAt'>;

/** Entry file names sort by time: 15-digit epoch ms, a per-process sequence, the id. */
const ENTRY_FILE = /^\d{15}-\d{9}-[A-Za-z0-9-]{1,64}\.json$/;

/** Orders entries saved in the same millisecond by this process. */
let sequence = 0;

function looksLikeEntry(value: unknown): value is LocalHistoryEntry {
  if (value === null || typeof value !== 'object') return false;
  const entry = value as Record<string, unknown>;
  return (
    (entry.kind === 'search' || entry.kind === 'valuation') &&
    typeof entry.id === 'string' &&
    typeof entry.savedAt === 'string' &&
    (entry.mode === 'demo' || entry.mode === 'live')
  );
}

/** Options of {@link LocalHistory}. */
export interface LocalHistoryOptions {
  /** The folder holding one file per entry. */
  dir: string;
  limit?: number;
  now?: () => Date;
  /** Called with the backup path of each damaged entry set aside. */
  onSetAside?: (backupPath: string) => void;
  /** The single-store history of older versions; its entries are moved into `dir` once. */
  legacy?: KeyValueStore;
}

/** The local history; see the file comment. */
export class LocalHistory {
  /** Path of the copy kept when the old single-store history held something unusable; null otherwise. */
  resetBackupPath: string | null = null;
  private readonly dir: string;
  private readonly limit: number;
  private readonly now: () => Date;

  constructor(private readonly options: LocalHistoryOptions) {
    this.dir = options.dir;
    this.limit = options.limit ?? LOCAL_HISTORY_LIMIT;
    this.now = options.now ?? (() => new Date());
    removeLeftoverTempFiles(this.dir);
    try {
      if (options.legacy) this.migrate(options.legacy);
    } catch {
      // The folder cannot be written (yet): the old store keeps its entries and the move is tried at the next start.
    }
  }

  /** Newest first, at most the cap; damaged entries are set aside as they are found. */
  list(): LocalHistoryEntry[] {
    const entries: LocalHistoryEntry[] = [];
    for (const name of this.entryFiles()) {
      if (entries.length >= this.limit) break;
      const entry = this.read(name);
      if (entry) entries.push(entry);
    }
    return entries;
  }

  /**
   * Records an entry at the top, dropping the oldest beyond the cap. Typeahead
   * searches as the salesperson types ("2019", "2019 my", "2019 myvi") replace
   * one another instead of filling the history with fragments. Throws when
   * the entry cannot be written; nothing else has changed then.
   */
  add(entry: NewHistoryEntry): LocalHistoryEntry {
    const now = this.now();
    const saved = { ...entry, id: randomUUID(), savedAt: now.toISOString() } as LocalHistoryEntry;
    const [newestName] = this.entryFiles();
    const newest = newestName === undefined ? null : this.read(newestName);
    this.write(saved, now);
    if (newestName !== undefined && newest && isSameTypingSession(newest, saved, now)) removeQuietly(join(this.dir, newestName));
    for (const name of this.entryFiles().slice(this.limit)) removeQuietly(join(this.dir, name));
    return saved;
  }

  /**
   * Keeps `market` with the saved valuation `pricingId` (the newest one with
   * that ID), replacing evidence attached before; only that entry's file is
   * rewritten. False when no such valuation is saved (e.g. history was
   * cleared meanwhile).
   */
  attachMarket(pricingId: string, market: MarketEvidence): boolean {
    for (const name of this.entryFiles()) {
      const entry = this.read(name);
      if (entry?.kind !== 'valuation' || entry.valuation.prediction.id !== pricingId) continue;
      this.writeAt(join(this.dir, name), { ...entry, market });
      return true;
    }
    return false;
  }

  /** Deletes everything; returns how many entries there were. */
  clear(): number {
    const names = this.entryFiles();
    for (const name of names) unlinkSync(join(this.dir, name));
    return names.length;
  }

  /** Entry file names, newest first; none when the folder does not exist yet. */
  private entryFiles(): string[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names.filter((name) => ENTRY_FILE.test(name)).sort().reverse();
  }

  /** One entry; a damaged file is moved aside and reported, and reads as null. */
  private read(name: string): LocalHistoryEntry | null {
    const path = join(this.dir, name);
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      // Deleted by the other writer in the meantime: simply gone.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      value = undefined;
    }
    if (looksLikeEntry(value)) return withUsableMarket(value);
    const backupPath = backupPathFor(path);
    try {
      renameSync(path, backupPath);
    } catch {
      return null;
    }
    this.options.onSetAside?.(backupPath);
    return null;
  }

  private write(entry: LocalHistoryEntry, at: Date): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    sequence = (sequence + 1) % 1e9;
    const name = `${String(at.getTime()).padStart(15, '0')}-${String(sequence).padStart(9, '0')}-${entry.id}.json`;
    this.writeAt(join(this.dir, name), entry);
  }

  /** Writes one entry file whole (temp file, then rename), so a reader never sees half of it. */
  private writeAt(path: string, entry: LocalHistoryEntry): void {
    const temp = `${path}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
      renameSync(temp, path);
    } catch (error) {
      removeQuietly(temp);
      throw error;
    }
  }

  /**
   * Moves the entries of the old single-store history into the folder (oldest
   * first, so the order is kept). Anything unusable in it is kept in a copy of
   * the old file (`resetBackupPath`), never silently dropped.
   */
  private migrate(legacy: KeyValueStore): void {
    const stored = legacy.get('entries');
    if (stored === undefined) return;
    const entries = Array.isArray(stored) ? (stored as unknown[]) : [];
    let unusable = !Array.isArray(stored);
    for (const entry of [...entries].reverse()) {
      if (!looksLikeEntry(entry) || !/^[A-Za-z0-9-]{1,64}$/.test(entry.id)) {
        unusable = true;
        continue;
      }
      const savedAt = Date.parse(entry.savedAt);
      this.write(entry, new Date(Number.isNaN(savedAt) ? 0 : savedAt));
    }
    if (unusable) this.resetBackupPath = legacy.resetWithBackup();
    else legacy.delete('entries');
  }
}

/** The entry, without its market evidence if that no longer reads as evidence (a hand-edited or damaged file); the valuation itself stays. */
function withUsableMarket(entry: LocalHistoryEntry): LocalHistoryEntry {
  if (entry.kind !== 'valuation' || entry.market === undefined || marketEvidenceSchema.safeParse(entry.market).success) return entry;
  const { market: _damaged, ...rest } = entry;
  return rest;
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone (the other writer, or never written): nothing to do.
  }
}

/** Whether `next` continues the search `previous` (one query extends the other, moments apart). */
function isSameTypingSession(previous: LocalHistoryEntry, next: LocalHistoryEntry, now: Date): boolean {
  if (previous.kind !== 'search' || next.kind !== 'search' || previous.mode !== next.mode) return false;
  if (now.getTime() - Date.parse(previous.savedAt) > TYPING_SESSION_MS) return false;
  const before = previous.query.trim().toLowerCase();
  const after = next.query.trim().toLowerCase();
  return after.startsWith(before) || before.startsWith(after);
}
