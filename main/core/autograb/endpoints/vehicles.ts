/**
 * AutoGrab's vehicle endpoints, one method each: plain-text search, plate and
 * VIN lookups, one vehicle by id, facet counts and facet search.
 */
import type { AuState, FacetFilters, CountableFacetName, FacetResult, FacetSearchResult, VehicleLookupResult, VehicleResult, VehicleSearchResult } from '../../domain';
import { facetSearchInputSchema, facetsInputSchema, requirePlate, requireVin, searchInputSchema, validateInput, vehicleIdSchema } from '../../validation/inputs';
import type { CallSpec, QueryValue } from '../transport';
import { facetResponseSchema, facetSearchResponseSchema, lookupResponseSchema, searchResponseSchema, vehicleResponseSchema } from '../wire';
import type { CallOptions, EndpointContext } from './context';
import { segment } from './context';

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

/** The vehicles endpoints of a client. */
export function vehicleEndpoints({ call, region, defaultState }: EndpointContext) {
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
      const state = region === 'au' ? (input?.state ?? defaultState) : undefined;
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
  };
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
