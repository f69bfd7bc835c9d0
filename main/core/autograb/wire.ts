/**
 * AutoGrab's wire format (snake_case JSON) validated with zod and mapped to the
 * domain types. AutoGrab documents fields as "at least these", so only what the
 * app cannot work without is required (vehicle id and title, prediction id and
 * prices, list containers); every other field is optional, a wrong type there
 * becomes null, and unknown keys are ignored. Where the docs disagree (§16)
 * both shapes are accepted. A response the app cannot use becomes
 * `BAD_RESPONSE` whose `field` names the wire field, e.g. `prediction.retail_price`.
 *
 * Split of work, for speed on the hot path (search results): `shape()` runs a
 * strict zod schema of the required fields only, then builds the domain
 * object from the original input with small plain readers (`text`, `num`)
 * for the optional ones. Measured on a search body, that is about ten times
 * cheaper than `z.looseObject` (which copies every unknown key) or a zod
 * transform per optional field (which can never fail anyway).
 */
import { z } from 'zod';
import type {
  ConditionPrice,
  ConditionScore,
  FacetCount,
  CountableFacetName,
  GaugeResult,
  ListingUrl,
  MarketLead,
  MatchConfidence,
  MaxOffer,
  MaxOfferConfiguration,
  Prediction,
  PriceBounds,
  PriceRange,
  ResidualPoint,
  Vehicle,
  VehicleHistoryEvent,
  VehicleLookupResult,
  VehicleOption,
} from '../domain';
import { badResponse } from '../failures';

// --- Readers for optional fields (never fail) -------------------------------

type Raw = Record<string, unknown>;

