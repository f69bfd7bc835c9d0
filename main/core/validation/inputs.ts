/**
 * Boundary validation of client inputs (zod 4). Anything invalid becomes a
 * `VALIDATION` error naming the field, thrown before a request is sent.
 * Messages are for a salesperson; they never echo the input back.
 */
import { z } from 'zod';
import type { AuState, Region } from '../domain';
import { AU_STATES } from '../domain';
import { validationFailure } from '../failures';
import { checkPlate, plateIssueMessage } from './plate';
import { checkVin, vinIssueMessage } from './vin';

/** AutoGrab vehicle ids (AGIDs) are 16-digit strings. */
export const vehicleIdSchema = z.string().trim().regex(/^\d{16}$/, 'A vehicle ID is 16 digits. Pick the vehicle again.');
/** Odometer readings in km. */
export const kmsSchema = z
  .number({ error: 'Enter the odometer reading in km.' })
  .int('Enter the odometer in whole kilometres.')
  .min(0, 'The odometer reading cannot be negative.')
  .max(2_000_000, 'That odometer reading is too high. Check it.');
/** AutoGrab's condition scale. */
export const conditionScoreSchema = z
  .number({ error: 'Choose a condition from 1 (poor) to 5 (excellent).' })
  .int('Choose a condition from 1 (poor) to 5 (excellent).')
  .min(1, 'Choose a condition from 1 (poor) to 5 (excellent).')
  .max(5, 'Choose a condition from 1 (poor) to 5 (excellent).');
/** Pricing record ids are UUIDs; accept any id-like token so a format change upstream does not lock users out. */
export const pricingIdSchema = z.string().trim().regex(/^[A-Za-z0-9-]{1,64}$/, 'That valuation record ID is not valid.');
const auStateSchema = z.enum(AU_STATES, { error: 'Choose an Australian state.' });
const moneySchema = z.number({ error: 'Enter an amount.' }).finite().min(0, 'Amounts cannot be negative.').max(100_000_000, 'That amount is too high.');

/** Free-text search input. */
export const searchInputSchema = z.object({
  search: z.string().trim().min(1, 'Type something to search for.').max(200, 'That search is too long. Shorten it.'),
  count: z.number().int().min(1, 'Ask for at least 1 result.').max(100, 'AutoGrab returns at most 100 results.').optional(),
  preferMoreResults: z.boolean().optional(),
});

const yearSchema = z.number({ error: 'Choose a year from the list.' }).int('Choose a year from the list.').min(1900, 'Choose a year from the list.').max(2100, 'Choose a year from the list.');
const facetValue = z.string().trim().min(1, 'Choose a value.').max(100, 'That value is too long.');
/** Facet filters (camelCase, as the app sends them). */
export const facetFiltersSchema = z.object({
  year: yearSchema.optional(),
  make: facetValue.optional(),
  model: facetValue.optional(),
  badge: facetValue.optional(),
  series: facetValue.optional(),
  transmission: facetValue.optional(),
  bodyType: facetValue.optional(),
  fuel: facetValue.optional(),
  drive: facetValue.optional(),
});
/** Facet count request. */
export const facetsInputSchema = facetFiltersSchema.extend({
  facet: z.enum(['year', 'make', 'model', 'badge', 'series', 'transmission', 'body_type', 'fuel', 'drive'], {
    error: 'Choose what to list: year, make, model, badge, series, transmission, body type, fuel or drive.',
  }),
});
/** Facet search needs year, make and model at least (AutoGrab's minimum). */
export const facetSearchInputSchema = facetFiltersSchema.extend({
  year: yearSchema,
  make: facetValue,
  model: facetValue,
});

