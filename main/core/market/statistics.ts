/**
 * Market figures a dealer prices from: price quartiles of the comparable
 * listings and how long they took to leave the market. Pure functions over
 * the parsed overlay, shared by the screen and the saved appraisal.
 */
import type { MarketLead } from '../domain';

const DAY_MS = 86_400_000;

/** Lowest, quartiles and highest of a list of numbers. */
export interface Quartiles {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Quantile of sorted values by linear interpolation (the method spreadsheets call QUARTILE.INC). */
function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below] as number;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return lower + (upper - lower) * (position - below);
}

/** Quartiles of `values` (non-finite values ignored); null when there is nothing to measure. */
export function quartiles(values: readonly (number | null | undefined)[]): Quartiles | null {
  const sorted = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return {
    min: sorted[0] as number,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1] as number,
  };
}

/**
 * Days on market. `delisted` covers leads with both `listed_at` and
 * `removed_at` (a delisting is not proof of a sale); `active` covers leads
 * still listed, aged to `now`. Leads with unreadable dates are left out.
 */
export interface DaysToSell {
  delisted: { count: number; days: Quartiles | null };
  active: { count: number; ageDays: Quartiles | null };
}

function daysBetween(from: string | null, to: number): number | null {
  const start = from === null ? Number.NaN : Date.parse(from);
  if (!Number.isFinite(start) || !Number.isFinite(to) || to < start) return null;
  return (to - start) / DAY_MS;
}

/** Median and interquartile range of days on market for delisted leads, and the age of the active ones. */
export function daysToSell(leads: readonly Pick<MarketLead, 'listedAt' | 'removedAt'>[], now: Date): DaysToSell {
  const sold: number[] = [];
  const active: number[] = [];
  for (const lead of leads) {
    if (lead.removedAt) {
      const days = daysBetween(lead.listedAt, Date.parse(lead.removedAt));
      if (days !== null) sold.push(days);
    } else {
      const age = daysBetween(lead.listedAt, now.getTime());
      if (age !== null) active.push(age);
    }
  }
  return { delisted: { count: sold.length, days: quartiles(sold) }, active: { count: active.length, ageDays: quartiles(active) } };
}

/** Whole days a lead has been (or was) listed; null when its dates cannot be read. */
export function daysListed(lead: Pick<MarketLead, 'listedAt' | 'removedAt'>, now: Date): number | null {
  const end = lead.removedAt ? Date.parse(lead.removedAt) : now.getTime();
  const days = daysBetween(lead.listedAt, end);
  return days === null ? null : Math.floor(days);
}
