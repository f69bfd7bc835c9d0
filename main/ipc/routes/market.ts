/**
 * Market evidence beside the valuation: comparable listings (market overlay),
 * the car's own listing history, the asking-price check (gauge), and keeping
 * what was shown with the saved valuation. Main asks for every overlay
 * feature an account may hold; AutoGrab leaves out the ones it is not
 * licensed for, and the screen shows what comes back.
 */
import { z } from 'zod';
import { AU_STATES } from '../../core/domain';
import type { MarketOverlayFeature, VehicleHistoryResult } from '../../core/domain';
import { isDealerDeskError } from '../../core/errors';
import {
  kmsSchema,
  marketplaceIdSchema,
  marketplaceSchema,
  MAX_OVERLAY_DAYS,
  moneySchema,
  pricingIdSchema,
  vehicleIdSchema,
} from '../../core/validation/inputs';
import type { RouteTable } from './route';

/** The documented overlay add-ons Dealer Desk shows (§10.1). */
export const OVERLAY_FEATURES: readonly MarketOverlayFeature[] = ['lead_starting_price', 'lead_price_drops', 'listing_urls', 'cover_image'];

const marketControlsSchema = z
  .object({
    minimumDays: z.number({ error: 'Enter the window in days.' }).int('Enter the window in whole days.').min(1, 'Use at least 1 day.').max(MAX_OVERLAY_DAYS, `Use at most ${MAX_OVERLAY_DAYS} days.`),
    includeAdjacentYears: z.boolean(),
    excludeOutliers: z.boolean(),
    excludeAllDelisted: z.boolean(),
    includeAllActive: z.boolean(),
  })
  .strict();

const identifierText = z.string().trim().min(1).max(40);

const vehicleHistoryRequestSchema = z
  .object({
    vehicleId: vehicleIdSchema.optional(),
    vin: identifierText.optional(),
    registrationPlate: identifierText.optional(),
    state: z.enum(AU_STATES, { error: 'Choose an Australian state.' }).optional(),
    year: z.number().int().min(1900).max(2100).optional(),
    make: z.string().trim().min(1).max(100).optional(),
    model: z.string().trim().min(1).max(100).optional(),
    marketplace: marketplaceSchema.optional(),
    marketplaceId: marketplaceIdSchema.optional(),
  })
  .strict();

const priceCheckSchema = z
  .object({
    odometer: kmsSchema,
    listingPrice: moneySchema.positive('Enter the asking price.'),
    vehicleId: vehicleIdSchema.optional(),
    marketplace: marketplaceSchema.optional(),
    marketplaceId: marketplaceIdSchema.optional(),
  })
  .strict()
  .refine((value) => value.vehicleId !== undefined || (value.marketplace !== undefined && value.marketplaceId !== undefined), {
    message: 'Pick the vehicle or paste the listing link.',
    path: ['vehicleId'],
  });

/** Market routes. */
export const marketRoutes = {
  'market:overlay': {
    schema: z.object({ vehicleId: vehicleIdSchema, controls: marketControlsSchema }).strict(),
    handle: async ({ vehicleId, controls }, { services }) => {
      const result = await services.client().marketOverlay(vehicleId, { ...controls, features: [...OVERLAY_FEATURES] });
      services.market.noteOverlay(vehicleId, controls, result, new Date());
      return result;
    },
  },
  'market:vehicle-history': {
    schema: vehicleHistoryRequestSchema,
    handle: async ({ vehicleId, ...query }, { services }) => {
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
  },
  'market:gauge': { schema: priceCheckSchema, handle: async (request, { services }) => services.client().gauge(request) },
  'market:save-evidence': {
    schema: z.object({ pricingId: pricingIdSchema, vehicleId: vehicleIdSchema }).strict(),
    handle: async ({ pricingId, vehicleId }, { services }) => {
      const evidence = services.market.evidenceFor(vehicleId);
      return { saved: evidence !== null && services.history.attachMarket(pricingId, evidence) };
    },
  },
} satisfies RouteTable;
