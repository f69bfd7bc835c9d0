/**
 * Vehicle titles seen in search and lookup results, so local history can
 * name a valued vehicle (a valuation request carries only its id). Bounded:
 * the least recently seen titles are dropped first.
 */
import { vehicleTitle } from '../core/domain';
import type { Vehicle } from '../core/domain';

/** How many vehicle titles are remembered for naming history entries. */
const TITLE_CACHE_LIMIT = 500;

/** Remembered titles by vehicle id. */
export class VehicleTitles {
  private readonly titles = new Map<string, string>();

  /** Remembers the titles of `vehicles` (nulls skipped) as the most recently seen. */
  remember(vehicles: ReadonlyArray<Vehicle | null>): void {
    for (const vehicle of vehicles) {
      if (!vehicle) continue;
      this.titles.delete(vehicle.id);
      // As the screens write it, so a history entry names the vehicle as the search did.
      this.titles.set(vehicle.id, vehicleTitle(vehicle));
    }
    for (const oldest of this.titles.keys()) {
      if (this.titles.size <= TITLE_CACHE_LIMIT) break;
      this.titles.delete(oldest);
    }
  }

  /** The remembered title, or a neutral fallback. */
  title(vehicleId: string): string {
    return this.titles.get(vehicleId) ?? `Vehicle ${vehicleId}`;
  }
}