/** Optional text: strings kept, numbers stringified, anything else null. */
function text(value: unknown): string | null {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

/** Optional number: numbers and numeric strings kept, anything else null. */
function num(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

/** Optional match confidence; unknown values become null. */
function confidence(value: unknown): MatchConfidence | null {
  return value === 'standard' || value === 'reduced' ? value : null;
}

/** The object at `value`, or null. */
function record(value: unknown): Raw | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : null;
}

/** A list of secondary items: items `read` rejects (null) are dropped; a missing list is empty. */
function list<T>(value: unknown, read: (item: unknown) => T | null): T[] {
  if (!Array.isArray(value)) return [];
  const items: T[] = [];
  for (const entry of value) {
    const item = read(entry);
    if (item !== null) items.push(item);
  }
  return items;
}

/** Runs `schema` on an optional secondary value; null when absent or invalid. */
function optional<T>(schema: z.ZodType<T>, value: unknown): T | null {
  if (value === undefined || value === null) return null;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

// --- Required building blocks ----------------------------------------------

/**
 * A wire object: `required` validates the fields the app needs (issues keep
 * their paths); `build` then maps the untouched input, reading optional
 * fields with the plain readers above.
 */
function shape<R, T>(required: z.ZodType<R>, build: (raw: Raw, valid: R) => T) {
  return z.unknown().transform((input, context): T => {
    const parsed = required.safeParse(input);
    if (parsed.success) return build(input as Raw, parsed.data);
    for (const issue of parsed.error.issues) context.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });
}

/** Required number: a number or a numeric string. */
const requiredNumber = z.union([z.number(), z.string()]).transform((value, context) => {
  const parsed = num(value);
  if (parsed === null) {
    context.addIssue({ code: 'custom', message: 'not a number' });
    return z.NEVER;
  }
  return parsed;
});

/** Required id: a non-empty string, or a number stringified. */
const requiredId = z.union([z.string().min(1), z.number().transform(String)]);

const priceRange = z.object({ lower: requiredNumber, upper: requiredNumber });

function range(value: unknown): PriceRange | null {
  return optional(priceRange, value);
}

// --- Vehicles --------------------------------------------------------------

function vehicleOption(value: unknown): VehicleOption | null {
  const raw = record(value);
  return raw && typeof raw.detail === 'string' ? { detail: raw.detail, price: num(raw.price) } : null;
}

function toVehicle(raw: Raw, valid: { id: string; title: string }): Vehicle {
  return {
    id: valid.id,
    title: valid.title,
    region: text(raw.region),
    year: num(raw.year),
    make: text(raw.make),
    model: text(raw.model),
    badge: text(raw.badge),
    series: text(raw.series),
    modelYear: text(raw.model_year),
    releaseMonth: num(raw.release_month),
    releaseYear: num(raw.release_year),
    bodyType: text(raw.body_type),
    bodyConfig: text(raw.body_config),
    transmission: text(raw.transmission),
    transmissionType: text(raw.transmission_type),
    fuel: text(raw.fuel),
    fuelType: text(raw.fuel_type),
    engine: text(raw.engine),
    engineType: text(raw.engine_type),
    drive: text(raw.drive),
    driveType: text(raw.drive_type),
    numDoors: num(raw.num_doors),
    numSeats: num(raw.num_seats),
    numGears: num(raw.num_gears),
    numCylinders: num(raw.num_cylinders),
    capacityCc: num(raw.capacity_cc),
    powerKw: num(raw.power_kw),
    torqueNm: num(raw.torque_nm),
    rangeKm: num(raw.range),
    options: list(raw.options, vehicleOption),
  };
}

/** The vehicle object shared by search, plate, VIN and id lookups: `id` and `title` required. */
export const vehicleSchema = shape(z.object({ id: requiredId, title: z.string().min(1) }), toVehicle);

/** `GET /v2/vehicles?search=` */
export const searchResponseSchema = shape(z.object({ vehicles: z.array(vehicleSchema) }), (raw, valid) => ({
  vehicles: valid.vehicles,
  total: num(raw.total),
  confidence: confidence(raw.confidence),
}));

/** `GET /v2/vehicles/registrations/{plate}` and `/vins/{vin}`: `vehicle` may be null (no match). */
export const lookupResponseSchema = shape(
  z.object({ vehicle: vehicleSchema.nullish() }),
  (raw, valid): Omit<VehicleLookupResult, 'usage'> => ({
    vehicle: valid.vehicle ?? null,
    upstreamVehicle: text(raw.upstream_vehicle),
    confidence: confidence(raw.confidence),
    colour: text(raw.colour),
    vin: text(raw.vin),
    additionalVehicles: list(raw.additional_vehicles, (item) => optional(vehicleSchema, item)),
  }),
);

/** `GET /v2/vehicles/{id}` */
export const vehicleResponseSchema = z.object({ vehicle: vehicleSchema });

/** `GET /v2/vehicles/facets/search` */
export const facetSearchResponseSchema = z.object({ vehicles: z.array(vehicleSchema) });

/** One facet entry: `{value, count}` (worked examples) or keyed by the facet name (OpenAPI sample). */
function facetItem(facet: CountableFacetName) {
  return z.record(z.string(), z.unknown()).transform((raw, context): FacetCount => {
    const value = raw.value ?? raw[facet];
    const count = num(raw.count);
    if (typeof value !== 'string' && typeof value !== 'number') {
      context.addIssue({ code: 'custom', message: 'missing value', path: ['value'] });
      return z.NEVER;
    }
    if (count === null) {
      context.addIssue({ code: 'custom', message: 'missing count', path: ['count'] });
      return z.NEVER;
    }
    return { value: String(value), count };
  });
}

/**
 * `GET /v2/vehicles/facets`, in either documented shape:
 * `{make:[{value,count}]}` (worked example) or `{facets:{make:[…]}}` (OpenAPI).
 */
export function facetResponseSchema(facet: CountableFacetName) {
  const items = z.array(facetItem(facet));
  return z.record(z.string(), z.unknown()).transform((raw, context): FacetCount[] => {
    const nested = record(raw.facets)?.[facet];
    const path: PropertyKey[] = nested !== undefined ? ['facets', facet] : [facet];
    const parsed = items.safeParse(nested ?? raw[facet]);
    if (parsed.success) return parsed.data;
    context.addIssue({ code: 'custom', message: 'facet list', path: [...path, ...(parsed.error.issues[0]?.path ?? [])] });
    return z.NEVER;
  });
}

// --- Valuations ------------------------------------------------------------

/** The `prediction` object: id, retail and trade price required. */
export const predictionSchema = shape(
  z.object({ id: requiredId, retail_price: requiredNumber, trade_price: requiredNumber }),
  (raw, valid): Prediction => ({
    id: valid.id,
    vehicleId: text(raw.vehicle_id) ?? '',
    createdAt: text(raw.created_at),
    kms: num(raw.kms),
    retailPrice: valid.retail_price,
    tradePrice: valid.trade_price,
    score: num(raw.score),
  }),
);

function bounds(value: unknown): PriceBounds | null {
  const raw = record(value);
  if (!raw) return null;
  const result = { retail: range(raw.retail), trade: range(raw.trade) };
  return result.retail || result.trade ? result : null;
}

const maxOfferSchema = shape(
  z.object({ price: requiredNumber }),
  (raw, valid): MaxOffer => ({
    reconditioning: num(raw.reconditioning),
    profitMargin: num(raw.profit_margin),
    lot: num(raw.lot),
    transport: num(raw.transport),
    admin: num(raw.admin),
    price: valid.price,
  }),
);

/** `POST /v2/valuations/predict` and `GET /v2/valuations/history/{id}`; `bounds`/`max_offer` only when licensed. */
export const valuationResponseSchema = shape(z.object({ prediction: predictionSchema }), (raw, valid) => ({
  prediction: valid.prediction,
  bounds: bounds(raw.bounds),
  maxOffer: optional(maxOfferSchema, raw.max_offer),
}));

const conditionSchema = shape(
  z.object({ condition_score: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]), trade_price: requiredNumber }),
  (raw, valid): ConditionPrice => ({
    conditionScore: valid.condition_score as ConditionScore,
    tradePrice: valid.trade_price,
    tradeBounds: range(record(raw.bounds)?.trade),
  }),
);

