/**
 * AutoGrab's valuation endpoints, one method each: predict (with bounds and
 * max offer), every condition, history, residual, the max-offer
 * configuration and the price gauge.
 */
import type { AllConditionsResult, AuState, ConditionScore, GaugeResult, MaxOfferConfiguration, MaxOfferConfigurationResult, ResidualResult, ValuationFeature, ValuationHistoryResult, ValuationResult } from '../../domain';
import { allConditionsInputSchema, gaugeInputSchema, maxOfferConfigurationSchema, predictInputSchema, pricingIdSchema, requirePlate, requireVin, residualInputSchema, validateInput } from '../../validation/inputs';
import type { CallSpec } from '../transport';
import { allConditionsResponseSchema, gaugeResponseSchema, maxOfferConfigurationResponseSchema, residualResponseSchema, valuationHistoryResponseSchema, valuationResponseSchema } from '../wire';
import type { CallOptions, EndpointContext } from './context';
import { featureList, segment } from './context';

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

/** The RRP fields, in AutoGrab's names, only when given. */
function rrpBody(input: { rrpOverwrite?: number; rrpAdjustment?: number }): Record<string, number | undefined> {
  return { rrp_overwrite: input.rrpOverwrite, rrp_adjustment: input.rrpAdjustment };
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

/** The valuations endpoints of a client. */
export function valuationEndpoints({ call, region, defaultState }: EndpointContext) {
  return {
    /** `POST /v2/valuations/predict[?features=…]` */
    async predictValuation(input: PredictValuationInput, callOptions?: CallOptions): Promise<ValuationResult> {
      const valid = validateInput(predictInputSchema, input);
      const spec: CallSpec = {
        method: 'POST',
        path: '/v2/valuations/predict',
        query: { features: featureList(valid.features) },
        body: { vehicle_id: valid.vehicleId, kms: valid.kms, condition_score: valid.conditionScore, ...rrpBody(valid) },
      };
      const { data, usage, reusedFrom } = await call(spec, valuationResponseSchema, callOptions);
      return reusedFrom === null ? { ...data, usage } : { ...data, usage, fetchedAt: reusedFrom };
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
      const state = valid.state ?? (region === 'au' ? defaultState : undefined);
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
  };
}