/** Valuation request. */
export const predictInputSchema = z.object({
  vehicleId: vehicleIdSchema,
  kms: kmsSchema.optional(),
  conditionScore: conditionScoreSchema.optional(),
  features: z.array(z.enum(['bounds', 'max_offer', 'max_offer_trade'], { error: 'Unknown valuation feature.' })).optional(),
});
/** All-conditions request. */
export const allConditionsInputSchema = z.object({ vehicleId: vehicleIdSchema, kms: kmsSchema.optional() });
/** Residual projection request. */
export const residualInputSchema = z.object({ vehicleId: vehicleIdSchema, initialKms: kmsSchema, yearlyKms: kmsSchema });
/** One max-offer cost: a fixed amount, or a percentage (0–100) of the base price. */
const maxOfferCostSchema = z
  .object({ type: z.enum(['fixed', 'percentage'], { error: 'Choose a fixed amount or a percentage.' }), value: moneySchema })
  .refine((cost) => cost.type === 'fixed' || cost.value <= 100, { message: 'A percentage cannot be over 100.', path: ['value'] });
/** Max-offer configuration. */
export const maxOfferConfigurationSchema = z.object({
  reconditioning: maxOfferCostSchema,
  profitMargin: maxOfferCostSchema,
  lot: maxOfferCostSchema,
  transport: maxOfferCostSchema,
  admin: maxOfferCostSchema,
});
/** Gauge request: odometer, asking price and one way to identify the car. */
export const gaugeInputSchema = z
  .object({
    odometer: kmsSchema,
    listingPrice: moneySchema,
    vehicleId: vehicleIdSchema.optional(),
    vin: z.string().optional(),
    rego: z.string().optional(),
    state: auStateSchema.optional(),
    marketplace: z.string().trim().min(1).max(100).optional(),
    marketplaceId: z.string().trim().min(1).max(100).optional(),
  })
  .refine((value) => value.vehicleId ?? value.vin ?? value.rego ?? (value.marketplace && value.marketplaceId), {
    message: 'Identify the vehicle: pick it, or enter its VIN or plate.',
    path: ['vehicleId'],
  });
/** Market overlay options. */
export const marketOverlayOptionsSchema = z.object({
  minimumDays: z.number().int().min(1, 'Use at least 1 day.').max(3650, 'Use at most 3650 days.').optional(),
  includeAdjacentYears: z.boolean().optional(),
  excludeOutliers: z.boolean().optional(),
  excludeAllDelisted: z.boolean().optional(),
  includeAllActive: z.boolean().optional(),
});
/** Vehicle history query: VIN, plate, or year + make + model. */
export const vehicleHistoryQuerySchema = z
  .object({
    vin: z.string().optional(),
    registrationPlate: z.string().optional(),
    state: auStateSchema.optional(),
    year: yearSchema.optional(),
    make: facetValue.optional(),
    model: facetValue.optional(),
  })
  .refine((value) => value.vin ?? value.registrationPlate ?? (value.year && value.make && value.model), {
    message: 'Enter the VIN, the plate, or the year, make and model.',
    path: ['vin'],
  });

/**
 * Parses `value` with `schema`, or throws `VALIDATION` naming the first
 * offending field (dotted path, e.g. `kms`).
 */
export function validateInput<T>(schema: z.ZodType<T>, value: unknown, fallbackField = 'input'): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : fallbackField;
  const message = issue?.code === 'unrecognized_keys' || !issue ? 'Check the details you entered.' : issue.message;
  throw validationFailure(field, message);
}

/**
 * Validates a plate for `region` and returns the compact form AutoGrab wants.
 * AU lookups also need a state; a missing state is reported on `state`.
 */
export function requirePlate(plate: unknown, region: Region, state: AuState | undefined, field = 'plate'): string {
  if (typeof plate !== 'string') throw validationFailure(field, plateIssueMessage('empty'));
  if (state !== undefined) validateInput(auStateSchema, state, 'state');
  const check = checkPlate(plate, { region, state });
  const problem = check.issues.find((issue) => issue.severity === 'error');
  if (problem) throw validationFailure(problem.code === 'state-required' ? 'state' : field, plateIssueMessage(problem.code));
  return check.compact;
}

/** Validates a VIN and returns it normalised. */
export function requireVin(vin: unknown, field = 'vin'): string {
  if (typeof vin !== 'string') throw validationFailure(field, vinIssueMessage('empty'));
  const check = checkVin(vin);
  const problem = check.issues[0];
  if (problem) throw validationFailure(field, vinIssueMessage(problem.code));
  return check.normalized;
}
