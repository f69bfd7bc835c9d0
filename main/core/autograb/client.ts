/**
 * The AutoGrab client: one method per endpoint the app uses (§19 of the
 * reference), camelCase inputs validated before anything is sent, responses
 * validated into domain types, each result carrying the call's usage headers.
 */
import type {
  AllConditionsResult,
  ApiUsage,
  AuState,
  FacetFilters,
  CountableFacetName,
  FacetResult,
  FacetSearchResult,
  GaugeResult,
  MarketOverlayResult,
  MarketOverlayFeature,
  MaxOfferConfiguration,
  MaxOfferConfigurationResult,
  Region,
  ResidualResult,
  ValuationFeature,
  ValuationHistoryResult,
  ValuationResult,
  VehicleHistoryFeature,
  VehicleHistoryResult,
  VehicleLookupResult,
  VehicleResult,
  VehicleSearchResult,
  ConditionScore,
} from '../domain';
import type { Logger } from '../../ports';
import { systemClock } from '../auth/clock';
import type { Clock } from '../auth/clock';
import type { Credentials } from '../auth/credentials';
import { requestToken } from '../auth/token-endpoint';
import { TokenManager } from '../auth/token-manager';
import {
  allConditionsInputSchema,
  facetSearchInputSchema,
  facetsInputSchema,
  gaugeInputSchema,
  marketOverlayOptionsSchema,
  maxOfferConfigurationSchema,
  predictInputSchema,
  pricingIdSchema,
  requirePlate,
  requireVin,
  residualInputSchema,
  searchInputSchema,
  validateInput,
  vehicleHistoryQuerySchema,
  vehicleIdSchema,
} from '../validation/inputs';
import { Transport } from './transport';
import type { CallSpec, QueryValue, RetryOptions } from './transport';
import {
  allConditionsResponseSchema,
  facetResponseSchema,
  facetSearchResponseSchema,
  gaugeResponseSchema,
  lookupResponseSchema,
  marketOverlayResponseSchema,
  maxOfferConfigurationResponseSchema,
  parseWire,
  residualResponseSchema,
  searchResponseSchema,
  valuationHistoryResponseSchema,
  valuationResponseSchema,
  vehicleHistoryResponseSchema,
  vehicleResponseSchema,
} from './wire';
import type { z } from 'zod';

/** How to build a client. */
export interface AutoGrabClientOptions {
  /** API host, e.g. `https://api.autograb.com.au` (no `/v2`). */
  baseUrl: string;
  /** OAuth token endpoint; defaults to `${baseUrl}/auth-broker/request-token`. */
  tokenUrl?: string;
  region: Region;
  /** Default state for AU plate lookups. */
  state?: AuState;
  credentials: Credentials;
  fetch?: typeof fetch;
  /** Per-attempt timeout, ms (default 15 000). */
  timeoutMs?: number;
  clock?: Clock;
  onUsage?: (usage: ApiUsage) => void;
  logger?: Logger;
  retry?: RetryOptions;
  /** Most requests on the wire at once; further calls queue (default 8). */
  maxConcurrentRequests?: number;
}

/** Per-call options. */
export interface CallOptions {
  /** Aborting rejects the call with `CANCELLED`. */
  signal?: AbortSignal;
}

/** Plain-text search input. */
export interface SearchVehiclesInput {
  search: string;
  count?: number;
  preferMoreResults?: boolean;
}

/** Plate lookup input; `state` falls back to the client's state (AU only). */
export interface LookupPlateInput {
  plate: string;
  state?: AuState;
}

/** Facet count input. */
export interface FacetsInput extends FacetFilters {
  facet: CountableFacetName;
}

/** Valuation input. */
export interface PredictValuationInput {
  vehicleId: string;
  kms?: number;
  conditionScore?: ConditionScore;
  features?: ValuationFeature[];
  /** Replaces the stored RRP (e.g. a dealer's own new-car price). */
  rrpOverwrite?: number;
  /** Added to (or, negative, taken from) the stored RRP, e.g. for factory options. */
  rrpAdjustment?: number;
}

/** Residual input. */
export interface ResidualInput {
  vehicleId: string;
  initialKms: number;
  yearlyKms: number;
  rrpOverwrite?: number;
  rrpAdjustment?: number;
}

/** Gauge input: odometer, asking price and one way to identify the vehicle. */
export interface GaugeInput {
  odometer: number;
  listingPrice: number;
  vehicleId?: string;
  vin?: string;
  rego?: string;
  state?: AuState;
  marketplace?: string;
  marketplaceId?: string;
}

/** Market overlay options. */
export interface MarketOverlayOptions {
  minimumDays?: number;
  includeAdjacentYears?: boolean;
  excludeOutliers?: boolean;
  excludeAllDelisted?: boolean;
  includeAllActive?: boolean;
  /** Add-ons to ask for; AutoGrab leaves out any the account is not licensed for. */
  features?: MarketOverlayFeature[];
}

