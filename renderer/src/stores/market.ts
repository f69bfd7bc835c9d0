/**
 * The market beside the valuation: comparable listings under the dealer's
 * controls, the car's own listing history, and the asking-price check. The
 * overlay and history are requested together, in parallel with the valuation
 * ({@link MarketState.load} is the one place the fan-out happens, so it can
 * be tuned). A saved appraisal reopened from history shows its stored
 * evidence instead, with no request at all.
 */
import { create } from 'zustand';
import type {
  AppError,
  GaugeResult,
  MarketControls,
  MarketEvidence,
  MarketOverlayResult,
  Vehicle,
  VehicleHistoryEvent,
  VehicleHistoryRequest,
} from '../../../preload/contract';
import { DEFAULT_MARKET_CONTROLS } from '../../../main/core/market/evidence';
import { parseListingLink } from '../../../main/core/market/marketplaces';
import type { ListingLinkProblem } from '../../../main/core/market/marketplaces';
import { api, toAppErrorValue, unwrap } from '../bridge';
import { useAppStore } from './app';

/** How the vehicle on screen was found: the identifiers its history is looked up with. */
export interface KnownIdentifiers {
  vin?: string | null;
  plate?: string | null;
}

/** One part of the market panel. */
export interface MarketPart<T> {
  status: 'idle' | 'loading' | 'done' | 'error';
  data: T | null;
  error: AppError | null;
  /** When the data was fetched (ISO time). */
  fetchedAt: string | null;
}

/** What the market panel shows, whether live or from a saved appraisal. */
export type MarketOverlayView = Pick<MarketOverlayResult, 'sampleSize' | 'daysChecked' | 'leads'>;

/** The asking-price check. */
export interface PriceCheck {
  status: 'idle' | 'loading' | 'done' | 'error';
  /** What the check was for: the vehicle on screen, or a pasted listing. */
  source: 'vehicle' | 'link' | null;
  result: GaugeResult | null;
  error: AppError | null;
  /** Why a pasted link could not be read (nothing was sent). */
  linkProblem: ListingLinkProblem | null;
  /** AutoGrab does not know the pasted listing: offer the manual check. */
  listingUnknown: boolean;
  /** Typed input problem (price or kms), checked before sending. */
  inputProblem: 'price' | 'kms' | null;
}

/** State and actions of {@link useMarketStore}. */
export interface MarketState {
  vehicleId: string | null;
  controls: MarketControls;
  overlay: MarketPart<MarketOverlayView>;
  history: MarketPart<{ events: VehicleHistoryEvent[] }>;
  /** Set when the panel shows a saved appraisal's evidence (offline, no requests). */
  saved: MarketEvidence | null;
  priceCheck: PriceCheck;
  /** Requests the overlay and the car's history for `vehicle`, in parallel. */
  load(vehicle: Vehicle, known: KnownIdentifiers | null): Promise<void>;
  /** Changes the overlay controls and asks again (overlay only). */
  setControls(change: Partial<MarketControls>): Promise<void>;
  /** Keeps what the panel shows with the saved valuation `pricingId`, now and whenever a part arrives later. */
  keepWithValuation(pricingId: string): void;
  /** Shows a saved appraisal's evidence, or nothing when it has none. */
  showSaved(evidence: MarketEvidence | null): void;
  /** "Check a price": by the vehicle on screen, or by a pasted listing link when one is given. `kms` is already parsed (NaN when unreadable). */
  checkPrice(input: { vehicleId: string; price: string; kms: number | undefined; link?: string }): Promise<void>;
  reset(): void;
}

const idlePart = { status: 'idle', data: null, error: null, fetchedAt: null } as const;
const idleCheck: PriceCheck = { status: 'idle', source: null, result: null, error: null, linkProblem: null, listingUnknown: false, inputProblem: null };

/** Identifiers for the history look-up: every one we have, make and model exactly as AutoGrab spelled them. */
export function historyRequestFor(vehicle: Vehicle, match: KnownIdentifiers | null): VehicleHistoryRequest {
  const request: VehicleHistoryRequest = { vehicleId: vehicle.id };
  if (match?.vin) request.vin = match.vin;
  if (match?.plate) request.registrationPlate = match.plate;
  if (typeof vehicle.year === 'number') request.year = vehicle.year;
  if (vehicle.make) request.make = vehicle.make;
  if (vehicle.model) request.model = vehicle.model;
  return request;
}

/** A price typed with or without "RM", commas or spaces; NaN when it is not a positive amount. */
export function parsePrice(text: string): number {
  const cleaned = text.replace(/^\s*(rm|a?\$)\s*/i, '').replace(/[\s,]/g, '');
  return /^\d{1,9}(\.\d{1,2})?$/.test(cleaned) && Number(cleaned) > 0 ? Number(cleaned) : Number.NaN;
}

