/**
 * The short reference printed on paper instead of a UUID: `DD-<year>-<6 digits>`,
 * numbered per year on this workstation (`DD-2026-000123`).
 */

/** Where the numbering stands: the year and the last number given out in it. */
export interface ReferenceCounter {
  year: number;
  last: number;
}

const REFERENCE_PATTERN = /^DD-(\d{4})-(\d{6})$/;

/** Formats a reference. */
export function formatReference(year: number, number: number): string {
  return `DD-${year}-${String(number).padStart(6, '0')}`;
}

/** Whether `text` is a reference in the printed form. */
export function isReference(text: string): boolean {
  return REFERENCE_PATTERN.test(text);
}

/**
 * The next reference after `counter` for a record made at `now` (local year:
 * the dealership's calendar, not UTC). A new year starts again at 000001.
 */
export function nextReference(counter: ReferenceCounter | null, now: Date): { reference: string; counter: ReferenceCounter } {
  const year = now.getFullYear();
  const last = counter !== null && counter.year === year ? counter.last : 0;
  const next = { year, last: last + 1 };
  return { reference: formatReference(year, next.last), counter: next };
}
