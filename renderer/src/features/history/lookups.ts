/**
 * The workstation's saved searches as the History screen lists them. Main
 * merges a typing session into one entry, but valuing the same plate twice
 * records the search twice (a valuation sits between them); shown as two
 * identical lines they read like a fault, so same-minute repeats fold into one.
 */
import type { LocalHistoryEntry } from '../../../../preload/contract';

type SearchEntry = Extract<LocalHistoryEntry, { kind: 'search' }>;

/** One line of the list: the newest entry of a run of identical lookups and how many there were. */
export interface LookupLine {
  entry: SearchEntry;
  count: number;
}

function sameLookup(a: SearchEntry, b: SearchEntry): boolean {
  return (
    a.query.trim().toLowerCase() === b.query.trim().toLowerCase() &&
    a.mode === b.mode &&
    (a.vehicle?.id ?? null) === (b.vehicle?.id ?? null) &&
    // Same minute as shown: the stamp is printed to the minute, so a fold never hides a difference on screen.
    a.savedAt.slice(0, 16) === b.savedAt.slice(0, 16)
  );
}

/** Saved searches, newest first as given, with identical lookups in the same minute folded into one line. */
export function lookupLines(entries: readonly LocalHistoryEntry[]): LookupLine[] {
  const lines: LookupLine[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'search') continue;
    const last = lines.at(-1);
    if (last && sameLookup(last.entry, entry)) last.count += 1;
    else lines.push({ entry, count: 1 });
  }
  return lines;
}
