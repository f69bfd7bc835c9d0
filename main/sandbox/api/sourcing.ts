/**
 * Sourcing routes: Market Overlay and Vehicle History.
 */
import { CATALOGUES, findPlate, findVehicle, findVin } from '../catalogue/catalogue.ts';
import { filterVehicles } from '../catalogue/facets.ts';
import type { CatalogueVehicle } from '../data/vehicle.ts';
import { leadPool, marketOverlay, vehicleHistory } from '../pricing/market.ts';
import { SandboxHttpError } from '../server/http.ts';
import type { JsonReply } from '../server/http.ts';
import { boolParam, intParam, requireRegion } from './params.ts';
import type { RouteContext } from './state.ts';

/** `GET /v2/sourcing/market_overlay/{vehicle_id}` with minimum_days, include_adjacent_years, exclude_outliers, exclude_all_delisted, include_all_active. */
export function marketOverlayRoute({ request, params, state }: RouteContext): JsonReply {
  const region = requireRegion(request.query.get('region'));
  const entry = findVehicle(region, params.id ?? '');
  if (!entry) throw new SandboxHttpError(404, 'No vehicle was found with that ID.');
  const { vehicle } = entry;
  const catalogue = CATALOGUES[region];
  const neighbours = [-1, 1]
    .map((offset) => catalogue.vehicles.find(({ vehicle: other }) => Number(other.year) === Number(vehicle.year) + offset && other.make === vehicle.make && other.model === vehicle.model && other.badge === vehicle.badge && other.transmission === vehicle.transmission))
    .filter((other): other is CatalogueVehicle => other !== undefined);
  const now = state.now();
  const { daysChecked, leads } = marketOverlay(leadPool(entry, neighbours, region, now), entry, now, {
    minimumDays: intParam(request.query, 'minimum_days', { min: 1, max: 365, fallback: 60 }),
    includeAdjacentYears: boolParam(request.query, 'include_adjacent_years'),
    excludeOutliers: boolParam(request.query, 'exclude_outliers'),
    excludeAllDelisted: boolParam(request.query, 'exclude_all_delisted'),
    includeAllActive: boolParam(request.query, 'include_all_active'),
  });
  return { status: 200, body: { success: true, sample_size: leads.length, days_checked: daysChecked, leads } };
}

/**
 * `GET /v2/sourcing/history`: tiered like AutoGrab's (VIN, then plate, then
 * year + make + model). `vehicle_id` is a sandbox extension so the test
 * vehicle's history can be fetched directly. Shape per the start option:
 * `{vehicle_history:{id,events}}` or flat `{id,events}`.
 */
export function vehicleHistoryRoute({ request, state }: RouteContext): JsonReply {
  const query = request.query;
  const region = requireRegion(query.get('region'));
  const vin = query.get('vin')?.trim();
  const plate = query.get('registration_plate')?.trim();
  const vehicleId = query.get('vehicle_id')?.trim();
  const [year, make, model] = [query.get('year')?.trim(), query.get('make')?.trim(), query.get('model')?.trim()];
  if (!vin && !plate && !vehicleId && !(year && make && model)) {
    throw new SandboxHttpError(400, 'Send a vin, a registration_plate, or year, make and model.');
  }
  let found: { entry: CatalogueVehicle; seed: string } | undefined;
  const vinEntry = vin ? findVin(region, vin)?.entry : null;
  if (vin && vinEntry) found = { entry: vinEntry, seed: `vin|${vin.toUpperCase()}` };
  const plateResult = !found && plate ? findPlate(region, plate, query.get('state')?.toUpperCase()) : undefined;
  if (plateResult?.entry) found = { entry: plateResult.entry, seed: `plate|${plateResult.vin ?? plate}` };
  const idEntry = !found && vehicleId ? findVehicle(region, vehicleId) : undefined;
  if (idEntry) found = { entry: idEntry, seed: `id|${vehicleId}` };
  if (!found && year && make && model) {
    const entry = filterVehicles(CATALOGUES[region].vehicles, { year, make, model })[0];
    if (entry) found = { entry, seed: `ymm|${year}|${make.toLowerCase()}|${model.toLowerCase()}` };
  }
  if (!found) throw new SandboxHttpError(404, 'No history was found for this vehicle.');
  const history = vehicleHistory(found.entry, region, found.seed, state.now());
  return { status: 200, body: state.historyShape === 'flat' ? { success: true, ...history } : { success: true, vehicle_history: history } };
}
