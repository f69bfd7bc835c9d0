/**
 * The market evidence a saved appraisal keeps: what the salesperson saw
 * beside the valuation (sample, price quartiles, days to sell, the leads
 * without images, the car's own listing events), stamped with when it was
 * fetched, so it can be shown again offline exactly as it was.
 */
import type { MarketLead, MarketOverlayResult, VehicleHistoryEvent } from '../domain';
import { daysToSell, quartiles } from './statistics';
import type { DaysToSell, Quartiles } from './statistics';

/** The overlay controls, each mapped to its documented parameter. */
export interface MarketControls {
  /** `minimum_days` */
  minimumDays: number;
  /** `include_adjacent_years` */
  includeAdjacentYears: boolean;
  /** `exclude_outliers` */
  excludeOutliers: boolean;
  /** `exclude_all_delisted` ("only active") */
  excludeAllDelisted: boolean;
  /** `include_all_active` ("every active listing") */
  includeAllActive: boolean;
}

/** AutoGrab's default window and no filters. */
export const DEFAULT_MARKET_CONTROLS: Readonly<MarketControls> = Object.freeze({
  minimumDays: 60,
  includeAdjacentYears: false,
  excludeOutliers: false,
  excludeAllDelisted: false,
  includeAllActive: false,
});

/** A lead as kept in a saved appraisal: no image address. */
export type EvidenceLead = Omit<MarketLead, 'coverImage'>;

/** Most leads and history events a saved appraisal keeps (AutoGrab samples are far smaller). */
export const MAX_EVIDENCE_ITEMS = 300;

/** The market evidence attached to a saved valuation. */
export interface MarketEvidence {
  /** When the market overlay was fetched (ISO time). */
  fetchedAt: string;
  vehicleId: string;
  controls: MarketControls;
  sampleSize: number | null;
  daysChecked: number | null;
  priceQuartiles: Quartiles | null;
  daysToSell: DaysToSell;
  leads: EvidenceLead[];
  /** The car's own listing history, when it had been fetched. */
  history: { fetchedAt: string; events: VehicleHistoryEvent[] } | null;
}

/** Builds the evidence from what the market panel showed. */
export function buildMarketEvidence(input: {
  vehicleId: string;
  controls: MarketControls;
  overlay: Pick<MarketOverlayResult, 'sampleSize' | 'daysChecked' | 'leads'>;
  fetchedAt: Date;
  history: { fetchedAt: Date; events: readonly VehicleHistoryEvent[] } | null;
}): MarketEvidence {
  const leads = input.overlay.leads.slice(0, MAX_EVIDENCE_ITEMS).map(({ coverImage: _image, ...lead }) => lead);
  return {
    fetchedAt: input.fetchedAt.toISOString(),
    vehicleId: input.vehicleId,
    controls: { ...input.controls },
    sampleSize: input.overlay.sampleSize,
    daysChecked: input.overlay.daysChecked,
    priceQuartiles: quartiles(leads.map((lead) => lead.price)),
    daysToSell: daysToSell(leads, input.fetchedAt),
    leads,
    history: input.history ? { fetchedAt: input.history.fetchedAt.toISOString(), events: input.history.events.slice(0, MAX_EVIDENCE_ITEMS) } : null,
  };
}
