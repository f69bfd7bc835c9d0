/**
 * Boundary validation of client inputs (zod 4). Anything invalid becomes a
 * `VALIDATION` error naming the field, thrown before a request is sent.
 * Each error carries a detail code (`reason`) the renderer translates; the
 * English message is for logs and never echoes the input back.
 */
import { z } from 'zod';
import type { AuState, Region } from '../domain';
import { AU_STATES } from '../domain';
import { validationFailure } from '../failures';
import { cleanText } from './clean-text';
import { checkPlate } from './plate';
import type { PlateIssueCode } from './plate';
import { checkVin } from './vin';
import type { VinIssueCode } from './vin';

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
/** An amount of money in the market's currency. */
export const moneySchema = z.number({ error: 'Enter an amount.' }).finite().min(0, 'Amounts cannot be negative.').max(100_000_000, 'That amount is too high.');

/**
 * Typed text with invisible characters removed (see {@link cleanText}) before
 * `rules` check it, so what is validated, sent and kept in history is what the
 * salesperson saw. `rawMax` bounds the text before cleaning.
 */
export function cleanedText(rules: z.ZodString, rawMax: number, tooLong: string): z.ZodType<string, string> {
  return z.string().max(rawMax, tooLong).transform(cleanText).pipe(rules);
}

/** Free-text search input. */
export const searchInputSchema = z.object({
  search: cleanedText(
    z.string().trim().min(1, 'Type something to search for.').max(200, 'That search is too long. Shorten it.'),
    1000,
    'That search is too long. Shorten it.',
  ),
  count: z.number().int().min(1, 'Ask for at least 1 result.').max(100, 'AutoGrab returns at most 100 results.').optional(),
  preferMoreResults: z.boolean().optional(),
});

const yearSchema = z.number({ error: 'Choose a year from the list.' }).int('Choose a year from the list.').min(1900, 'Choose a year from the list.').max(2100, 'Choose a year from the list.');
const facetValue = cleanedText(z.string().trim().min(1, 'Choose a value.').max(100, 'That value is too long.'), 400, 'That value is too long.');
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
const FILTER_FACETS = ['year', 'make', 'model', 'badge', 'series', 'transmission', 'body_type', 'fuel', 'drive'] as const;
const FACET_CHOICE = 'Choose what to list: year, make, model, badge, series, transmission, body type, fuel, drive or wheelbase.';
/** Facets the app can filter by (what guided search offers). */
export const facetNameSchema = z.enum(FILTER_FACETS, { error: FACET_CHOICE });
/** Facet count request: any documented facet, including `wheelbase` (countable, not a filter). */
export const facetsInputSchema = facetFiltersSchema.extend({
  facet: z.enum([...FILTER_FACETS, 'wheelbase'], { error: FACET_CHOICE }),
});
/** Facet search needs year, make and model at least (AutoGrab's minimum). */
export const facetSearchInputSchema = facetFiltersSchema.extend({
  year: yearSchema,
  make: facetValue,
  model: facetValue,
});

/** RRP changes AutoGrab accepts on predict and residual (§8.2, §8.4): replace the stored RRP, or add to / subtract from it. */
const rrpFields = {
  rrpOverwrite: moneySchema.positive('Enter the new-car price (RRP) above zero.').optional(),
  rrpAdjustment: z.number({ error: 'Enter the RRP adjustment as an amount.' }).finite().min(-100_000_000, 'That adjustment is too large.').max(100_000_000, 'That adjustment is too large.').optional(),
};

/** AutoGrab `marketplace` (a site's domain), as read from a listing link. */
export const marketplaceSchema = z.string().trim().min(1, 'Paste the listing link again.').max(100, 'Paste the listing link again.').regex(/^[a-z0-9.-]+$/i, 'Paste the listing link again.');
/** A marketplace's listing ID, as read from a listing link: letters, digits, dashes. */
export const marketplaceIdSchema = z.string().trim().min(1, 'Paste the listing link again.').max(100, 'Paste the listing link again.').regex(/^[A-Za-z0-9_-]+$/, 'Paste the listing link again.');

