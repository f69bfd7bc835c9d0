/**
 * Vehicle search routes: plain text, registration plate, VIN, ID, facet
 * counts and facet search.
 */
import { AU_STATES } from '../../core/domain.ts';
import { CATALOGUES, findPlate, findVehicle, findVin, isTestPlate, compactPlate } from '../catalogue/catalogue.ts';
import type { LookupResult } from '../catalogue/catalogue.ts';
import { countFacet, FACET_FIELDS, FACET_FILTERS, filterVehicles } from '../catalogue/facets.ts';
import type { FacetFilters } from '../catalogue/facets.ts';
import { searchVehicles } from '../catalogue/search.ts';
import { SandboxHttpError } from '../server/http.ts';
import type { JsonReply } from '../server/http.ts';
import { boolParam, intParam, requireRegion } from './params.ts';
import type { RouteContext } from './state.ts';

const VIN_PATTERN = /^[A-HJ-NPR-Z0-9]{17}$/;
const PLATE_PATTERN = /^[A-Z0-9]{1,15}$/;
/** Facet search refuses to list more vehicles than this. */
const FACET_SEARCH_MAX = 100;
const TOO_MANY = 'Too many vehicles, you should narrow your search by adding more facets (year, make and model at least).';

/** `GET /v2/vehicles?search=&count=&prefer_more_results=` */
export function plainTextSearch({ request }: RouteContext): JsonReply {
  const region = requireRegion(request.query.get('region'));
  const search = request.query.get('search')?.trim() ?? '';
  if (search === '') throw new SandboxHttpError(400, 'search is required: type a year, make, model or variant.');
  const count = intParam(request.query, 'count', { min: 1, max: 100, fallback: 10 });
  const hits = searchVehicles(CATALOGUES[region].vehicles, search, boolParam(request.query, 'prefer_more_results'));
  const confidence = hits[0]?.exact ? 'standard' : 'reduced';
  return { status: 200, body: { success: true, total: hits.length, confidence, vehicles: hits.slice(0, count).map((hit) => hit.entry.vehicle) } };
}

function lookupBody(result: LookupResult): JsonReply {
  return {
    status: 200,
    body: {
      success: true,
      vehicle: result.vehicle,
      upstream_vehicle: result.upstream_vehicle,
      confidence: result.confidence,
      colour: result.colour,
      vin: result.vin,
      additional_vehicles: [],
    },
  };
}

/**
 * `GET /v2/vehicles/registrations/{plate}`. AU needs `state` (400 without
 * it); elsewhere it is optional and ignored; test plates ignore it everywhere.
 */
export function registrationLookup({ request, params }: RouteContext): JsonReply {
  const region = requireRegion(request.query.get('region'));
  const plate = compactPlate(params.plate ?? '');
  if (!PLATE_PATTERN.test(plate)) throw new SandboxHttpError(400, 'That does not look like a registration plate: use letters and digits only.');
  let state: string | undefined;
  if (region === 'au' && !isTestPlate(plate)) {
    state = request.query.get('state')?.toUpperCase();
    if (!state || !(AU_STATES as readonly string[]).includes(state)) throw new SandboxHttpError(400, `state is required for Australian plates: one of ${AU_STATES.join(', ')}.`);
  }
  const result = findPlate(region, plate, state);
  if (!result) throw new SandboxHttpError(404, 'No vehicle was found for that registration plate.');
  return lookupBody(result);
}

/** `GET /v2/vehicles/vins/{vin}` */
export function vinLookup({ request, params }: RouteContext): JsonReply {
  const region = requireRegion(request.query.get('region'));
  const vin = (params.vin ?? '').trim().toUpperCase();
  if (!VIN_PATTERN.test(vin)) throw new SandboxHttpError(400, 'A VIN has 17 letters and digits (never I, O or Q).');
  const result = findVin(region, vin);
  if (!result) throw new SandboxHttpError(404, 'No vehicle was found for that VIN.');
  return lookupBody(result);
}

/** `GET /v2/vehicles/{id}` */
export function vehicleById({ request, params }: RouteContext): JsonReply {
  const region = requireRegion(request.query.get('region'));
  const id = params.id ?? '';
  if (!/^\d{16}$/.test(id)) throw new SandboxHttpError(400, 'A vehicle ID has 16 digits.');
  const entry = findVehicle(region, id);
  if (!entry) throw new SandboxHttpError(404, 'No vehicle was found with that ID.');
  return { status: 200, body: { vehicle: entry.vehicle, success: true } };
}

function facetFilters(query: URLSearchParams): FacetFilters {
  const filters: FacetFilters = {};
  for (const name of FACET_FILTERS) {
    const value = query.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

/**
 * `GET /v2/vehicles/facets?facet=make` (or `facets=badge,series`). Serves the
 * shape chosen at start: `values` → `{make:[{value,count}]}` (the worked
 * example), `facets` → `{facets:{make:[{make,count}]}}` (the OpenAPI sample).
 */
export function facetCounts({ request, state }: RouteContext): JsonReply {
  const region = requireRegion(request.query.get('region'));
  const names = (request.query.get('facet') ?? request.query.get('facets') ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  if (names.length === 0) throw new SandboxHttpError(400, 'facet is required, e.g. facet=make.');
  const unknown = names.find((name) => !(name in FACET_FIELDS));
  if (unknown !== undefined) throw new SandboxHttpError(400, `Unknown facet: choose from ${Object.keys(FACET_FIELDS).join(', ')}.`);
  const limit = intParam(request.query, 'limit', { min: 1, max: 100, fallback: 100 });
  const matching = filterVehicles(CATALOGUES[region].vehicles, facetFilters(request.query));
  const counted = names.map((name) => [name, countFacet(matching, name, limit)] as const);
  if (state.facetShape === 'facets') {
    const facets = Object.fromEntries(counted.map(([name, pairs]) => [name, pairs.map(({ value, count }) => ({ [name]: value, count }))]));
    return { status: 200, body: { success: true, facets } };
  }
  return { status: 200, body: { success: true, ...Object.fromEntries(counted) } };
}

/** `GET /v2/vehicles/facets/search`: year, make and model at least, else "Too many vehicles…". */
export function facetSearch({ request }: RouteContext): JsonReply {
  const region = requireRegion(request.query.get('region'));
  const filters = facetFilters(request.query);
  if (!filters.year || !filters.make || !filters.model) throw new SandboxHttpError(400, TOO_MANY);
  const matching = filterVehicles(CATALOGUES[region].vehicles, filters);
  if (matching.length > FACET_SEARCH_MAX) throw new SandboxHttpError(400, TOO_MANY);
  return { status: 200, body: { success: true, vehicles: matching.map((entry) => entry.vehicle) } };
}
