/**
 * Valuations: price a vehicle (with the price range, and the max-offer
 * breakdown when the dealer switched it on), all condition scores, residual
 * projection, and AutoGrab's own valuation history. Every valuation is also
 * kept in local history.
 */
import { z } from 'zod';
import type { ValuationFeature } from '../../core/domain';
import { DealerDeskError } from '../../core/errors';
import { kmsSchema, pricingIdSchema, vehicleIdSchema } from '../../core/validation/inputs';
import type { RouteTable } from './route';
import { noPayload } from './route';

const conditionScore = z.literal([1, 2, 3, 4, 5], { error: 'Choose a condition from 1 (poor) to 5 (excellent).' });
const valuationRequest = z.object({ vehicleId: vehicleIdSchema, kms: kmsSchema.optional(), conditionScore: conditionScore.optional() }).strict();

/** Valuation routes. */
export const valuationRoutes = {
  'valuation:predict': {
    schema: valuationRequest,
    handle: async (request, { services }) => {
      const settings = services.settings.current();
      // Enforced here as well as in the form: the setting may be locked by policy.
      if (settings.requireOdometer && request.kms === undefined) {
        throw new DealerDeskError('VALIDATION', 'Enter the odometer reading: your dealership values every car at its actual kms.', { field: 'kms', reason: 'valuation.odometerRequired' });
      }
      const features: ValuationFeature[] = settings.maxOffer ? ['bounds', 'max_offer'] : ['bounds'];
      const valuation = await services.client().predictValuation({ ...request, features });
      // A reused answer (same inputs, within minutes) is the valuation already kept when it was fetched.
      if (valuation.fetchedAt !== undefined) return valuation;
      services.recordHistory({
        kind: 'valuation',
        mode: services.mode(),
        vehicle: { id: request.vehicleId, title: services.vehicleTitle(request.vehicleId) },
        request,
        valuation,
      });
      return valuation;
    },
  },
  'valuation:all-conditions': {
    schema: valuationRequest,
    handle: async ({ vehicleId, kms }, { services }) => services.client().predictAllConditions({ vehicleId, kms }),
  },
  'valuation:residual': {
    schema: z.object({ vehicleId: vehicleIdSchema, initialKms: kmsSchema, yearlyKms: kmsSchema }).strict(),
    handle: async (request, { services }) => services.client().residual(request),
  },
  'valuation:history-list': { schema: noPayload, handle: async (_request, { services }) => services.client().valuationHistory() },
  'valuation:history-get': {
    schema: z.object({ pricingId: pricingIdSchema }).strict(),
    handle: async (request, { services }) => services.client().valuationHistoryItem(request),
  },
} satisfies RouteTable;