/** `POST /v2/valuations/predict/conditions` */
export const allConditionsResponseSchema = shape(z.object({ conditions: z.array(conditionSchema) }), (raw, valid) => ({
  prediction: optional(predictionSchema, raw.prediction),
  conditions: valid.conditions,
}));

/** `GET /v2/valuations/history`: the list sits in `predictions` (or `history`, as some copies name it). */
export const valuationHistoryResponseSchema = z
  .record(z.string(), z.unknown())
  .transform((raw) => ({ predictions: raw.predictions ?? raw.history }))
  .pipe(z.object({ predictions: z.array(predictionSchema) }));

const residualPoint = shape(
  z.object({ year: requiredNumber, kms: requiredNumber, valuation: requiredNumber }),
  (raw, valid): ResidualPoint => ({ ...valid, score: num(raw.score) }),
);

/** `POST /v2/valuations/residual` */
export const residualResponseSchema = z.object({ predictions: z.array(residualPoint) });

/** A max-offer cost: `{type, value}`, or a plain number read as a fixed amount. */
const maxOfferCost = z.union([
  z.object({ type: z.enum(['fixed', 'percentage']), value: requiredNumber }),
  requiredNumber.transform((value) => ({ type: 'fixed' as const, value })),
]);

const maxOfferConfiguration = z
  .object({ reconditioning: maxOfferCost, profit_margin: maxOfferCost, lot: maxOfferCost, transport: maxOfferCost, admin: maxOfferCost })
  .transform(
    (raw): MaxOfferConfiguration => ({
      reconditioning: raw.reconditioning,
      profitMargin: raw.profit_margin,
      lot: raw.lot,
      transport: raw.transport,
      admin: raw.admin,
    }),
  );

