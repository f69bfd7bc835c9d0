/**
 * Identifying a vehicle: free-text search, plate and VIN lookups, one vehicle
 * by id, and guided (facet) search. Successful searches and lookups go into
 * local history, and every vehicle seen is remembered so history can name it.
 */
import { z } from 'zod';
import { AU_STATES, vehicleTitle } from '../../core/domain';
import type { Vehicle, VehicleLookupResult } from '../../core/domain';
import { cleanedText, facetFiltersSchema, facetNameSchema, facetsInputSchema, searchInputSchema, vehicleIdSchema } from '../../core/validation/inputs';
import type { BackendServices } from '../services';
import type { RouteTable } from './route';
import { requestIdSchema } from './route';

/** Keeps a search or lookup in local history, with the vehicle it identified (if any). */
function record(services: BackendServices, query: string, vehicle: Vehicle | null): void {
  services.recordHistory({ kind: 'search', mode: services.mode(), query, vehicle: vehicle && { id: vehicle.id, title: vehicleTitle(vehicle) } });
}

/** A plate or VIN lookup: a newer lookup supersedes this one; the vehicles are remembered and the lookup kept in history under what was typed. */
async function lookup(services: BackendServices, typed: string, find: (signal: AbortSignal) => Promise<VehicleLookupResult>): Promise<VehicleLookupResult> {
  const result = await services.requests.run('lookup', undefined, find);
  services.rememberVehicles([result.vehicle, ...result.additionalVehicles]);
  record(services, typed, result.vehicle);
  return result;
}

/** Vehicle routes. */
export const vehicleRoutes = {
  'vehicles:search': {
    schema: searchInputSchema.extend({ requestId: requestIdSchema.optional() }).strict(),
    handle: async ({ requestId, ...query }, { services }) => {
      const result = await services.requests.run('search', requestId, (signal) => services.client().searchVehicles(query, { signal }));
      services.rememberVehicles(result.vehicles);
      // What was typed, with no vehicle: the first suggestion is not the car the salesperson chooses (the valuation records that one).
      record(services, query.search, null);
      return result;
    },
  },
  'vehicles:lookup-plate': {
    schema: z
      .object({
        plate: cleanedText(z.string().trim().min(1, 'Enter a number plate.').max(20, 'That number plate is too long.'), 100, 'That number plate is too long.'),
        state: z.enum(AU_STATES, { error: 'Choose an Australian state.' }).optional(),
      })
      .strict(),
    handle: async (request, { services }) => lookup(services, request.plate, (signal) => services.client().lookupPlate(request, { signal })),
  },
  'vehicles:lookup-vin': {
    schema: z
      .object({ vin: cleanedText(z.string().trim().min(1, 'Enter a VIN.').max(32, 'A VIN has 17 characters.'), 100, 'A VIN has 17 characters.') })
      .strict(),
    handle: async (request, { services }) => lookup(services, request.vin, (signal) => services.client().lookupVin(request, { signal })),
  },
  'vehicles:get': {
    schema: z.object({ vehicleId: vehicleIdSchema }).strict(),
    handle: async (request, { services }) => {
      const result = await services.client().getVehicle(request);
      services.rememberVehicles([result.vehicle]);
      return result;
    },
  },
  'vehicles:facets': {
    schema: facetsInputSchema.extend({ facet: facetNameSchema, requestId: requestIdSchema.optional() }).strict(),
    handle: async ({ requestId, ...request }, { services }) =>
      services.requests.run(`facets:${request.facet}`, requestId, (signal) => services.client().facets(request, { signal })),
  },
  'vehicles:facet-search': {
    schema: facetFiltersSchema.strict(),
    handle: async (filters, { services }) => {
      const result = await services.requests.run('facet-search', undefined, (signal) => services.client().facetSearch(filters, { signal }));
      services.rememberVehicles(result.vehicles);
      return result;
    },
  },
} satisfies RouteTable;
