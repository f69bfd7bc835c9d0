/**
 * Valuation routes: predict (with bounds and max offer), all conditions,
 * history, residuals, max-offer configuration and the gauge.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { findPlate, findVehicle, findVin } from '../catalogue/catalogue.ts';
import type { CatalogueVehicle, RegionCode } from '../data/vehicle.ts';
import { averageKms, listingCount, valuate, YEARLY_KMS } from '../pricing/model.ts';
import type { Valuation } from '../pricing/model.ts';
import { deterministicUuid } from '../pricing/random.ts';
import { SandboxHttpError } from '../server/http.ts';
import type { JsonReply } from '../server/http.ts';
import { featureSet, intParam, parseBody, requireRegion } from './params.ts';
import { findListedVehicle } from './sourcing.ts';
import type { MaxOfferConfiguration, RouteContext, SandboxState } from './state.ts';

const MAX_KMS = 2_000_000;
const kms = z.number({ error: 'must be a number of kilometres' }).min(0, 'cannot be negative').max(MAX_KMS, 'is too large');
const MAX_RRP = 100_000_000;
/** §8.2/§8.4 adjustments: replace the stored RRP, or add to / subtract from it. */
const rrpFields = {
  rrp_overwrite: z.number({ error: 'must be a number' }).positive('must be more than zero').max(MAX_RRP, 'is too large').optional(),
  rrp_adjustment: z.number({ error: 'must be a number' }).min(-MAX_RRP, 'is too large').max(MAX_RRP, 'is too large').optional(),
};
const vehicleId = z.string({ error: 'is required (a 16-digit AutoGrab vehicle ID)' }).regex(/^\d{16}$/, 'must be a 16-digit AutoGrab vehicle ID');

const predictBody = z.object({
  region: z.unknown(),
  vehicle_id: vehicleId,
  kms: kms.optional(),
  // AutoGrab: any number outside 1..5 gives the default (excellent) trade price, so only the type is checked.
  condition_score: z.number({ error: 'must be a number from 1 to 5' }).optional(),
  catalogue: z.enum(['autograb', 'jato'], { error: 'must be autograb or jato' }).optional(),
  ...rrpFields,
});

const residualBody = z.object({
  region: z.unknown(),
  vehicle_id: vehicleId,
  initial_kms: kms.optional(),
  yearly_kms: kms.optional(),
  ...rrpFields,
});

/** The new-car price the valuation starts from: `rrp_overwrite` replaces it, `rrp_adjustment` moves it. */
function rrpFor(entry: CatalogueVehicle, body: { rrp_overwrite?: number; rrp_adjustment?: number }): number | undefined {
  if (body.rrp_overwrite === undefined && body.rrp_adjustment === undefined) return undefined;
  return Math.max(1, (body.rrp_overwrite ?? entry.newPrice) + (body.rrp_adjustment ?? 0));
}

function vehicleFor(region: RegionCode, id: string, catalogue: string | undefined): CatalogueVehicle {
  if (catalogue === 'jato') throw new SandboxHttpError(400, 'The sandbox has no JATO catalogue; use catalogue "autograb".');
  const entry = findVehicle(region, id);
  if (!entry) throw new SandboxHttpError(404, 'No vehicle was found with that ID.');
  return entry;
}

function predictionObject(id: string, entry: CatalogueVehicle, valuation: Valuation, createdAt: number) {
  return {
    id,
    vehicle_id: entry.vehicle.id,
    created_at: new Date(createdAt).toISOString(),
    kms: valuation.kms,
    price: valuation.retail,
    score: valuation.score,
    retail_price: valuation.retail,
    trade_price: valuation.trade,
    adjustment: null,
  };
}

/** Max offer = base (retail, or trade with `max_offer_trade`) minus each configured cost. */
export function maxOffer(base: number, config: MaxOfferConfiguration) {
  const cost = (name: keyof MaxOfferConfiguration) => {
    const { type, value } = config[name];
    return Math.round((type === 'percentage' ? (base * value) / 100 : value) * 100) / 100;
  };
  const parts = { reconditioning: cost('reconditioning'), profit_margin: cost('profit_margin'), lot: cost('lot'), transport: cost('transport'), admin: cost('admin') };
  const total = Object.values(parts).reduce((sum, part) => sum + part, 0);
  return { ...parts, price: Math.max(0, Math.round((base - total) * 100) / 100) };
}