/** Vehicle history query: VIN, plate (+ state in AU), year + make + model, or a marketplace listing; send every one known. */
export interface VehicleHistoryQuery {
  vin?: string;
  registrationPlate?: string;
  state?: AuState;
  year?: number;
  make?: string;
  model?: string;
  marketplace?: string;
  marketplaceId?: string;
  /** `price_changes` adds the price-change events. */
  features?: VehicleHistoryFeature[];
}

/** The AutoGrab client. */
export type AutoGrabClient = ReturnType<typeof createAutoGrabClient>;

const DEFAULT_TIMEOUT_MS = 15_000;
/** AutoGrab's documented MY test plate: a real authenticated call that is not billed. */
const TEST_PLATE = 'REG4SUCCESS';
const DEFAULT_RETRY: Required<RetryOptions> = { maxAttempts: 3, baseDelayMs: 250, maxRateLimitWaitMs: 10_000 };

/** Creates a client. Nothing is sent until a method is called. */
export function createAutoGrabClient(options: AutoGrabClientOptions) {
  const clock = options.clock ?? systemClock;
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const { credentials, region } = options;
  const tokens =
    credentials.kind === 'oauth'
      ? new TokenManager({
          clock,
          requestToken: () =>
            requestToken({ tokenUrl: options.tokenUrl ?? `${options.baseUrl.replace(/\/+$/, '')}/auth-broker/request-token`, credentials, fetch: fetchImpl, timeoutMs }),
        })
      : null;
  const transport = new Transport({
    baseUrl: options.baseUrl,
    region,
    credentials,
    tokens,
    fetch: fetchImpl,
    timeoutMs,
    clock,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    onUsage: options.onUsage,
    logger: options.logger,
    maxConcurrentRequests: options.maxConcurrentRequests,
  });

  /** Sends `spec` and validates the body with `schema`. */
  async function call<T>(spec: CallSpec, schema: z.ZodType<T>, callOptions?: CallOptions): Promise<{ data: T; usage: ApiUsage | null }> {
    const result = await transport.call(spec, callOptions?.signal);
    return { data: parseWire(schema, result.body, result.status), usage: result.usage };
  }

  const segment = encodeURIComponent;

  return {
    /** `GET /v2/vehicles?search=`: plain-text search such as "2019 myvi 1.5 av". */
    async searchVehicles(input: SearchVehiclesInput, callOptions?: CallOptions): Promise<VehicleSearchResult> {
      const valid = validateInput(searchInputSchema, input);
      const query = { search: valid.search, count: valid.count, prefer_more_results: valid.preferMoreResults };
      const { data, usage } = await call({ method: 'GET', path: '/v2/vehicles', query }, searchResponseSchema, callOptions);
      return { ...data, usage };
    },

    /** `GET /v2/vehicles/registrations/{plate}`: plate sent compact; AU adds `state`. */
    async lookupPlate(input: LookupPlateInput, callOptions?: CallOptions): Promise<VehicleLookupResult> {
      const state = region === 'au' ? (input?.state ?? options.state) : undefined;
      const plate = requirePlate(input?.plate, region, state);
      const spec: CallSpec = { method: 'GET', path: `/v2/vehicles/registrations/${segment(plate)}`, query: { state } };
      const { data, usage } = await call(spec, lookupResponseSchema, callOptions);
      return { ...data, usage };
    },

    /** `GET /v2/vehicles/vins/{vin}` */
    async lookupVin(input: { vin: string }, callOptions?: CallOptions): Promise<VehicleLookupResult> {
      const vin = requireVin(input?.vin);
      const { data, usage } = await call({ method: 'GET', path: `/v2/vehicles/vins/${segment(vin)}` }, lookupResponseSchema, callOptions);
      return { ...data, usage };
    },

    /** `GET /v2/vehicles/{id}` */
    async getVehicle(input: { vehicleId: string }, callOptions?: CallOptions): Promise<VehicleResult> {
      const vehicleId = validateInput(vehicleIdSchema, input?.vehicleId, 'vehicleId');
      const { data, usage } = await call({ method: 'GET', path: `/v2/vehicles/${vehicleId}` }, vehicleResponseSchema, callOptions);
      return { vehicle: data.vehicle, usage };
    },

    /** `GET /v2/vehicles/facets`: counts for one facet under the given filters (both documented shapes accepted). */
    async facets(input: FacetsInput, callOptions?: CallOptions): Promise<FacetResult> {
      const valid = validateInput(facetsInputSchema, input);
      const { facet, ...filters } = valid;
      const spec: CallSpec = { method: 'GET', path: '/v2/vehicles/facets', query: { facet, ...filterQuery(filters) } };
      const { data, usage } = await call(spec, facetResponseSchema(facet), callOptions);
      return { facet, values: data, usage };
    },

    /** `GET /v2/vehicles/facets/search`: vehicles matching year + make + model (+ more). Too broad → `TOO_MANY_RESULTS`. */
    async facetSearch(input: FacetFilters, callOptions?: CallOptions): Promise<FacetSearchResult> {
      const valid = validateInput(facetSearchInputSchema, input);
      const spec: CallSpec = { method: 'GET', path: '/v2/vehicles/facets/search', query: filterQuery(valid) };
      const { data, usage } = await call(spec, facetSearchResponseSchema, callOptions);
      return { vehicles: data.vehicles, usage };
    },

    /** `POST /v2/valuations/predict[?features=…]` */
    async predictValuation(input: PredictValuationInput, callOptions?: CallOptions): Promise<ValuationResult> {
      const valid = validateInput(predictInputSchema, input);
      const spec: CallSpec = {
        method: 'POST',
        path: '/v2/valuations/predict',
        query: { features: featureList(valid.features) },
        body: { vehicle_id: valid.vehicleId, kms: valid.kms, condition_score: valid.conditionScore, ...rrpBody(valid) },
      };
      const { data, usage } = await call(spec, valuationResponseSchema, callOptions);
      return { ...data, usage };
    },

    /** `POST /v2/valuations/predict/conditions`: trade price at every condition score. */
    async predictAllConditions(input: { vehicleId: string; kms?: number }, callOptions?: CallOptions): Promise<AllConditionsResult> {
      const valid = validateInput(allConditionsInputSchema, input);
      const spec: CallSpec = { method: 'POST', path: '/v2/valuations/predict/conditions', body: { vehicle_id: valid.vehicleId, kms: valid.kms } };
      const { data, usage } = await call(spec, allConditionsResponseSchema, callOptions);
      return { ...data, usage };
    },

    /** `GET /v2/valuations/history`: earlier valuations. */
    async valuationHistory(callOptions?: CallOptions): Promise<ValuationHistoryResult> {
      const { data, usage } = await call({ method: 'GET', path: '/v2/valuations/history' }, valuationHistoryResponseSchema, callOptions);
      return { predictions: data.predictions, usage };
    },

    /** `GET /v2/valuations/history/{pricing_id}`: reopens one valuation. */
    async valuationHistoryItem(input: { pricingId: string }, callOptions?: CallOptions): Promise<ValuationResult> {
      const pricingId = validateInput(pricingIdSchema, input?.pricingId, 'pricingId');
      const spec: CallSpec = { method: 'GET', path: `/v2/valuations/history/${segment(pricingId)}` };
      const { data, usage } = await call(spec, valuationResponseSchema, callOptions);
      return { ...data, usage };
    },

    /** `POST /v2/valuations/residual`: value over the next five years. */
    async residual(input: ResidualInput, callOptions?: CallOptions): Promise<ResidualResult> {
      const valid = validateInput(residualInputSchema, input);
      const spec: CallSpec = {
        method: 'POST',
        path: '/v2/valuations/residual',
        body: { vehicle_id: valid.vehicleId, initial_kms: valid.initialKms, yearly_kms: valid.yearlyKms, ...rrpBody(valid) },
      };
      const { data, usage } = await call(spec, residualResponseSchema, callOptions);
      return { points: data.predictions, usage };
    },

    /** `GET /v2/valuations/max_offer_configuration` */
    async getMaxOfferConfiguration(callOptions?: CallOptions): Promise<MaxOfferConfigurationResult> {
      const spec: CallSpec = { method: 'GET', path: '/v2/valuations/max_offer_configuration' };
      const { data, usage } = await call(spec, maxOfferConfigurationResponseSchema, callOptions);
      return { configuration: data, usage };
    },

    /** `PUT /v2/valuations/max_offer_configuration`: each cost sent as `{type: fixed|percentage, value}` (the sandbox's reading; AutoGrab's body is undocumented). */
    async setMaxOfferConfiguration(config: MaxOfferConfiguration, callOptions?: CallOptions): Promise<MaxOfferConfigurationResult> {
      const valid = validateInput(maxOfferConfigurationSchema, config);
      const spec: CallSpec = {
        method: 'PUT',
        path: '/v2/valuations/max_offer_configuration',
        body: { reconditioning: valid.reconditioning, profit_margin: valid.profitMargin, lot: valid.lot, transport: valid.transport, admin: valid.admin },
      };
      const { data, usage } = await call(spec, maxOfferConfigurationResponseSchema, callOptions);
      return { configuration: data, usage };
    },

    /** `POST /v2/valuations/gauge/`: where an asking price sits in the market. */
    async gauge(input: GaugeInput, callOptions?: CallOptions): Promise<GaugeResult> {
      const valid = validateInput(gaugeInputSchema, input);
      const vin = valid.vin === undefined ? undefined : requireVin(valid.vin);
      const state = valid.state ?? (region === 'au' ? options.state : undefined);
      const rego = valid.rego === undefined ? undefined : requirePlate(valid.rego, region, state, 'rego');
      const spec: CallSpec = {
        method: 'POST',
        path: '/v2/valuations/gauge/',
        body: {
          odometer: valid.odometer,
          listing_price: valid.listingPrice,
          vehicle_id: valid.vehicleId,
          vin,
          rego,
          state: rego === undefined ? undefined : state,
          marketplace: valid.marketplace,
          marketplace_id: valid.marketplaceId,
        },
      };
      const { data, usage } = await call(spec, gaugeResponseSchema, callOptions);
      return { ...data, usage };
    },

    /** `GET /v2/sourcing/market_overlay/{vehicle_id}`: comparable listings, active and sold. */
    async marketOverlay(vehicleId: string, overlayOptions: MarketOverlayOptions = {}, callOptions?: CallOptions): Promise<MarketOverlayResult> {
      const id = validateInput(vehicleIdSchema, vehicleId, 'vehicleId');
      const valid = validateInput(marketOverlayOptionsSchema, overlayOptions);
      const query = {
        minimum_days: valid.minimumDays,
        include_adjacent_years: valid.includeAdjacentYears,
        exclude_outliers: valid.excludeOutliers,
        exclude_all_delisted: valid.excludeAllDelisted,
        include_all_active: valid.includeAllActive,
        features: featureList(valid.features),
      };
      const { data, usage } = await call({ method: 'GET', path: `/v2/sourcing/market_overlay/${id}`, query }, marketOverlayResponseSchema, callOptions);
      return { ...data, usage };
    },

    /** `GET /v2/sourcing/history`: a vehicle's listing history (wrapped or flat shape). */
    async vehicleHistory(query: VehicleHistoryQuery, callOptions?: CallOptions): Promise<VehicleHistoryResult> {
      const valid = validateInput(vehicleHistoryQuerySchema, query);
      const state = region === 'au' ? (valid.state ?? options.state) : undefined;
      const vin = valid.vin === undefined ? undefined : requireVin(valid.vin);
      const plate = valid.registrationPlate === undefined ? undefined : requirePlate(valid.registrationPlate, region, state, 'registrationPlate');
      const spec: CallSpec = {
        method: 'GET',
        path: '/v2/sourcing/history',
        query: {
          vin,
          registration_plate: plate,
          state: plate === undefined ? undefined : state,
          year: valid.year,
          make: valid.make,
          model: valid.model,
          marketplace: valid.marketplace,
          marketplace_id: valid.marketplaceId,
          features: featureList(valid.features),
        },
      };
      const { data, usage } = await call(spec, vehicleHistoryResponseSchema, callOptions);
      return { ...data, usage };
    },

    /**
     * A cheap authenticated call: (for OAuth) a token request, then in
     * Malaysia a lookup of AutoGrab's free test plate `REG4SUCCESS` (not
     * billable), elsewhere a one-result search. Resolves with the usage
     * headers or throws the typed error.
     */
    async testConnection(callOptions?: CallOptions): Promise<{ usage: ApiUsage | null }> {
      const probe: [CallSpec, z.ZodType<unknown>] =
        region === 'my'
          ? [{ method: 'GET', path: `/v2/vehicles/registrations/${TEST_PLATE}` }, lookupResponseSchema]
          : [{ method: 'GET', path: '/v2/vehicles', query: { search: 'toyota', count: 1 } }, searchResponseSchema];
      const { usage } = await call(probe[0], probe[1], callOptions);
      return { usage };
    },

    /** Forgets the cached token. The client keeps no timers, so nothing else needs stopping. */
    close(): void {
      tokens?.clear();
    },
  };
}

/** AutoGrab's comma-separated `features` value, each name once; undefined (not sent) when empty. */
function featureList(features: readonly string[] | undefined): string | undefined {
  return features && features.length > 0 ? [...new Set(features)].join(',') : undefined;
}

/** The RRP fields, in AutoGrab's names, only when given. */
function rrpBody(input: { rrpOverwrite?: number; rrpAdjustment?: number }): Record<string, number | undefined> {
  return { rrp_overwrite: input.rrpOverwrite, rrp_adjustment: input.rrpAdjustment };
}

/** camelCase facet filters → AutoGrab's query names. */
function filterQuery(filters: FacetFilters): Record<string, QueryValue> {
  return {
    year: filters.year,
    make: filters.make,
    model: filters.model,
    badge: filters.badge,
    series: filters.series,
    transmission: filters.transmission,
    body_type: filters.bodyType,
    fuel: filters.fuel,
    drive: filters.drive,
  };
}
