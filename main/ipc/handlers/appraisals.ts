/**
 * Appraisals, the dealership profile and AutoGrab's max-offer configuration.
 *
 * A new appraisal starts from a valuation main already holds (this computer's
 * history, or AutoGrab's own by pricing id): the figures on the internal
 * sheet are never taken from the renderer. Customer details go straight into
 * the appraisal store, which seals them; nothing here logs them.
 */
import { appraisalsToCsv } from '../../core/appraisal/export';
import { filterAppraisals } from '../../core/appraisal/filter';
import type { AttachedMarketSummary } from '../../core/appraisal/types';
import type { ValuationResult } from '../../core/domain';
import { DealerDeskError } from '../../core/errors';
import type { Handlers } from '../dispatcher';
import type { BackendServices } from './services';

type AppraisalChannels =
  | 'appraisals:list'
  | 'appraisals:save'
  | 'appraisals:delete'
  | 'appraisals:forget-customers'
  | 'appraisals:export-csv'
  | 'dealership:get'
  | 'dealership:update'
  | 'dealership:choose-logo'
  | 'dealership:remove-logo'
  | 'max-offer:get-config'
  | 'max-offer:set-config';

/** The valuation a new appraisal starts from, with its market evidence when the history entry carries one. */
async function valuationFor(services: BackendServices, pricingId: string) {
  const saved = services.history
    .list()
    .find((entry) => entry.kind === 'valuation' && entry.valuation.prediction.id === pricingId);
  if (saved?.kind === 'valuation') {
    const market = (saved as { market?: unknown }).market;
    return {
      valuation: saved.valuation,
      mode: saved.mode,
      ...(market !== null && typeof market === 'object' ? { market: market as AttachedMarketSummary } : {}),
    };
  }
  const valuation: ValuationResult = await services.client().valuationHistoryItem({ pricingId });
  return { valuation, mode: services.mode() };
}

/** Handlers for appraisals, the dealership and the max-offer configuration. */
export function appraisalHandlers(services: BackendServices): Pick<Handlers, AppraisalChannels> {
  const refuseLockedMaxOffer = () => {
    if (services.dealership.current().locks.maxOfferConfiguration) {
      throw new DealerDeskError('POLICY_LOCKED', 'Your administrator has locked the max-offer configuration, so it cannot be changed here.', {
        field: 'maxOfferConfiguration',
      });
    }
  };
  return {
    'appraisals:list': async () => services.appraisals.list(),
    'appraisals:save': async ({ id, pricingId, input }) => {
      if (id !== null) return services.appraisals.update(id, input);
      return services.appraisals.create(input, await valuationFor(services, pricingId));
    },
    'appraisals:delete': async ({ id }) => ({ deleted: services.appraisals.delete(id) }),
    'appraisals:forget-customers': async () => ({ cleared: services.appraisals.clearCustomerDetails() }),
    'appraisals:export-csv': async ({ filter }) => {
      const rows = filterAppraisals(await services.appraisals.list(), filter);
      const day = new Date().toISOString().slice(0, 10);
      return services.saveTextFile({ suggestedName: `appraisals-${day}`, extension: 'csv', content: appraisalsToCsv(rows) });
    },
    'dealership:get': async () => services.dealership.current(),
    'dealership:update': async ({ profile, reconPresets }) => {
      if (profile) services.dealership.updateProfile(profile);
      if (reconPresets) services.dealership.updatePresets(reconPresets);
      return services.dealership.current();
    },
    'dealership:choose-logo': async () => {
      const bytes = await services.chooseLogoFile();
      return bytes === null ? services.dealership.current() : services.dealership.setLogo(bytes);
    },
    'dealership:remove-logo': async () => services.dealership.removeLogo(),
    'max-offer:get-config': async () => services.client().getMaxOfferConfiguration(),
    'max-offer:set-config': async (configuration) => {
      refuseLockedMaxOffer();
      return services.client().setMaxOfferConfiguration(configuration);
    },
  };
}
