/**
 * The sandbox catalogue: every region's vehicles, indexed by ID and catalogue
 * key, plus plate and VIN lookups. Built once per process from the static
 * data modules (no file reads), so it is identical in every run.
 */
import { REGIONS } from '../../core/domain.ts';
import { EXTRA_VINS, PLATES, TEST_EV_VEHICLE_ID, TEST_PLATES, TEST_VEHICLE_ID } from '../data/lookups.ts';
import type { LookupRecord, PlateRecord } from '../data/lookups.ts';
import { MY_LINES } from '../data/my-lines.ts';
import { AU_LINES, AU_PINNED_IDS, NZ_LINES, NZ_PINNED_IDS, UK_LINES, UK_PINNED_IDS } from '../data/other-lines.ts';
import { buildVehicle, expandLines, vehicleKey } from '../data/vehicle.ts';
import type { CatalogueVehicle, GearboxCode, ModelLine, RegionCode, WireVehicle } from '../data/vehicle.ts';

/** The four AutoGrab regions (core's one list, re-exported for the sandbox's callers). */
export { REGIONS };

/** Whether `value` is a region code. */
export function isRegion(value: unknown): value is RegionCode {
  return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}

/** One region's vehicles and indexes. */
export interface RegionCatalogue {
  region: RegionCode;
  /** Searchable vehicles (test vehicles excluded). */
  vehicles: readonly CatalogueVehicle[];
  byId: ReadonlyMap<string, CatalogueVehicle>;
  byKey: ReadonlyMap<string, CatalogueVehicle>;
}

function testVehicle(seriesName: string, badge: string, year: number, gearbox: GearboxCode, id: string): CatalogueVehicle {
  const line = MY_LINES.find((candidate) => candidate.series === seriesName) as ModelLine;
  const variant = line.variants.find((candidate) => candidate.badge === badge);
  if (!variant) throw new Error(`Test vehicle variant ${badge} missing from ${seriesName}`);
  return buildVehicle('my', line, variant, year, gearbox, id, true);
}

/** The MY test vehicles behind `1111111111111111` and `REG4SUCCESSEV`; found by ID in every region. */
export const TEST_VEHICLES: readonly CatalogueVehicle[] = [
  testVehicle('M800 (G3)', '1.5 AV', 2020, '4AT', TEST_VEHICLE_ID),
  testVehicle('EA1', 'Extended Range', 2024, '1RG', TEST_EV_VEHICLE_ID),
];

function index(region: RegionCode, vehicles: CatalogueVehicle[]): RegionCatalogue {
  const byId = new Map<string, CatalogueVehicle>();
  const byKey = new Map<string, CatalogueVehicle>();
  for (const entry of vehicles) {
    const { vehicle } = entry;
    if (byId.has(vehicle.id)) throw new Error(`Duplicate sandbox vehicle id ${vehicle.id}`);
    byId.set(vehicle.id, entry);
    byKey.set(vehicleKey(Number(vehicle.year), vehicle.make, vehicle.model, vehicle.badge, entry.gearbox), entry);
  }
  for (const test of TEST_VEHICLES) byId.set(test.vehicle.id, test);
  return { region, vehicles, byId, byKey };
}

/** Every region's catalogue. */
export const CATALOGUES: Readonly<Record<RegionCode, RegionCatalogue>> = {
  my: index('my', expandLines('my', MY_LINES)),
  au: index('au', expandLines('au', AU_LINES, AU_PINNED_IDS)),
  nz: index('nz', expandLines('nz', NZ_LINES, NZ_PINNED_IDS)),
  uk: index('uk', expandLines('uk', UK_LINES, UK_PINNED_IDS)),
};

/** The result of a plate or VIN lookup, ready for the wire. */
export interface LookupResult {
  vehicle: WireVehicle | null;
  entry: CatalogueVehicle | null;
  upstream_vehicle: string | null;
  confidence: 'standard' | 'reduced';
  colour: string | null;
  vin: string | null;
}

/** Registry-style description, as a JPJ/NEVDIS feed would spell it. */
function upstreamDescription(vehicle: WireVehicle): string {
  const capacity = vehicle.capacity_cc === null ? '' : ` ${vehicle.capacity_cc.toLocaleString('en-US')}cc`;
  const gearbox = vehicle.transmission_type === 'Manual' ? 'MANUAL' : 'AUTO';
  return `${vehicle.year} ${vehicle.make} ${vehicle.model} ${vehicle.badge} ${vehicle.body_type} ${gearbox} ${vehicle.fuel}`.toUpperCase() + capacity;
}

function resolve(catalogue: RegionCatalogue, record: LookupRecord): LookupResult {
  const target = record.target;
  const entry = target === null ? null : 'id' in target ? (catalogue.byId.get(target.id) ?? null) : (catalogue.byKey.get(target.key) ?? null);
  if (target !== null && entry === null) throw new Error(`Sandbox lookup points at a missing vehicle in ${catalogue.region}`);
  const upstream = record.upstream !== undefined ? record.upstream : entry ? upstreamDescription(entry.vehicle) : null;
  return { vehicle: entry?.vehicle ?? null, entry, upstream_vehicle: upstream, confidence: record.confidence, colour: record.colour, vin: record.vin };
}

/** Upper-cases and strips spaces, dashes, dots and underscores, as plates are stored compact. */
export function compactPlate(plate: string): string {
  return plate.normalize('NFKC').toUpperCase().replace(/[\s\-._]/g, '');
}

/** Finds a plate (test plates in every region; AU plates also match on state). */
export function findPlate(region: RegionCode, plate: string, state: string | undefined): LookupResult | undefined {
  const compact = compactPlate(plate);
  const test = TEST_PLATES.find((record) => record.plate === compact);
  const catalogue = CATALOGUES[region];
  if (test) return resolve(catalogue, test);
  const record = PLATES[region].find((candidate: PlateRecord) => candidate.plate === compact && (region !== 'au' || candidate.state === state));
  return record ? resolve(catalogue, record) : undefined;
}

/** Whether a plate is one of AutoGrab's test plates (which need no AU state). */
export function isTestPlate(plate: string): boolean {
  const compact = compactPlate(plate);
  return TEST_PLATES.some((record) => record.plate === compact);
}

/**
 * Finds a VIN among the extra test VINs, the test plates and the region's
 * plates. Extra VINs come first: they say what a VIN resolves to when the
 * plate that returned it (REG4VINONLY) carried no vehicle.
 */
export function findVin(region: RegionCode, vin: string): LookupResult | undefined {
  const wanted = vin.toUpperCase();
  const record = [...EXTRA_VINS, ...TEST_PLATES, ...PLATES[region]].find((candidate) => candidate.vin === wanted);
  return record ? resolve(CATALOGUES[region], record) : undefined;
}

/** A vehicle by ID within a region (test vehicles are found in every region). */
export function findVehicle(region: RegionCode, id: string): CatalogueVehicle | undefined {
  return CATALOGUES[region].byId.get(id);
}
