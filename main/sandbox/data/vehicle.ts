/**
 * How the sandbox catalogue is described and expanded: compact model lines
 * (one per model generation) become full AutoGrab Vehicle objects, one per
 * year × variant × gearbox, with deterministic 16-digit IDs.
 */
import { createHash } from 'node:crypto';
import type { Region } from '../../core/domain.ts';

/** AutoGrab market codes. */
export type RegionCode = Region;

/** Gearbox codes used by the data tables, expanded by {@link GEARBOXES}. */
export type GearboxCode = '4AT' | '5AT' | '6AT' | '8AT' | '5MT' | '6MT' | 'CVT' | 'DCVT' | '7DCT' | 'ECVT' | '1RG';

/** What each gearbox code means on the wire. */
const GEARBOXES: Record<GearboxCode, { transmission: string; type: 'Automatic' | 'Manual'; gears: number | null }> = {
  '4AT': { transmission: 'Automatic', type: 'Automatic', gears: 4 },
  '5AT': { transmission: 'Automatic', type: 'Automatic', gears: 5 },
  '6AT': { transmission: 'Sports Automatic', type: 'Automatic', gears: 6 },
  '8AT': { transmission: 'Sports Automatic', type: 'Automatic', gears: 8 },
  '5MT': { transmission: 'Manual', type: 'Manual', gears: 5 },
  '6MT': { transmission: 'Manual', type: 'Manual', gears: 6 },
  CVT: { transmission: 'Continuously Variable Transmission (CVT)', type: 'Automatic', gears: null },
  DCVT: { transmission: 'Dual-mode CVT (D-CVT)', type: 'Automatic', gears: null },
  '7DCT': { transmission: 'Dual Clutch Automatic (DCT)', type: 'Automatic', gears: 7 },
  ECVT: { transmission: 'Electronic CVT (e-CVT)', type: 'Automatic', gears: null },
  '1RG': { transmission: 'Reduction Gear', type: 'Automatic', gears: 1 },
};

/** Fuel kinds in the catalogue. */
export type Fuel = 'Petrol' | 'Diesel' | 'Hybrid' | 'Electric';

const DRIVE_NAMES: Record<string, string> = {
  FWD: 'Front Wheel Drive',
  RWD: 'Rear Wheel Drive',
  AWD: 'All Wheel Drive',
  '4x4': 'Four Wheel Drive',
  '4x2': 'Rear Wheel Drive',
};

/** One trim level of a model line. `price` is the new price (local currency) in the line's first year, automatic. */
export interface VariantSpec {
  badge: string;
  price: number;
  gearboxes: GearboxCode[];
  cc: number | null;
  kw: number;
  nm: number;
  cylinders?: number | null;
  fuel?: Fuel;
  drive?: string;
  rangeKm?: number;
  /** Restrict this variant to some years of the line. */
  years?: [number, number];
}

/** One model generation: shared specs plus its variants, sold over `years` (inclusive). */
export interface ModelLine {
  make: string;
  model: string;
  series: string | null;
  body: string;
  bodyConfig?: string | null;
  doors: number;
  seats: number;
  drive: string;
  fuel?: Fuel;
  years: [number, number];
  releaseMonth: number;
  /** Relative market volume 1..10: drives listing counts and therefore confidence. */
  popularity: number;
  variants: VariantSpec[];
}

/** The AutoGrab Vehicle object, snake_case as on the wire. */
export interface WireVehicle {
  id: string;
  region: RegionCode;
  title: string;
  year: string;
  make: string;
  model: string;
  badge: string;
  series: string | null;
  model_year: string;
  release_month: number;
  release_year: number;
  body_type: string;
  body_config: string | null;
  transmission: string;
  transmission_type: string;
  wheelbase: null;
  wheelbase_type: null;
  fuel: Fuel;
  fuel_type: Fuel;
  engine: string;
  engine_type: string;
  drive: string;
  drive_type: string;
  num_doors: number;
  num_seats: number;
  num_gears: number | null;
  num_cylinders: number | null;
  capacity_cc: number | null;
  power_kw: number;
  torque_nm: number;
  range: number | null;
  options: Array<{ detail: string; price: number | null }>;
}

