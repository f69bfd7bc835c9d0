/**
 * Appraisals, the dealership profile and AutoGrab's max-offer configuration.
 *
 * A new appraisal starts from a valuation main already holds (this computer's
 * history, or AutoGrab's own by pricing id): the figures on the internal
 * sheet are never taken from the renderer. Customer details go straight into
 * the appraisal store, which seals them; nothing here logs them.
 */
import { z } from 'zod';
import { appraisalsToCsv } from '../../core/appraisal/export';
import { filterAppraisals } from '../../core/appraisal/filter';
import { appraisalInputSchema, dealershipProfileShape, reconPresetsSchema } from '../../core/appraisal/schemas';
import { APPRAISAL_STATUSES } from '../../core/appraisal/types';
import type { ValuationResult } from '../../core/domain';
import { DealerDeskError } from '../../core/errors';
import { maxOfferConfigurationSchema, pricingIdSchema } from '../../core/validation/inputs';
import type { BackendServices } from '../services';
import type { RouteTable } from './route';
import { noPayload } from './route';

const appraisalId = z.string().regex(/^[0-9a-f-]{36}$/i, 'That appraisal is not one Dealer Desk knows.');
const isoDay = z.iso.date({ error: 'Enter dates as a calendar date.' }).nullable();
const appraisalFilter = z
  .object({
    text: z.string().max(100, 'That search is too long.'),
    status: z.enum([...APPRAISAL_STATUSES, 'all'], { error: 'Choose a status.' }),
    from: isoDay,
    to: isoDay,
  })
  .strict();

/** The valuation a new appraisal starts from, with the market evidence its history entry keeps. */
async function valuationFor(services: BackendServices, pricingId: string) {
  const saved = services.history.list().find((entry) => entry.kind === 'valuation' && entry.valuation.prediction.id === pricingId);
  if (saved?.kind === 'valuation') {
    return { valuation: saved.valuation, mode: saved.mode, ...(saved.market ? { market: saved.market } : {}) };
  }
  const valuation: ValuationResult = await services.client().valuationHistoryItem({ pricingId });
  return { valuation, mode: services.mode() };
}

/** Appraisal, dealership and max-offer configuration routes. */
export const appraisalRoutes = {
  'appraisals:list': { schema: noPayload, handle: async (_request, { services }) => services.appraisals.list() },
  'appraisals:save': {
    schema: z.object({ id: appraisalId.nullable(), pricingId: pricingIdSchema, input: appraisalInputSchema }).strict(),
    handle: async ({ id, pricingId, input }, { services }) => {
      if (id !== null) return services.appraisals.update(id, input);
      return services.appraisals.create(input, await valuationFor(services, pricingId));
    },
  },
  'appraisals:delete': {
    schema: z.object({ id: appraisalId }).strict(),
    handle: async ({ id }, { services }) => ({ deleted: services.appraisals.delete(id) }),
  },
  'appraisals:forget-customers': { schema: noPayload, handle: async (_request, { services }) => ({ cleared: services.appraisals.clearCustomerDetails() }) },
  'appraisals:export-csv': {
    schema: z.object({ filter: appraisalFilter }).strict(),
    handle: async ({ filter }, { services }) => {
      const rows = filterAppraisals(await services.appraisals.list(), filter);
      const day = new Date().toISOString().slice(0, 10);
      return services.saveTextFile({ suggestedName: `appraisals-${day}`, extension: 'csv', content: appraisalsToCsv(rows) });
    },
  },
  'dealership:get': { schema: noPayload, handle: async (_request, { services }) => services.dealership.current() },
  'dealership:update': {
    schema: z.object({ profile: z.object(dealershipProfileShape).partial().strict().optional(), reconPresets: reconPresetsSchema.optional() }).strict(),
    handle: async ({ profile, reconPresets }, { services }) => {
      if (profile) services.dealership.updateProfile(profile);
      if (reconPresets) services.dealership.updatePresets(reconPresets);
      return services.dealership.current();
    },
  },
  'dealership:choose-logo': {
    schema: noPayload,
    handle: async (_request, { services }) => {
      const bytes = await services.chooseLogoFile();
      return bytes === null ? services.dealership.current() : services.dealership.setLogo(bytes);
    },
  },
  'dealership:remove-logo': { schema: noPayload, handle: async (_request, { services }) => services.dealership.removeLogo() },
  'max-offer:get-config': { schema: noPayload, handle: async (_request, { services }) => services.client().getMaxOfferConfiguration() },
  'max-offer:set-config': {
    schema: maxOfferConfigurationSchema.strict(),
    handle: async (configuration, { services }) => {
      if (services.dealership.current().locks.maxOfferConfiguration) {
        throw new DealerDeskError('POLICY_LOCKED', 'max-offer configuration change refused: locked by policy', {
          field: 'maxOfferConfiguration',
          reason: 'settings.locked',
        });
      }
      return services.client().setMaxOfferConfiguration(configuration);
    },
  },
} satisfies RouteTable;