/** The market store. */
export const useMarketStore = create<MarketState>()((set, get) => {
  /** Bumped whenever the vehicle or the saved view changes, so late answers for another car are dropped. */
  let generation = 0;
  let overlayRequest = 0;
  let checkRequest = 0;
  let pricingId: string | null = null;

  const saveEvidence = () => {
    const { vehicleId, overlay, saved } = get();
    if (pricingId === null || vehicleId === null || saved !== null || overlay.status !== 'done') return;
    // Best effort: the valuation itself is already saved; a failure here only loses the market beside it.
    void unwrap(api().market.saveEvidence({ pricingId, vehicleId })).catch(() => undefined);
  };

  const fetchOverlay = async (vehicleId: string, controls: MarketControls, myGeneration: number) => {
    const myRequest = ++overlayRequest;
    set({ overlay: { status: 'loading', data: null, error: null, fetchedAt: null } });
    try {
      const data = await unwrap(api().market.overlay({ vehicleId, controls }));
      if (myGeneration !== generation || myRequest !== overlayRequest) return;
      set({ overlay: { status: 'done', data, error: null, fetchedAt: new Date().toISOString() } });
      saveEvidence();
    } catch (error) {
      if (myGeneration !== generation || myRequest !== overlayRequest) return;
      set({ overlay: { status: 'error', data: null, error: toAppErrorValue(error), fetchedAt: null } });
    }
  };

  const fetchHistory = async (request: VehicleHistoryRequest, myGeneration: number) => {
    set({ history: { status: 'loading', data: null, error: null, fetchedAt: null } });
    try {
      const { events } = await unwrap(api().market.vehicleHistory(request));
      if (myGeneration !== generation) return;
      set({ history: { status: 'done', data: { events }, error: null, fetchedAt: new Date().toISOString() } });
      saveEvidence();
    } catch (error) {
      if (myGeneration !== generation) return;
      set({ history: { status: 'error', data: null, error: toAppErrorValue(error), fetchedAt: null } });
    }
  };

  return {
    vehicleId: null,
    controls: { ...DEFAULT_MARKET_CONTROLS },
    overlay: idlePart,
    history: idlePart,
    saved: null,
    priceCheck: idleCheck,

    async load(vehicle, known) {
      const myGeneration = ++generation;
      pricingId = null;
      const sameVehicle = get().vehicleId === vehicle.id;
      set({ vehicleId: vehicle.id, saved: null, ...(sameVehicle ? {} : { controls: { ...DEFAULT_MARKET_CONTROLS }, priceCheck: idleCheck }) });
      await Promise.all([fetchOverlay(vehicle.id, get().controls, myGeneration), fetchHistory(historyRequestFor(vehicle, known), myGeneration)]);
    },

    async setControls(change) {
      const { vehicleId, saved } = get();
      const controls = { ...get().controls, ...change };
      set({ controls });
      if (vehicleId === null || saved !== null) return;
      await fetchOverlay(vehicleId, controls, generation);
    },

    keepWithValuation(id) {
      pricingId = id;
      saveEvidence();
    },

    showSaved(evidence) {
      generation++;
      pricingId = null;
      if (!evidence) {
        set({ vehicleId: null, saved: null, overlay: idlePart, history: idlePart, priceCheck: idleCheck });
        return;
      }
      set({
        vehicleId: evidence.vehicleId,
        saved: evidence,
        controls: { ...evidence.controls },
        overlay: { status: 'done', data: { sampleSize: evidence.sampleSize, daysChecked: evidence.daysChecked, leads: evidence.leads.map((lead) => ({ ...lead, coverImage: null })) }, error: null, fetchedAt: evidence.fetchedAt },
        history: evidence.history ? { status: 'done', data: { events: evidence.history.events }, error: null, fetchedAt: evidence.history.fetchedAt } : idlePart,
        priceCheck: idleCheck,
      });
    },

    async checkPrice({ vehicleId, price, kms, link }) {
      const listingPrice = parsePrice(price);
      const odometer = kms;
      if (Number.isNaN(listingPrice)) return set({ priceCheck: { ...idleCheck, status: 'error', inputProblem: 'price' } });
      if (odometer === undefined || Number.isNaN(odometer)) return set({ priceCheck: { ...idleCheck, status: 'error', inputProblem: 'kms' } });
      const base = { odometer, listingPrice };
      let request;
      let source: PriceCheck['source'];
      if (link !== undefined && link.trim() !== '') {
        const region = useAppStore.getState().status?.settings.region;
        const parsed = parseListingLink(link, region);
        if (!parsed.ok) return set({ priceCheck: { ...idleCheck, status: 'error', source: 'link', linkProblem: parsed.problem } });
        request = { ...base, marketplace: parsed.marketplace, marketplaceId: parsed.marketplaceId };
        source = 'link';
      } else {
        request = { ...base, vehicleId };
        source = 'vehicle';
      }
      const myRequest = ++checkRequest;
      set({ priceCheck: { ...idleCheck, status: 'loading', source } });
      try {
        const result = await unwrap(api().market.gauge(request));
        if (myRequest !== checkRequest) return;
        set({ priceCheck: { ...idleCheck, status: 'done', source, result } });
      } catch (error) {
        if (myRequest !== checkRequest) return;
        const appError = toAppErrorValue(error);
        set({ priceCheck: { ...idleCheck, status: 'error', source, error: appError, listingUnknown: source === 'link' && appError.code === 'NOT_FOUND' } });
      }
    },

    reset() {
      generation++;
      pricingId = null;
      set({ vehicleId: null, controls: { ...DEFAULT_MARKET_CONTROLS }, overlay: idlePart, history: idlePart, saved: null, priceCheck: idleCheck });
    },
  };
});