/** A catalogue entry: the wire object plus what the pricing model needs. */
export interface CatalogueVehicle {
  vehicle: WireVehicle;
  /** New price in local currency for this model year. */
  newPrice: number;
  popularity: number;
  /** Gearbox code, part of the catalogue key. */
  gearbox: GearboxCode;
  /** Test vehicles are found by ID, plate and VIN only, never by search or facets. */
  isTest: boolean;
}

/** Price uplift per model year after a line's first (list prices creep up). */
const YEARLY_PRICE_CREEP = 0.015;
/** Manual versions list below the automatic. */
const MANUAL_DISCOUNT = 0.05;

/** A deterministic 16-digit ID (no leading zero) derived from `seed`. */
function deterministicId(seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  const value = digest.readBigUInt64BE(0) % 9_000_000_000_000_000n;
  return String(value + 1_000_000_000_000_000n);
}

/** Catalogue key of a vehicle, used to pin documented example IDs. */
export function vehicleKey(year: number, make: string, model: string, badge: string, gearbox: GearboxCode): string {
  return `${year} ${make} ${model} ${badge} ${gearbox}`;
}

/** Builds the Vehicle object for one year × variant × gearbox of a line. */
export function buildVehicle(region: RegionCode, line: ModelLine, variant: VariantSpec, year: number, gearbox: GearboxCode, id: string, isTest = false): CatalogueVehicle {
  const box = GEARBOXES[gearbox];
  const fuel = variant.fuel ?? line.fuel ?? 'Petrol';
  const electric = fuel === 'Electric';
  const drive = variant.drive ?? line.drive;
  const creep = 1 + YEARLY_PRICE_CREEP * (year - Math.max(line.years[0], variant.years?.[0] ?? line.years[0]));
  const manual = box.type === 'Manual' ? 1 - MANUAL_DISCOUNT : 1;
  const vehicle: WireVehicle = {
    id,
    region,
    title: `${year} ${line.make} ${line.model} ${variant.badge} ${box.type}`,
    year: String(year),
    make: line.make,
    model: line.model,
    badge: variant.badge,
    series: line.series,
    model_year: `MY${String(year).slice(2)}`,
    release_month: line.releaseMonth,
    release_year: line.years[0],
    body_type: line.body,
    body_config: line.bodyConfig ?? null,
    transmission: box.transmission,
    transmission_type: box.type,
    wheelbase: null,
    wheelbase_type: null,
    fuel,
    fuel_type: fuel,
    engine: electric ? 'Electric' : 'Piston',
    engine_type: electric ? 'Electric' : 'Piston',
    drive,
    drive_type: DRIVE_NAMES[drive] ?? drive,
    num_doors: line.doors,
    num_seats: line.seats,
    num_gears: box.gears,
    num_cylinders: electric ? null : (variant.cylinders ?? 4),
    capacity_cc: electric ? null : variant.cc,
    power_kw: variant.kw,
    torque_nm: variant.nm,
    range: variant.rangeKm ?? null,
    options: [],
  };
  return { vehicle, newPrice: Math.round((variant.price * creep * manual) / 100) * 100, popularity: line.popularity, gearbox, isTest };
}

/**
 * Expands model lines into catalogue vehicles. `pinnedIds` maps
 * {@link vehicleKey}s to documented example IDs; every other ID is derived
 * from the region and key, so IDs never change between runs.
 */
export function expandLines(region: RegionCode, lines: readonly ModelLine[], pinnedIds: Readonly<Record<string, string>> = {}): CatalogueVehicle[] {
  const result: CatalogueVehicle[] = [];
  for (const line of lines) {
    for (let year = line.years[0]; year <= line.years[1]; year += 1) {
      for (const variant of line.variants) {
        if (variant.years && (year < variant.years[0] || year > variant.years[1])) continue;
        for (const gearbox of variant.gearboxes) {
          const key = vehicleKey(year, line.make, line.model, variant.badge, gearbox);
          result.push(buildVehicle(region, line, variant, year, gearbox, pinnedIds[key] ?? deterministicId(`${region}|${key}`)));
        }
      }
    }
  }
  return result;
}
