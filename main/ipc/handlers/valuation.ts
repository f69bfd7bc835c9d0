/**
 * Valuations: price a vehicle (with the price range, and the max-offer
 * breakdown when the dealer switched it on), all condition scores, residual
 * projection, and AutoGrab's own valuation history. Every valuation is also
 * kept in local history.
 */
import type { ValuationFeature } from '../../core/domain';
import { DealerDeskError } from '../../core/errors';
import type { Handlers } from '../dispatcher';
import type { BackendServices } from './services';

type ValuationChannels =
  | 'valuation:predict'
  | 'valuation:all-conditions'
  | 'valuation:residual'
  | 'valuation:history-list'
  | 'valuation:history-get';

/** Handlers for the valuation channels. */
export function valuationHandlers(services: BackendServices): Pick<Handlers, ValuationChannels> {
  return {
    'valuation:predict': async (request) => {
      const settings = services.settings.current();
      // Enforced here as well as in the form: the setting may be locked by policy.
      if (settings.requireOdometer && request.kms === undefined) {
        throw new DealerDeskError('VALIDATION', 'Enter the odometer reading: your dealership values every car at its actual kms.', { field: 'kms', reason: 'valuation.odometerRequired' });
      }
      const features: ValuationFeature[] = settings.maxOffer ? ['bounds', 'max_offer'] : ['bounds'];
      const valuation = await services.client().predictValuation({ ...request, features });
      services.history.add({
        kind: 'valuation',
        mode: services.mode(),
        vehicle: { id: request.vehicleId, title: services.vehicleTitle(request.vehicleId) },
        request,
        valuation,
      });
      return valuation;
    },
    'valuation:all-conditions': async ({ vehicleId, kms }) => services.client().predictAllConditions({ vehicleId, kms }),
    'valuation:residual': async (request) => services.client().residual(request),
    'valuation:history-list': async () => services.client().valuationHistory(),
    'valuation:history-get': async (request) => services.client().valuationHistoryItem(request),
  };
}
