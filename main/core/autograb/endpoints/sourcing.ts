/**
 * AutoGrab's sourcing endpoints, one method each: the market overlay
 * (comparable listings) and a vehicle's listing history.
 */
import type { AuState, MarketOverlayFeature, MarketOverlayResult, VehicleHistoryFeature, VehicleHistoryResult } from '../../domain';
import { marketOverlayOptionsSchema, requirePlate, requireVin, validateInput, vehicleHistoryQuerySchema, vehicleIdSchema } from '../../validation/inputs';
import type { CallSpec } from '../transport';
import { marketOverlayResponseSchema, vehicleHistoryResponseSchema } from '../wire';
import { featureList } from './context';
import type { CallOptions, EndpointContext } from './context';

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

/** The sourcing endpoints of a client. */
export function sourcingEndpoints({ call, region, defaultState }: EndpointContext) {
  return {
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
      const state = region === 'au' ? (valid.state ?? defaultState) : undefined;
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
  };
}
