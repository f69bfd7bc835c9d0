/**
 * One strict zod schema per IPC channel: the renderer is untrusted input.
 *
 * Each schema is typed `z.ZodType<RequestOf<C>>`, so a change to the contract
 * that the schema does not follow fails `tsc`. Objects are `.strict()` (an
 * unknown key is an error, which also rejects `__proto__`/`constructor`
 * smuggled in as own keys), strings have length caps, numbers have ranges.
 * Field rules are the core's own (main/core/validation), so the boundary and
 * the client agree. {@link parseRequest} adds a structural pre-check for what
 * zod does not look at: non-plain objects, deep nesting and huge payloads.
 */
import { z } from 'zod';
import type { InvokeChannel, RequestOf } from '../../preload/contract';
import { DealerDeskError } from '../core/errors';
import { appraisalInputSchema, dealershipProfileShape, reconPresetsSchema } from '../core/appraisal/schemas';
import { APPRAISAL_STATUSES } from '../core/appraisal/types';
import { AU_STATES, settingsShape } from '../core/storage/settings-store';
import {
  facetFiltersSchema,
  facetsInputSchema,
  kmsSchema,
  maxOfferConfigurationSchema,
  pricingIdSchema,
  searchInputSchema,
  vehicleIdSchema,
} from '../core/validation/inputs';

/** Answer for anything that is not the shape the screen sends (the renderer never sends these). */
const GENERIC_MESSAGE = 'Dealer Desk could not use that request. Check what you entered and try again.';

/** Channels whose request is `void`: nothing (undefined; null is tolerated). */
const noPayload = z.union([z.undefined(), z.null().transform(() => undefined)]);

/** `requestId` lets a newer keystroke or a Cancel button stop an older request. */
const requestId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'That request id is not valid.');

const auState = z.enum(AU_STATES, { error: 'Choose an Australian state.' });
const conditionScore = z.literal([1, 2, 3, 4, 5], { error: 'Choose a condition from 1 (poor) to 5 (excellent).' });
const valuationRequest = z.object({ vehicleId: vehicleIdSchema, kms: kmsSchema.optional(), conditionScore: conditionScore.optional() }).strict();

const credentialInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('apiKey'), apiKey: z.string().trim().min(8, 'That API key looks too short. Paste the whole key.').max(512, 'That API key is too long.') }).strict(),
    z
      .object({
        kind: z.literal('oauth'),
        clientId: z.string().trim().min(4, 'Enter the client ID.').max(256, 'That client ID is too long.'),
        clientSecret: z.string().trim().min(8, 'That client secret looks too short. Paste the whole secret.').max(1024, 'That client secret is too long.'),
      })
      .strict(),
  ],
  { error: 'Choose API key or OAuth client credentials.' },
);

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