/** Valuation request. */
export const predictInputSchema = z.object({
  vehicleId: vehicleIdSchema,
  kms: kmsSchema.optional(),
  conditionScore: conditionScoreSchema.optional(),
  features: z.array(z.enum(['bounds', 'max_offer', 'max_offer_trade'], { error: 'Unknown valuation feature.' })).optional(),
  ...rrpFields,
});
/** All-conditions request. */
export const allConditionsInputSchema = z.object({ vehicleId: vehicleIdSchema, kms: kmsSchema.optional() });
/** Residual projection request. */
export const residualInputSchema = z.object({ vehicleId: vehicleIdSchema, initialKms: kmsSchema, yearlyKms: kmsSchema, ...rrpFields });
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
    marketplace: marketplaceSchema.optional(),
    marketplaceId: marketplaceIdSchema.optional(),
  })
  .refine((value) => value.vehicleId ?? value.vin ?? value.rego ?? (value.marketplace && value.marketplaceId), {
    message: 'Identify the vehicle: pick it, or enter its VIN or plate.',
    path: ['vehicleId'],
  })
  .refine((value) => (value.marketplace === undefined) === (value.marketplaceId === undefined), {
    message: 'Paste the listing link again.',
    path: ['marketplaceId'],
  });
/** Longest market-overlay window Dealer Desk asks for; the sandbox enforces the same limit. */
export const MAX_OVERLAY_DAYS = 365;
/** Market overlay options. */
export const marketOverlayOptionsSchema = z.object({
  minimumDays: z
    .number({ error: 'Enter the window as a number of days.' })
    .int('Enter the window in whole days.')
    .min(1, 'Use at least 1 day.')
    .max(MAX_OVERLAY_DAYS, `Use at most ${MAX_OVERLAY_DAYS} days.`)
    .optional(),
  includeAdjacentYears: z.boolean().optional(),
  excludeOutliers: z.boolean().optional(),
  excludeAllDelisted: z.boolean().optional(),
  includeAllActive: z.boolean().optional(),
  features: z.array(z.enum(['lead_starting_price', 'lead_price_drops', 'listing_urls', 'cover_image'], { error: 'Unknown market feature.' })).max(4).optional(),
});
/** Vehicle history query: every identifier we have (VIN, plate, year + make + model, or a marketplace listing). */
export const vehicleHistoryQuerySchema = z
  .object({
    vin: z.string().optional(),
    registrationPlate: z.string().optional(),
    state: auStateSchema.optional(),
    year: yearSchema.optional(),
    make: facetValue.optional(),
    model: facetValue.optional(),
    marketplace: marketplaceSchema.optional(),
    marketplaceId: marketplaceIdSchema.optional(),
    features: z.array(z.enum(['price_changes'], { error: 'Unknown history feature.' })).max(1).optional(),
  })
  .refine((value) => value.vin ?? value.registrationPlate ?? (value.year && value.make && value.model) ?? (value.marketplace && value.marketplaceId), {
    message: 'Enter the VIN, the plate, or the year, make and model.',
    path: ['vin'],
  })
  .refine((value) => (value.marketplace === undefined) === (value.marketplaceId === undefined), {
    message: 'Paste the listing link again.',
    path: ['marketplaceId'],
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
  throw validationFailure(field, message, inputReason(field));
}

/**
 * The detail code of a field that failed its schema (`input.kms`): the
 * renderer says what the field needs in the user's language, whichever rule failed.
 */
export function inputReason(field: string | undefined): string {
  return field === undefined ? 'input.request' : `input.${field}`;
}

function plateFailure(field: string, code: PlateIssueCode) {
  return validationFailure(field, `The plate was rejected: ${code}.`, `plate.${code}`);
}

function vinFailure(field: string, code: VinIssueCode) {
  return validationFailure(field, `The VIN was rejected: ${code}.`, `vin.${code}`);
}

/**
 * Validates a plate for `region` and returns the compact form AutoGrab wants.
 * AU lookups also need a state; a missing state is reported on `state`.
 */
export function requirePlate(plate: unknown, region: Region, state: AuState | undefined, field = 'plate'): string {
  if (typeof plate !== 'string') throw plateFailure(field, 'empty');
  if (state !== undefined) validateInput(auStateSchema, state, 'state');
  const check = checkPlate(plate, { region, state });
  const problem = check.issues.find((issue) => issue.severity === 'error');
  if (problem) throw plateFailure(problem.code === 'state-required' ? 'state' : field, problem.code);
  return check.compact;
}

/** Validates a VIN and returns it normalised. */
export function requireVin(vin: unknown, field = 'vin'): string {
  if (typeof vin !== 'string') throw vinFailure(field, 'empty');
  const check = checkVin(vin);
  const problem = check.issues[0];
  if (problem) throw vinFailure(field, problem.code);
  return check.normalized;
}
