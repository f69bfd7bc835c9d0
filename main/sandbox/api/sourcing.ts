/**
 * Sourcing routes: Market Overlay and Vehicle History, plus the listing
 * look-up (marketplace + marketplace_id) the gauge shares.
 */
import { CATALOGUES, findPlate, findVehicle, findVin, TEST_VEHICLES } from '../catalogue/catalogue.ts';
import { filterVehicles } from '../catalogue/facets.ts';
import { SCRIPTED_HISTORIES, TEST_VEHICLE_HISTORY_VIN } from '../data/histories.ts';
import { PLATES, TEST_VEHICLE_ID } from '../data/lookups.ts';
import type { CatalogueVehicle, RegionCode } from '../data/vehicle.ts';
import { findListing, leadPool, leadWire, marketOverlay, vehicleHistory } from '../pricing/market.ts';
import type { HistoryRequest, Lead } from '../pricing/market.ts';
import { SandboxHttpError } from '../server/http.ts';
import type { JsonReply } from '../server/http.ts';
import { boolParam, featureSet, intParam, requireRegion } from './params.ts';
import type { RouteContext } from './state.ts';

/** Longest `minimum_days` accepted; the app's client enforces the same limit. */
export const MAX_OVERLAY_DAYS = 365;

/** Every listing of `entry` and its adjacent model years. */
function poolFor(region: RegionCode, entry: CatalogueVehicle, now: number): Lead[] {
  const { vehicle } = entry;
  const neighbours = [-1, 1]
    .map((offset) =>
      CATALOGUES[region].vehicles.find(
        ({ vehicle: other }) =>
          Number(other.year) === Number(vehicle.year) + offset && other.make === vehicle.make && other.model === vehicle.model && other.badge === vehicle.badge && other.transmission === vehicle.transmission,
      ),
    )
    .filter((other): other is CatalogueVehicle => other !== undefined);
  return leadPool(entry, neighbours, region, now);
}

/**
 * The vehicle behind a marketplace listing ID. The sandbox knows the listings
 * of its demo cars (the test vehicles and the region's demo plates), which
 * are the ones a demo shows in Market Overlay and can paste back.
 */
export function findListedVehicle(region: RegionCode, marketplace: string, marketplaceId: string, now: number): CatalogueVehicle | undefined {
  const demoCars = [...TEST_VEHICLES, ...PLATES[region].map((plate) => findPlate(region, plate.plate, plate.state)?.entry)].filter(
    (entry): entry is CatalogueVehicle => entry !== undefined && entry !== null,
  );
  const pools = demoCars.map((entry) => ({ entry, pool: poolFor(region, entry, now) }));
  const lead = findListing(pools.map(({ pool }) => pool), marketplace, marketplaceId);
  return lead ? findVehicle(region, lead.vehicle_id) : undefined;
}

/** `GET /v2/sourcing/market_overlay/{vehicle_id}` with minimum_days, include_adjacent_years, exclude_outliers, exclude_all_delisted, include_all_active and features. */
export function marketOverlayRoute({ request, params, state }: RouteContext): JsonReply {
  const region = requireRegion(request.query.get('region'));
  const entry = findVehicle(region, params.id ?? '');
  if (!entry) throw new SandboxHttpError(404, 'No vehicle was found with that ID.');
  const now = state.now();
  const { daysChecked, leads } = marketOverlay(poolFor(region, entry, now), entry, now, {
    minimumDays: intParam(request.query, 'minimum_days', { min: 1, max: MAX_OVERLAY_DAYS, fallback: 60 }),
    includeAdjacentYears: boolParam(request.query, 'include_adjacent_years'),
    excludeOutliers: boolParam(request.query, 'exclude_outliers'),
    excludeAllDelisted: boolParam(request.query, 'exclude_all_delisted'),
    includeAllActive: boolParam(request.query, 'include_all_active'),
  });
  const features = featureSet(request.query);
  return { status: 200, body: { success: true, sample_size: leads.length, days_checked: daysChecked, leads: leads.map((lead) => leadWire(lead, features)) } };
}

/** The car a history request names, tried in AutoGrab's order: VIN, plate, listing, test vehicle ID, then year + make + model. */
function historySubject(region: RegionCode, query: URLSearchParams, now: number): Omit<HistoryRequest, 'priceChanges'> | undefined {
  const get = (name: string) => query.get(name)?.trim() || undefined;
  const byVin = (vin: string | null | undefined, entry: CatalogueVehicle | null | undefined) =>
    vin && entry ? { entry, region, seed: `vin|${vin.toUpperCase()}`, script: SCRIPTED_HISTORIES[vin.toUpperCase()] } : undefined;
  const vin = get('vin');
  const fromVin = vin ? byVin(vin, findVin(region, vin)?.entry) : undefined;
  if (fromVin) return fromVin;
  const plate = get('registration_plate');
  const plateResult = plate ? findPlate(region, plate, get('state')?.toUpperCase()) : undefined;
  if (plate && plateResult?.entry) return byVin(plateResult.vin, plateResult.entry) ?? { entry: plateResult.entry, region, seed: `plate|${plate.toUpperCase()}` };
  const [marketplace, marketplaceId] = [get('marketplace'), get('marketplace_id')];
  const listed = marketplace && marketplaceId ? findListedVehicle(region, marketplace, marketplaceId, now) : undefined;
  if (listed) return { entry: listed, region, seed: `listing|${marketplace}|${marketplaceId?.toUpperCase()}` };
  const vehicleId = get('vehicle_id');
  const idEntry = vehicleId ? findVehicle(region, vehicleId) : undefined;
  if (idEntry) return vehicleId === TEST_VEHICLE_ID ? byVin(TEST_VEHICLE_HISTORY_VIN, idEntry) : { entry: idEntry, region, seed: `id|${vehicleId}` };
  const [year, make, model] = [get('year'), get('make'), get('model')];
  const ymm = year && make && model ? filterVehicles(CATALOGUES[region].vehicles, { year, make, model })[0] : undefined;
  return ymm ? { entry: ymm, region, seed: `ymm|${year}|${make?.toLowerCase()}|${model?.toLowerCase()}` } : undefined;
}

/**
 * `GET /v2/sourcing/history`: tiered like AutoGrab's. `vehicle_id` is a
 * sandbox extension so the test vehicle's history can be fetched directly.
 * Price-change events only with `features=price_changes`. Shape per the
 * start option: `{vehicle_history:{id,events}}` or flat `{id,events}`.
 */
export function vehicleHistoryRoute({ request, state }: RouteContext): JsonReply {
  const query = request.query;
  const region = requireRegion(query.get('region'));
  const has = (name: string) => Boolean(query.get(name)?.trim());
  if (!has('vin') && !has('registration_plate') && !has('vehicle_id') && !(has('marketplace') && has('marketplace_id')) && !(has('year') && has('make') && has('model'))) {
    throw new SandboxHttpError(400, 'Send a vin, a registration_plate, a marketplace with marketplace_id, or year, make and model.');
  }
  const now = state.now();
  const subject = historySubject(region, query, now);
  if (!subject) throw new SandboxHttpError(404, 'No history was found for this vehicle.');
  const history = vehicleHistory({ ...subject, priceChanges: featureSet(query).has('price_changes') }, now);
  return { status: 200, body: state.historyShape === 'flat' ? { success: true, ...history } : { success: true, vehicle_history: history } };
}
