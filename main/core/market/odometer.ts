/**
 * The odometer check against a car's own listing history. A reading lower
 * than one the same car was advertised with earlier is the trace odometer
 * rollback leaves, a known fraud in the used-car trade, so the valuation
 * screen shows it prominently with both readings and dates.
 */
import type { VehicleHistoryEvent } from '../domain';

/** The earlier, higher reading that contradicts the one entered. */
export interface OdometerConflict {
  /** The reading entered for this valuation, km. */
  enteredKms: number;
  /** The highest earlier reading, km. */
  listedKms: number;
  /** When the car was advertised with it (ISO time). */
  listedAt: string;
  marketplace: string | null;
}

/**
 * The highest earlier listing odometer above `enteredKms`, or null when the
 * entered reading is consistent (or unknown). Events after `asOf` (the
 * valuation time) are not "earlier" and are ignored.
 */
export function odometerConflict(enteredKms: number | null | undefined, events: readonly VehicleHistoryEvent[], asOf: Date): OdometerConflict | null {
  if (typeof enteredKms !== 'number' || !Number.isFinite(enteredKms)) return null;
  let worst: OdometerConflict | null = null;
  for (const event of events) {
    if (event.odometer === null || event.timestamp === null) continue;
    const at = Date.parse(event.timestamp);
    if (!Number.isFinite(at) || at > asOf.getTime() || event.odometer <= enteredKms) continue;
    if (!worst || event.odometer > worst.listedKms) {
      worst = { enteredKms, listedKms: event.odometer, listedAt: event.timestamp, marketplace: event.marketplace };
    }
  }
  return worst;
}
