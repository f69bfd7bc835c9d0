/**
 * The last market results main fetched per vehicle, so a saved valuation can
 * keep exactly the evidence that was on screen, built from main's own data
 * (the renderer only names the valuation and the vehicle). Small and in
 * memory: only the vehicles of the current session matter.
 */
import type { MarketOverlayResult, VehicleHistoryEvent } from '../domain';
import { buildMarketEvidence } from './evidence';
import type { MarketControls, MarketEvidence } from './evidence';

/** Vehicles remembered; older ones are forgotten first. */
const CACHE_LIMIT = 20;

type OverlayFigures = Pick<MarketOverlayResult, 'sampleSize' | 'daysChecked' | 'leads'>;

interface Entry {
  overlay?: { controls: MarketControls; result: OverlayFigures; fetchedAt: Date };
  history?: { events: readonly VehicleHistoryEvent[]; fetchedAt: Date };
}

/** Last overlay and history per vehicle ID. */
export class MarketEvidenceCache {
  private readonly entries = new Map<string, Entry>();

  /** Remembers the overlay just shown for `vehicleId` (replacing the previous one). */
  noteOverlay(vehicleId: string, controls: MarketControls, result: OverlayFigures, fetchedAt: Date): void {
    this.update(vehicleId, { overlay: { controls, result, fetchedAt } });
  }

  /** Remembers the car's own history just shown for `vehicleId`. */
  noteHistory(vehicleId: string, events: readonly VehicleHistoryEvent[], fetchedAt: Date): void {
    this.update(vehicleId, { history: { events, fetchedAt } });
  }

  /** The evidence for `vehicleId`, or null when no overlay was fetched for it. */
  evidenceFor(vehicleId: string): MarketEvidence | null {
    const entry = this.entries.get(vehicleId);
    if (!entry?.overlay) return null;
    return buildMarketEvidence({
      vehicleId,
      controls: entry.overlay.controls,
      overlay: entry.overlay.result,
      fetchedAt: entry.overlay.fetchedAt,
      history: entry.history ? { fetchedAt: entry.history.fetchedAt, events: entry.history.events } : null,
    });
  }

  private update(vehicleId: string, change: Entry): void {
    const entry = { ...this.entries.get(vehicleId), ...change };
    this.entries.delete(vehicleId);
    this.entries.set(vehicleId, entry);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= CACHE_LIMIT) break;
      this.entries.delete(oldest);
    }
  }
}