function remember(state: SandboxState, region: RegionCode, entry: CatalogueVehicle, payload: { prediction: { id: string; created_at: string } } & Record<string, unknown>): void {
  state.valuations.push({ id: payload.prediction.id, createdAt: Date.parse(payload.prediction.created_at), region, title: entry.vehicle.title, payload });
}

/** `POST /v2/valuations/predict?features=bounds,max_offer,max_offer_trade` */
export function predict({ request, state }: RouteContext): JsonReply {
  const body = parseBody(predictBody, request.bodyText);
  const region = requireRegion(body.region);
  const entry = vehicleFor(region, body.vehicle_id, body.catalogue);
  const now = state.now();
  const valuation = valuate({ entry, region, nowMs: now, kms: body.kms, conditionScore: body.condition_score, rrp: rrpFor(entry, body) });
  const features = featureSet(request.query);
  const payload: { prediction: ReturnType<typeof predictionObject> } & Record<string, unknown> = {
    prediction: predictionObject(randomUUID(), entry, valuation, now),
  };
  if (features.has('bounds')) payload.bounds = valuation.bounds;
  if (features.has('max_offer') || features.has('max_offer_trade')) {
    payload.max_offer = maxOffer(features.has('max_offer_trade') ? valuation.trade : valuation.retail, state.maxOffer);
  }
  remember(state, region, entry, payload);
  return { status: 200, body: { success: true, ...payload } };
}

/** `POST /v2/valuations/predict/conditions`: one trade price (with bounds) per condition 1..5. */
export function predictConditions({ request, state }: RouteContext): JsonReply {
  const body = parseBody(predictBody.omit({ condition_score: true }), request.bodyText);
  const region = requireRegion(body.region);
  const entry = vehicleFor(region, body.vehicle_id, body.catalogue);
  const now = state.now();
  const base = valuate({ entry, region, nowMs: now, kms: body.kms });
  const conditions = [1, 2, 3, 4, 5].map((conditionScore) => {
    const valuation = valuate({ entry, region, nowMs: now, kms: body.kms, conditionScore });
    return { condition_score: conditionScore, trade_price: valuation.trade, bounds: { trade: valuation.bounds.trade } };
  });
  const payload = { prediction: predictionObject(randomUUID(), entry, base, now), conditions };
  remember(state, region, entry, payload);
  return { status: 200, body: { success: true, ...payload } };
}

/**
 * `GET /v2/valuations/history?page=&per_page=` (parameter names are our
 * assumption; AutoGrab documents none). Newest first; each item is the
 * stored prediction plus its `region` and vehicle `title`.
 */
export function valuationHistory({ request, state }: RouteContext): JsonReply {
  const page = intParam(request.query, 'page', { min: 1, max: 100000, fallback: 1 });
  const perPage = intParam(request.query, 'per_page', { min: 1, max: 100, fallback: 20 });
  const newestFirst = [...state.valuations].reverse();
  const items = newestFirst.slice((page - 1) * perPage, page * perPage).map((record) => ({ ...record.payload.prediction, region: record.region, title: record.title }));
  const total = newestFirst.length;
  return { status: 200, body: { success: true, predictions: items, pagination: { page, per_page: perPage, total, total_pages: Math.ceil(total / perPage) } } };
}

/** `GET /v2/valuations/history/{pricing_id}`: the earlier response payload. */
export function valuationById({ params, state }: RouteContext): JsonReply {
  const record = state.valuations.find((candidate) => candidate.id === params.id);
  if (!record) throw new SandboxHttpError(404, 'No valuation was found with that ID.');
  return { status: 200, body: { success: true, ...record.payload } };
}

/** `POST /v2/valuations/residual`: years 0..5, kms = initial + year × yearly. */
export function residual({ request, state }: RouteContext): JsonReply {
  const body = parseBody(residualBody, request.bodyText);
  const region = requireRegion(body.region);
  const entry = vehicleFor(region, body.vehicle_id, undefined);
  const now = state.now();
  const initial = body.initial_kms ?? averageKms(entry, region, now);
  const yearly = body.yearly_kms ?? YEARLY_KMS[region];
  const rrp = rrpFor(entry, body);
  const predictions = [0, 1, 2, 3, 4, 5].map((year) => {
    const valuation = valuate({ entry, region, nowMs: now, kms: initial + year * yearly, yearsAhead: year, rrp });
    return { year, kms: valuation.kms, valuation: valuation.retail, score: valuation.score };
  });
  return { status: 200, body: { success: true, predictions } };
}

