/**
 * AutoGrab's wire format (snake_case JSON) validated with zod and mapped to the
 * domain types. AutoGrab documents fields as "at least these", so only what the
 * app cannot work without is required (vehicle id and title, prediction id and
 * prices, list containers); every other field is optional, a wrong type there
 * becomes null, and unknown keys are ignored. Where the docs disagree (§16)
 * both shapes are accepted. A response the app cannot use becomes
 * `BAD_RESPONSE` whose `field` names the wire field, e.g. `prediction.retail_price`.
 */
import { z } from 'zod';
import type {
  ConditionPrice,
  ConditionScore,
  FacetCount,
  FacetName,
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
} from '../domain';
import { badResponse } from './failures';

// --- Building blocks -------------------------------------------------------

/** Optional text: strings kept, numbers stringified, anything else null. */
const text = z.unknown().optional().transform((value) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null));

/** Optional number: numbers and numeric strings kept, anything else null. */
const num = z.unknown().optional().transform((value) => toNumber(value));

/** Required number: a number or a numeric string. */
const requiredNumber = z.union([z.number(), z.string()]).transform((value, context) => {
  const parsed = toNumber(value);
  if (parsed === null) {
    context.addIssue({ code: 'custom', message: 'not a number' });
    return z.NEVER;
  }
  return parsed;
});

/** Required id: a non-empty string, or a number stringified. */
const requiredId = z.union([z.string().min(1), z.number().transform(String)]);

/** Optional match confidence; unknown values become null. */
const confidence = z.unknown().optional().transform((value): MatchConfidence | null => (value === 'standard' || value === 'reduced' ? value : null));

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

/** A list of secondary items: invalid items are dropped, a missing list is empty. */
function lenientList<T>(item: z.ZodType<T>) {
  return z.unknown().optional().transform((value) =>
    Array.isArray(value)
      ? value.flatMap((entry) => {
          const parsed = item.safeParse(entry);
          return parsed.success ? [parsed.data] : [];
        })
      : [],
  );
}

const priceRange = z.object({ lower: requiredNumber, upper: requiredNumber });

/** An optional `{lower, upper}`; anything else null. */
function optionalRange(value: unknown): PriceRange | null {
  const parsed = priceRange.safeParse(value);
  return parsed.success ? parsed.data : null;
}

// --- Vehicles --------------------------------------------------------------

const vehicleOption = z.object({ detail: z.string(), price: num });

/** The vehicle object shared by search, plate, VIN and id lookups. */
export const vehicleSchema = z
  .object({
    id: requiredId,
    title: z.string().min(1),
    region: text,
    year: num,
    make: text,
    model: text,
    badge: text,
    series: text,
    model_year: text,
    release_month: num,
    release_year: num,
    body_type: text,
    body_config: text,
    transmission: text,
    transmission_type: text,
    fuel: text,
    fuel_type: text,
    engine: text,
    engine_type: text,
    drive: text,
    drive_type: text,
    num_doors: num,
    num_seats: num,
    num_gears: num,
    num_cylinders: num,
    capacity_cc: num,
    power_kw: num,
    torque_nm: num,
    range: num,
    options: lenientList(vehicleOption),
  })
  .transform(
    (raw): Vehicle => ({
      id: raw.id,
      title: raw.title,
      region: raw.region,
      year: raw.year,
      make: raw.make,
      model: raw.model,
      badge: raw.badge,
      series: raw.series,
      modelYear: raw.model_year,
      releaseMonth: raw.release_month,
      releaseYear: raw.release_year,
      bodyType: raw.body_type,
      bodyConfig: raw.body_config,
      transmission: raw.transmission,
      transmissionType: raw.transmission_type,
      fuel: raw.fuel,
      fuelType: raw.fuel_type,
      engine: raw.engine,
      engineType: raw.engine_type,
      drive: raw.drive,
      driveType: raw.drive_type,
      numDoors: raw.num_doors,
      numSeats: raw.num_seats,
      numGears: raw.num_gears,
      numCylinders: raw.num_cylinders,
      capacityCc: raw.capacity_cc,
      powerKw: raw.power_kw,
      torqueNm: raw.torque_nm,
      rangeKm: raw.range,
      options: raw.options,
    }),
  );

