/**
 * AutoGrab's history list keeps every priced request, and valuing a car
 * prices it twice: `predict` at the condition the salesperson chose, and
 * `predict/conditions` (the value at every condition), which AutoGrab records
 * as its own prediction at the default (excellent) condition. Both leave at
 * once, for the same vehicle and kms, so the list showed two rows per
 * valuation with different trade prices. This keeps one row per valuation.
 */
import type { Prediction } from '../../../preload/contract';

/**
 * Two records this close together, for the same vehicle and kms, are one
 * valuation. Both requests leave at once; the gap only grows when one of them
 * waits for a token renewal or a retry.
 */
export const SAME_VALUATION_WINDOW_MS = 30_000;

function timeOf(prediction: Prediction): number | null {
  if (prediction.createdAt === null) return null;
  const ms = Date.parse(prediction.createdAt);
  return Number.isNaN(ms) ? null : ms;
}

function sameValuation(a: Prediction, b: Prediction): boolean {
  const [at, bt] = [timeOf(a), timeOf(b)];
  return at !== null && bt !== null && a.vehicleId === b.vehicleId && a.kms === b.kms && Math.abs(at - bt) <= SAME_VALUATION_WINDOW_MS;
}

/**
 * The row to keep of a pair: the one this workstation saved (its pricing id
 * reopens the valuation the salesperson saw), else the lower trade price (the
 * conditions record is priced at excellent, the highest trade price).
 */
function keeperOf(a: Prediction, b: Prediction, known: ReadonlySet<string>): Prediction {
  if (known.has(a.id) !== known.has(b.id)) return known.has(a.id) ? a : b;
  return b.tradePrice < a.tradePrice ? b : a;
}

/**
 * One prediction per valuation, in the list's order. Records pair at most two
 * to a valuation, so a car valued again a moment later keeps its own row.
 * `known` holds the pricing ids this workstation saved.
 */
export function onePerValuation(predictions: readonly Prediction[], known: ReadonlySet<string>): Prediction[] {
  const groups: Prediction[][] = [];
  for (const prediction of predictions) {
    const partner = groups.find((group) => group.length === 1 && sameValuation(group[0]!, prediction));
    if (partner) partner.push(prediction);
    else groups.push([prediction]);
  }
  return groups.map(([first, second]) => (second ? keeperOf(first!, second, known) : first!));
}