const component = z.object({
  type: z.enum(['fixed', 'percentage'], { error: 'type must be fixed or percentage' }),
  value: z.number({ error: 'value must be a number' }).min(0, 'value cannot be negative').max(1_000_000, 'value is too large'),
}).refine((part) => part.type !== 'percentage' || part.value <= 100, 'a percentage cannot be over 100');
const configBody = z.object({
  reconditioning: component.optional(),
  profit_margin: component.optional(),
  lot: component.optional(),
  transport: component.optional(),
  admin: component.optional(),
}).strict();

/** `GET /v2/valuations/max_offer_configuration` */
export function getMaxOfferConfiguration({ state }: RouteContext): JsonReply {
  return { status: 200, body: { success: true, max_offer_configuration: state.maxOffer } };
}

/** `PUT /v2/valuations/max_offer_configuration`: partial update, each cost `{type: fixed|percentage, value}`. */
export function putMaxOfferConfiguration({ request, state }: RouteContext): JsonReply {
  const update = parseBody(configBody, request.bodyText);
  state.maxOffer = { ...state.maxOffer, ...Object.fromEntries(Object.entries(update).filter(([, value]) => value !== undefined)) };
  return { status: 200, body: { success: true, max_offer_configuration: state.maxOffer } };
}

const gaugeBody = z.object({
  region: z.unknown(),
  odometer: kms,
  listing_price: z.number({ error: 'must be a number' }).positive('must be more than zero'),
  vehicle_id: vehicleId.optional(),
  vin: z.string().optional(),
  rego: z.string().optional(),
  state: z.string().optional(),
  marketplace: z.string().max(100, 'is too long').optional(),
  marketplace_id: z.string().max(100, 'is too long').optional(),
});

/** AutoGrab's confidence bands (§8.1): above 0.8 high, 0.5–0.8 medium, below 0.5 low. */
function confidenceBand(score: number): 'high' | 'medium' | 'low' {
  return score > 0.8 ? 'high' : score >= 0.5 ? 'medium' : 'low';
}

/** `POST /v2/valuations/gauge/`: where a listing price sits in the market range. */
export function gauge({ request, state }: RouteContext): JsonReply {
  const body = parseBody(gaugeBody, request.bodyText);
  const region = requireRegion(body.region);
  let entry: CatalogueVehicle | null | undefined;
  if (body.vehicle_id) entry = findVehicle(region, body.vehicle_id);
  else if (body.vin) entry = findVin(region, body.vin)?.entry;
  else if (body.rego) entry = findPlate(region, body.rego, body.state?.toUpperCase())?.entry;
  else if (body.marketplace && body.marketplace_id) {
    entry = findListedVehicle(region, body.marketplace, body.marketplace_id, state.now());
    // AutoGrab's documented wording for an unknown listing (§4, Marketplace ID Lookup).
    if (!entry) throw new SandboxHttpError(404, `Vehicle via marketplace ${body.marketplace}/${body.marketplace_id} not found in database`);
  } else throw new SandboxHttpError(400, 'Send one of vehicle_id, vin, rego (with state in AU), or marketplace with marketplace_id.');
  if (!entry) throw new SandboxHttpError(404, 'No vehicle was found for that listing.');
  const now = state.now();
  const valuation = valuate({ entry, region, nowMs: now, kms: body.odometer });
  const { lower, upper } = valuation.bounds.retail;
  const fill = Math.min(1, Math.max(0, (body.listing_price - lower) / Math.max(1, upper - lower)));
  return {
    status: 200,
    body: {
      success: true,
      gauge: {
        id: deterministicUuid(`gauge|${region}|${entry.vehicle.id}|${body.odometer}|${body.listing_price}`),
        fill: Math.round(fill * 10000) / 10000,
        listing_price: body.listing_price,
        market_range_min: lower,
        market_range_max: upper,
        confidence: confidenceBand(valuation.score),
        sample_size: listingCount(entry, now),
        vehicle_title: entry.vehicle.title,
      },
    },
  };
}