/** Every channel's request schema. */
export const REQUEST_SCHEMAS: { readonly [C in InvokeChannel]: z.ZodType<RequestOf<C>> } = {
  'app:get-status': noPayload,
  'settings:update': z.object(settingsShape).partial().strict(),
  'credentials:get-status': noPayload,
  'credentials:set': credentialInput,
  'credentials:delete': noPayload,
  'credentials:test': noPayload,
  'vehicles:search': searchInputSchema.extend({ requestId: requestId.optional() }).strict(),
  'vehicles:lookup-plate': z
    .object({ plate: z.string().min(1, 'Enter a number plate.').max(20, 'That number plate is too long.'), state: auState.optional() })
    .strict(),
  'vehicles:lookup-vin': z.object({ vin: z.string().min(1, 'Enter a VIN.').max(32, 'A VIN has 17 characters.') }).strict(),
  'vehicles:get': z.object({ vehicleId: vehicleIdSchema }).strict(),
  'vehicles:facets': facetsInputSchema.extend({ requestId: requestId.optional() }).strict(),
  'vehicles:facet-search': facetFiltersSchema.strict(),
  'requests:cancel': z.object({ requestId }).strict(),
  'valuation:predict': valuationRequest,
  'valuation:all-conditions': valuationRequest,
  'valuation:residual': z.object({ vehicleId: vehicleIdSchema, initialKms: kmsSchema, yearlyKms: kmsSchema }).strict(),
  'valuation:history-list': noPayload,
  'valuation:history-get': z.object({ pricingId: pricingIdSchema }).strict(),
  'history:list-local': noPayload,
  'history:clear-local': noPayload,
  'report:save-pdf': z
    .object({
      suggestedName: z
        .string()
        .max(120, 'That file name is too long.')
        .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, 'Use letters, numbers, spaces, dots and dashes in the file name.'),
    })
    .strict(),
  'appraisals:list': noPayload,
  'appraisals:save': z.object({ id: appraisalId.nullable(), pricingId: pricingIdSchema, input: appraisalInputSchema }).strict(),
  'appraisals:delete': z.object({ id: appraisalId }).strict(),
  'appraisals:forget-customers': noPayload,
  'appraisals:export-csv': z.object({ filter: appraisalFilter }).strict(),
  'dealership:get': noPayload,
  'dealership:update': z.object({ profile: z.object(dealershipProfileShape).partial().strict().optional(), reconPresets: reconPresetsSchema.optional() }).strict(),
  'dealership:choose-logo': noPayload,
  'dealership:remove-logo': noPayload,
  'max-offer:get-config': noPayload,
  'max-offer:set-config': maxOfferConfigurationSchema.strict(),
  'updates:get-status': noPayload,
  'updates:check': noPayload,
  'updates:install': noPayload,
  'kiosk:exit': z.object({ pin: z.string().min(1, 'Enter the PIN.').max(64, 'That PIN is too long.') }).strict(),
};

/** Limits of the structural pre-check. */
const MAX_DEPTH = 6;
const MAX_NODES = 500;
const MAX_TOTAL_STRING_LENGTH = 20_000;
const POLLUTION_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Whether `payload` is plain data of a sane size: only primitives, arrays and
 * plain objects (so no getters or prototype tricks reach zod), no
 * prototype-pollution keys, bounded depth, node count and text size.
 */
export function isPlainBoundedData(payload: unknown): boolean {
  let nodes = 0;
  let text = 0;
  const seen = new Set<object>();
  const visit = (value: unknown, depth: number): boolean => {
    nodes += 1;
    if (nodes > MAX_NODES) return false;
    if (typeof value === 'string') {
      text += value.length;
      return text <= MAX_TOTAL_STRING_LENGTH;
    }
    if (value === null || typeof value !== 'object') return typeof value !== 'function' && typeof value !== 'symbol';
    if (depth >= MAX_DEPTH || seen.has(value)) return false;
    seen.add(value);
    if (Array.isArray(value)) return value.every((item) => visit(item, depth + 1));
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) return false;
    return Reflect.ownKeys(value).every(
      (key) =>
        typeof key === 'string' &&
        !POLLUTION_KEYS.has(key) &&
        Object.getOwnPropertyDescriptor(value, key)?.get === undefined &&
        visit((value as Record<string, unknown>)[key], depth + 1),
    );
  };
  return visit(payload, 0);
}

/**
 * Validates the request for `channel`. Throws `VALIDATION` with a message a
 * salesperson can act on and the field at fault; the message never echoes
 * the input.
 */
export function parseRequest<C extends InvokeChannel>(channel: C, payload: unknown): RequestOf<C> {
  if (!isPlainBoundedData(payload)) throw new DealerDeskError('VALIDATION', GENERIC_MESSAGE);
  const schema = REQUEST_SCHEMAS[channel] as z.ZodType<RequestOf<C>>;
  const result = schema.safeParse(payload, { error: () => GENERIC_MESSAGE });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.filter((part): part is string => typeof part === 'string') ?? [];
  const field = issue?.code === 'unrecognized_keys' || path.length === 0 ? undefined : path.join('.');
  const message = issue && issue.code !== 'unrecognized_keys' ? issue.message : GENERIC_MESSAGE;
  throw new DealerDeskError('VALIDATION', message, field === undefined ? {} : { field });
}