/** `GET|PUT /v2/valuations/max_offer_configuration`: fields at the top level or under `max_offer_configuration` / `configuration`. */
export const maxOfferConfigurationResponseSchema = z
  .record(z.string(), z.unknown())
  .transform((raw) => raw.max_offer_configuration ?? raw.configuration ?? raw)
  .pipe(maxOfferConfiguration);

/** `POST /v2/valuations/gauge/`: fields under `gauge` or at the top level, all optional. */
export const gaugeResponseSchema = z.record(z.string(), z.unknown()).transform((raw): Omit<GaugeResult, 'usage'> => {
  const gauge = record(raw.gauge) ?? raw;
  return {
    id: text(gauge.id),
    fill: num(gauge.fill),
    listingPrice: num(gauge.listing_price),
    marketRangeMin: num(gauge.market_range_min),
    marketRangeMax: num(gauge.market_range_max),
    confidence: text(gauge.confidence),
    sampleSize: num(gauge.sample_size),
    vehicleTitle: text(gauge.vehicle_title),
  };
});

// --- Sourcing --------------------------------------------------------------

/** One `listing_urls` entry: `{source, url}`; entries without a url are dropped. */
function listingUrl(value: unknown): ListingUrl | null {
  const raw = record(value);
  const url = raw ? text(raw.url) : null;
  return raw && url ? { source: text(raw.source), url } : null;
}

const leadSchema = shape(
  z.object({ id: requiredId }),
  (raw, valid): MarketLead => ({
    id: valid.id,
    vehicleId: text(raw.vehicle_id),
    year: num(raw.year),
    listedAt: text(raw.listed_at),
    removedAt: text(raw.removed_at),
    sellerType: text(raw.seller_type),
    color: text(raw.color),
    state: text(raw.state),
    tagIds: list(raw.tag_ids, (tag) => (typeof tag === 'string' ? tag : null)),
    price: num(raw.price),
    kms: num(raw.kms),
    badge: text(raw.badge),
    startingPrice: num(raw.starting_price),
    priceDropCount: num(raw.price_drop_count),
    listingUrls: list(raw.listing_urls, listingUrl),
    coverImage: text(raw.cover_image),
  }),
);

/** `GET /v2/sourcing/market_overlay/{vehicle_id}` */
export const marketOverlayResponseSchema = shape(z.object({ leads: z.array(leadSchema) }), (raw, valid) => ({
  sampleSize: num(raw.sample_size),
  daysChecked: num(raw.days_checked),
  leads: valid.leads,
}));

const historyEvent = shape(
  z.object({ type: z.string().min(1) }),
  (raw, valid): VehicleHistoryEvent => ({
    type: valid.type,
    odometer: num(raw.odometer),
    price: num(raw.price),
    marketplace: text(raw.marketplace),
    sellerType: text(raw.seller_type),
    timestamp: text(raw.timestamp),
  }),
);

/** `GET /v2/sourcing/history`: wrapped `{vehicle_history:{id,events}}` (AU/MY/UK) or flat `{id,events}` (AT). */
export const vehicleHistoryResponseSchema = z
  .unknown()
  .transform((body) => record(record(body)?.vehicle_history) ?? body)
  .pipe(shape(z.object({ events: z.array(historyEvent) }), (raw, valid) => ({ id: text(raw.id), events: valid.events })));

// --- Parsing ---------------------------------------------------------------

/**
 * Validates `body` with `schema`; on failure throws `BAD_RESPONSE` naming the
 * first wire field at fault (`vehicles[0].id`, `prediction.retail_price`).
 */
export function parseWire<T>(schema: z.ZodType<T>, body: unknown, status?: number): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw badResponse(wireField(result.error.issues[0]?.path ?? []), status);
}

function wireField(path: ReadonlyArray<PropertyKey>): string {
  let field = '';
  for (const part of path) {
    if (typeof part === 'number') field += `[${part}]`;
    else field += field === '' ? String(part) : `.${String(part)}`;
  }
  return field === '' ? 'body' : field;
}
