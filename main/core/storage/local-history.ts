/**
 * Searches and valuations kept on this workstation, newest first, so a
 * salesperson can reopen today's work even when AutoGrab is unreachable.
 * Capped so the file stays small; an unusable file is backed up and reset.
 */
import { randomUUID } from 'node:crypto';
import type { LocalHistoryEntry } from '../app-types';
import type { KeyValueStore } from './key-value-store';

/** How many entries are kept. */
export const LOCAL_HISTORY_LIMIT = 200;

/** Searches this close together that extend one another are one typing session. */
export const TYPING_SESSION_MS = 2 * 60 * 1000;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An entry before it is stamped with an id and time. */
export type NewHistoryEntry = DistributiveOmit<LocalHistoryEntry, 'id' | 'savedAt'>;

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

/** The local history store. */
export class LocalHistory {
  /** Path of the backup when the stored history was unusable and has been reset; null otherwise. */
  readonly resetBackupPath: string | null;
  private entries: LocalHistoryEntry[];

  constructor(
    private readonly store: KeyValueStore,
    private readonly limit: number = LOCAL_HISTORY_LIMIT,
    private readonly now: () => Date = () => new Date(),
  ) {
    const stored = store.get('entries') ?? [];
    if (Array.isArray(stored) && stored.every(looksLikeEntry)) {
      this.entries = stored;
      this.resetBackupPath = null;
    } else {
      this.resetBackupPath = store.resetWithBackup();
      this.entries = [];
    }
  }

  /** Newest first. */
  list(): LocalHistoryEntry[] {
    return [...this.entries];
  }

  /**
   * Records an entry at the top, dropping the oldest beyond the cap. Typeahead
   * searches as the salesperson types ("2019", "2019 my", "2019 myvi") replace
   * one another instead of filling the history with fragments.
   */
  add(entry: NewHistoryEntry): LocalHistoryEntry {
    const now = this.now();
    const saved = { ...entry, id: randomUUID(), savedAt: now.toISOString() } as LocalHistoryEntry;
    const newest = this.entries[0];
    const sameSession = newest !== undefined && isSameTypingSession(newest, saved, now);
    this.entries = [saved, ...this.entries.slice(sameSession ? 1 : 0)].slice(0, this.limit);
    this.store.set('entries', this.entries);
    return saved;
  }

  /** Deletes everything; returns how many entries there were. */
  clear(): number {
    const count = this.entries.length;
    this.entries = [];
    this.store.set('entries', this.entries);
    return count;
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