/** `GET /v2/vehicles?search=` */
export const searchResponseSchema = z.object({ vehicles: z.array(vehicleSchema), total: num, confidence });

/** `GET /v2/vehicles/registrations/{plate}` and `/vins/{vin}` */
export const lookupResponseSchema = z
  .object({
    vehicle: vehicleSchema.nullish(),
    upstream_vehicle: text,
    confidence,
    colour: text,
    vin: text,
    additional_vehicles: lenientList(vehicleSchema),
  })
  .transform((raw) => ({
    vehicle: raw.vehicle ?? null,
    upstreamVehicle: raw.upstream_vehicle,
    confidence: raw.confidence,
    colour: raw.colour,
    vin: raw.vin,
    additionalVehicles: raw.additional_vehicles,
  }));

/** `GET /v2/vehicles/{id}` */
export const vehicleResponseSchema = z.object({ vehicle: vehicleSchema });

/** `GET /v2/vehicles/facets/search` */
export const facetSearchResponseSchema = z.object({ vehicles: z.array(vehicleSchema) });

/** One facet entry: `{value, count}` (worked examples) or keyed by the facet name (OpenAPI sample). */
function facetItem(facet: FacetName) {
  return z.record(z.string(), z.unknown()).transform((raw, context): FacetCount => {
    const value = raw.value ?? raw[facet];
    const count = toNumber(raw.count);
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
export function facetResponseSchema(facet: FacetName) {
  const list = z.array(facetItem(facet));
  return z.record(z.string(), z.unknown()).transform((raw, context): FacetCount[] => {
    const nested = typeof raw.facets === 'object' && raw.facets !== null ? (raw.facets as Record<string, unknown>)[facet] : undefined;
    const path: PropertyKey[] = nested !== undefined ? ['facets', facet] : [facet];
    const parsed = list.safeParse(nested ?? raw[facet]);
    if (parsed.success) return parsed.data;
    context.addIssue({ code: 'custom', message: 'facet list', path: [...path, ...(parsed.error.issues[0]?.path ?? [])] });
    return z.NEVER;
  });
}

// --- Valuations ------------------------------------------------------------

/** The `prediction` object. */
export const predictionSchema = z
  .object({
    id: requiredId,
    vehicle_id: text,
    created_at: text,
    kms: num,
    retail_price: requiredNumber,
    trade_price: requiredNumber,
    score: num,
  })
  .transform(
    (raw): Prediction => ({
      id: raw.id,
      vehicleId: raw.vehicle_id ?? '',
      createdAt: raw.created_at,
      kms: raw.kms,
      retailPrice: raw.retail_price,
      tradePrice: raw.trade_price,
      score: raw.score,
    }),
  );

const bounds = z.unknown().optional().transform((value): PriceBounds | null => {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const result = { retail: optionalRange(record.retail), trade: optionalRange(record.trade) };
  return result.retail || result.trade ? result : null;
});

const maxOfferSchema = z.object({
  reconditioning: num,
  profit_margin: num,
  lot: num,
  transport: num,
  admin: num,
  price: requiredNumber,
});

const maxOffer = z.unknown().optional().transform((value): MaxOffer | null => {
  const parsed = maxOfferSchema.safeParse(value);
  if (!parsed.success) return null;
  const raw = parsed.data;
  return { reconditioning: raw.reconditioning, profitMargin: raw.profit_margin, lot: raw.lot, transport: raw.transport, admin: raw.admin, price: raw.price };
});

/** `POST /v2/valuations/predict` and `GET /v2/valuations/history/{id}`. */
export const valuationResponseSchema = z.object({ prediction: predictionSchema, bounds, max_offer: maxOffer }).transform((raw) => ({
  prediction: raw.prediction,
  bounds: raw.bounds,
  maxOffer: raw.max_offer,
}));

const conditionSchema = z
  .object({
    condition_score: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
    trade_price: requiredNumber,
    bounds: z.unknown().optional(),
  })
  .transform(
    (raw): ConditionPrice => ({
      conditionScore: raw.condition_score as ConditionScore,
      tradePrice: raw.trade_price,
      tradeBounds: typeof raw.bounds === 'object' && raw.bounds !== null ? optionalRange((raw.bounds as Record<string, unknown>).trade) : null,
    }),
  );

/** `POST /v2/valuations/predict/conditions` */
export const allConditionsResponseSchema = z.object({
  prediction: z.unknown().optional().transform((value) => {
    const parsed = predictionSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  }),
  conditions: z.array(conditionSchema),
});

/** `GET /v2/valuations/history`: the list sits in `predictions` (or `history`, as some copies name it). */
export const valuationHistoryResponseSchema = z
  .object({ predictions: z.unknown().optional(), history: z.unknown().optional() })
  .transform((raw) => ({ predictions: raw.predictions ?? raw.history }))
  .pipe(z.object({ predictions: z.array(predictionSchema) }));

const residualPoint = z
  .object({ year: requiredNumber, kms: requiredNumber, valuation: requiredNumber, score: num })
  .transform((raw): ResidualPoint => raw);

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

/** `POST /v2/valuations/gauge/`: fields under `gauge` or at the top level. */
export const gaugeResponseSchema = z
  .record(z.string(), z.unknown())
  .transform((raw) => raw.gauge ?? raw)
  .pipe(
    z.object({
      id: text,
      fill: num,
      listing_price: num,
      market_range_min: num,
      market_range_max: num,
      confidence: text,
      sample_size: num,
      vehicle_title: text,
    }),
  )
  .transform((raw) => ({
    id: raw.id,
    fill: raw.fill,
    listingPrice: raw.listing_price,
    marketRangeMin: raw.market_range_min,
    marketRangeMax: raw.market_range_max,
    confidence: raw.confidence,
    sampleSize: raw.sample_size,
    vehicleTitle: raw.vehicle_title,
  }));

// --- Sourcing --------------------------------------------------------------

const leadSchema = z
  .object({
    id: requiredId,
    vehicle_id: text,
    year: num,
    listed_at: text,
    removed_at: text,
    seller_type: text,
    color: text,
    state: text,
    tag_ids: lenientList(z.string()),
    price: num,
    kms: num,
  })
  .transform(
    (raw): MarketLead => ({
      id: raw.id,
      vehicleId: raw.vehicle_id,
      year: raw.year,
      listedAt: raw.listed_at,
      removedAt: raw.removed_at,
      sellerType: raw.seller_type,
      color: raw.color,
      state: raw.state,
      tagIds: raw.tag_ids,
      price: raw.price,
      kms: raw.kms,
    }),
  );

/** `GET /v2/sourcing/market_overlay/{vehicle_id}` */
export const marketOverlayResponseSchema = z
  .object({ sample_size: num, days_checked: num, leads: z.array(leadSchema) })
  .transform((raw) => ({ sampleSize: raw.sample_size, daysChecked: raw.days_checked, leads: raw.leads }));

const historyEvent = z
  .object({ type: z.string().min(1), odometer: num, price: num, marketplace: text, seller_type: text, timestamp: text })
  .transform(
    (raw): VehicleHistoryEvent => ({
      type: raw.type,
      odometer: raw.odometer,
      price: raw.price,
      marketplace: raw.marketplace,
      sellerType: raw.seller_type,
      timestamp: raw.timestamp,
    }),
  );

/** `GET /v2/sourcing/history`: wrapped `{vehicle_history:{id,events}}` (AU/MY/UK) or flat `{id,events}` (AT). */
export const vehicleHistoryResponseSchema = z
  .record(z.string(), z.unknown())
  .transform((raw) => (typeof raw.vehicle_history === 'object' && raw.vehicle_history !== null ? raw.vehicle_history : raw))
  .pipe(z.object({ id: text, events: z.array(historyEvent) }));

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
