/**
 * Market evidence beside the valuation: comparable listings (market overlay),
 * the car's own listing history, the asking-price check (gauge), and keeping
 * what was shown with the saved valuation. Main asks for every overlay
 * feature an account may hold; AutoGrab leaves out the ones it is not
 * licensed for, and the screen shows what comes back.
 */
import type { MarketOverlayFeature, VehicleHistoryResult } from '../../core/domain';
import { isDealerDeskError } from '../../core/errors';
import type { Handlers } from '../dispatcher';
import type { BackendServices } from './services';

type MarketChannels = 'market:overlay' | 'market:vehicle-history' | 'market:gauge' | 'market:save-evidence';

/** The documented overlay add-ons Dealer Desk shows (§10.1). */
export const OVERLAY_FEATURES: readonly MarketOverlayFeature[] = ['lead_starting_price', 'lead_price_drops', 'listing_urls', 'cover_image'];

/** Handlers for the market channels. */
export function marketHandlers(services: BackendServices): Pick<Handlers, MarketChannels> {
  return {
    'market:overlay': async ({ vehicleId, controls }) => {
      const result = await services.client().marketOverlay(vehicleId, { ...controls, features: [...OVERLAY_FEATURES] });
      services.market.noteOverlay(vehicleId, controls, result, new Date());
      return result;
    },
    'market:vehicle-history': async ({ vehicleId, ...query }) => {
      let result: VehicleHistoryResult;
      try {
        result = await services.client().vehicleHistory({ ...query, features: ['price_changes'] });
      } catch (error) {
        // No history is a normal state for a car never advertised, not a failure.
        if (!isDealerDeskError(error) || error.code !== 'NOT_FOUND') throw error;
        result = { id: null, events: [], usage: null };
      }
      if (vehicleId !== undefined) services.market.noteHistory(vehicleId, result.events, new Date());
      return result;
    },
    'market:gauge': async (request) => services.client().gauge(request),
    'market:save-evidence': async ({ pricingId, vehicleId }) => {
      const evidence = services.market.evidenceFor(vehicleId);
      return { saved: evidence !== null && services.history.attachMarket(pricingId, evidence) };
    },
  };
}
