/**
 * Identifying a vehicle: free-text search, plate and VIN lookups, guided
 * (facet) search, and cancelling a request the user no longer wants.
 * Successful searches and lookups go into local history.
 */
import type { Vehicle } from '../../core/domain';
import type { Handlers } from '../dispatcher';
import type { BackendServices } from './services';

type VehicleChannels =
  | 'vehicles:search'
  | 'vehicles:lookup-plate'
  | 'vehicles:lookup-vin'
  | 'vehicles:get'
  | 'vehicles:facets'
  | 'vehicles:facet-search'
  | 'requests:cancel';

/** Handlers for the vehicle channels. */
export function vehicleHandlers(services: BackendServices): Pick<Handlers, VehicleChannels> {
  const record = (query: string, vehicle: Vehicle | null) => {
    services.recordHistory({ kind: 'search', mode: services.mode(), query, vehicle: vehicle && { id: vehicle.id, title: vehicle.title } });
  };
  return {
    'vehicles:search': async ({ requestId, ...query }) => {
      const result = await services.requests.run('search', requestId, (signal) => services.client().searchVehicles(query, { signal }));
      services.rememberVehicles(result.vehicles);
      record(query.search, result.vehicles[0] ?? null);
      return result;
    },
    'vehicles:lookup-plate': async (request) => {
      const result = await services.requests.run('lookup', undefined, (signal) => services.client().lookupPlate(request, { signal }));
      services.rememberVehicles([result.vehicle, ...result.additionalVehicles]);
      record(request.plate, result.vehicle);
      return result;
    },
    'vehicles:lookup-vin': async (request) => {
      const result = await services.requests.run('lookup', undefined, (signal) => services.client().lookupVin(request, { signal }));
      services.rememberVehicles([result.vehicle, ...result.additionalVehicles]);
      record(request.vin, result.vehicle);
      return result;
    },
    'vehicles:get': async (request) => {
      const result = await services.client().getVehicle(request);
      services.rememberVehicles([result.vehicle]);
      return result;
    },
    'vehicles:facets': async ({ requestId, ...request }) =>
      services.requests.run(`facets:${request.facet}`, requestId, (signal) => services.client().facets(request, { signal })),
    'vehicles:facet-search': async (filters) => {
      const result = await services.requests.run('facet-search', undefined, (signal) => services.client().facetSearch(filters, { signal }));
      services.rememberVehicles(result.vehicles);
      return result;
    },
    'requests:cancel': async ({ requestId }) => ({ cancelled: services.requests.cancel(requestId) }),
  };
}
