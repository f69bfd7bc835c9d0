/**
 * Deterministic market data: the listings behind Market Overlay and the
 * listing events behind Vehicle History. Every figure is seeded by the
 * vehicle (or VIN/plate) so repeated calls agree; dates count back from
 * "today" (a fixed date for test vehicles).
 */
import type { CatalogueVehicle, RegionCode } from '../data/vehicle.ts';
import { averageKms, listingCount, referenceTime, valuate } from './model.ts';
import { deterministicUuid, pick, seededRandom } from './random.ts';

const DAY_MS = 86_400_000;
/** How far back the sandbox's listing pool reaches. */
const POOL_DAYS = 180;

const MARKETPLACES: Readonly<Record<RegionCode, readonly string[]>> = {
  my: ['mudah.my', 'carlist.my', 'carsome.my', 'motortrader.com.my'],
  au: ['carsales.com.au', 'gumtree.com.au', 'drive.com.au'],
  nz: ['trademe.co.nz', 'autotrader.co.nz'],
  uk: ['autotrader.co.uk', 'gumtree.com', 'motors.co.uk'],
};
const STATES: Readonly<Record<RegionCode, readonly string[]>> = {
  my: ['Selangor', 'WP Kuala Lumpur', 'Johor', 'Pulau Pinang', 'Perak', 'Sarawak', 'Sabah', 'Melaka', 'Negeri Sembilan', 'Kedah'],
  au: ['VIC', 'NSW', 'QLD', 'WA', 'SA', 'ACT', 'TAS', 'NT'],
  nz: ['Auckland', 'Wellington', 'Canterbury', 'Waikato', 'Otago'],
  uk: ['London', 'Greater Manchester', 'West Midlands', 'West Yorkshire', 'Kent'],
};
const COLOURS = ['White', 'Silver', 'Grey', 'Black', 'Red', 'Blue', 'Brown'];

/** One market listing, as Market Overlay returns it. */
export interface Lead {
  id: string;
  vehicle_id: string;
  year: number;
  release_year: number;
  release_month: number;
  listed_at: string;
  removed_at: string | null;
  seller_type: 'dealer' | 'private';
  color: string;
  state: string;
  tag_ids: string[];
  price: number;
  kms: number;
}

function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** Every listing of this vehicle (and its adjacent model years) over the last {@link POOL_DAYS} days. */
export function leadPool(entry: CatalogueVehicle, neighbours: readonly CatalogueVehicle[], region: RegionCode, nowMs: number): Lead[] {
  const today = startOfDay(referenceTime(entry, nowMs));
  const random = seededRandom(`leads|${entry.vehicle.id}`);
  const size = Math.max(3, Math.round((listingCount(entry, nowMs) * POOL_DAYS) / 365));
  const leads: Lead[] = [];
  for (let n = 0; n < size; n += 1) {
    const source = random() < 0.75 || neighbours.length === 0 ? entry : pick(random, neighbours);
    const { vehicle } = source;
    const listedDaysAgo = Math.floor(random() * POOL_DAYS);
    const daysOnMarket = 7 + Math.floor(random() * 50);
    const listedAt = today - listedDaysAgo * DAY_MS + Math.floor(random() * DAY_MS);
    const removedAt = daysOnMarket < listedDaysAgo ? listedAt + daysOnMarket * DAY_MS : null;
    const kms = Math.max(500, Math.round(averageKms(source, region, nowMs) * (0.7 + random() * 0.6)));
    const seller = random() < 0.7 ? 'dealer' : 'private';
    const outlier = random() < 0.05 ? pick(random, [0.6, 1.5]) : 1;
    const basis = valuate({ entry: source, region, nowMs, kms }).retail;
    const price = Math.round((basis * (seller === 'dealer' ? 1.04 : 0.97) * (0.93 + random() * 0.14) * outlier) / 100) * 100;
    const marketplace = pick(random, MARKETPLACES[region]);
    leads.push({
      id: `${region}_${marketplace.replace(/\./g, '')}_${100000 + Math.floor(random() * 900000)}`,
      vehicle_id: vehicle.id,
      year: Number(vehicle.year),
      release_year: vehicle.release_year,
      release_month: vehicle.release_month,
      listed_at: new Date(listedAt).toISOString(),
      removed_at: removedAt === null ? null : new Date(removedAt).toISOString(),
      seller_type: seller,
      color: pick(random, COLOURS),
      state: pick(random, STATES[region]),
      tag_ids: region === 'my' && random() < 0.15 ? ['recond'] : [],
      price,
      kms,
    });
  }
  return leads.sort((a, b) => b.listed_at.localeCompare(a.listed_at));
}

/** Market Overlay query options, already parsed. */
export interface OverlayOptions {
  minimumDays: number;
  includeAdjacentYears: boolean;
  excludeOutliers: boolean;
  excludeAllDelisted: boolean;
  includeAllActive: boolean;
}

/** The minimum number of leads Market Overlay looks for before it stops widening the window. */
const MIN_LEADS = 4;
const WINDOW_STEP_DAYS = 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * AutoGrab's overlay rule: start at `minimum_days` (default 60) and add 10
 * days until at least 4 leads are found (or the pool runs out).
 */
export function marketOverlay(pool: readonly Lead[], entry: CatalogueVehicle, nowMs: number, options: OverlayOptions): { daysChecked: number; leads: Lead[] } {
  const today = startOfDay(referenceTime(entry, nowMs)) + DAY_MS;
  let candidates = pool.filter((lead) => options.includeAdjacentYears || lead.vehicle_id === entry.vehicle.id);
  if (options.excludeAllDelisted) candidates = candidates.filter((lead) => lead.removed_at === null);
  if (options.excludeOutliers && candidates.length > 0) {
    const middle = median(candidates.map((lead) => lead.price));
    candidates = candidates.filter((lead) => Math.abs(lead.price - middle) <= middle * 0.3);
  }
  const inWindow = (days: number) =>
    candidates.filter((lead) => {
      if (lead.removed_at === null) return options.includeAllActive || Date.parse(lead.listed_at) >= today - days * DAY_MS;
      return Date.parse(lead.removed_at) >= today - days * DAY_MS;
    });
  let days = Math.max(1, options.minimumDays);
  let leads = inWindow(days);
  while (leads.length < MIN_LEADS && days < POOL_DAYS) {
    days += WINDOW_STEP_DAYS;
    leads = inWindow(days);
  }
  return { daysChecked: days, leads };
}

/** One Vehicle History event. */
export interface HistoryEvent {
  type: 'listing' | 'delisting' | 'price_change';
  odometer: number;
  price: number;
  marketplace: string;
  seller_type: 'dealer' | 'private';
  timestamp: string;
}

/** Listing history of one physical vehicle (seeded by VIN, plate or description): 1–3 listing cycles, oldest first. */
export function vehicleHistory(entry: CatalogueVehicle, region: RegionCode, seed: string, nowMs: number): { id: string; events: HistoryEvent[] } {
  const random = seededRandom(`history|${seed}`);
  const now = referenceTime(entry, nowMs);
  const built = Date.UTC(Number(entry.vehicle.year), 6, 1);
  const cycles = 1 + Math.floor(random() * 3);
  const events: HistoryEvent[] = [];
  let cursor = Math.max(built + 180 * DAY_MS, now - (cycles * 420 + Math.floor(random() * 200)) * DAY_MS) + Math.floor(random() * DAY_MS);
  for (let cycle = 0; cycle < cycles && cursor < now; cycle += 1) {
    const yearsAhead = (cursor - now) / (365 * DAY_MS);
    const odometer = Math.max(1000, Math.round(averageKms(entry, region, nowMs, yearsAhead) * (0.85 + random() * 0.3)));
    const marketplace = pick(random, MARKETPLACES[region]);
    const seller = random() < 0.7 ? 'dealer' : 'private';
    let price = Math.round(valuate({ entry, region, nowMs, kms: odometer, yearsAhead }).retail / 100) * 100;
    const base = { odometer, marketplace, seller_type: seller } as const;
    events.push({ type: 'listing', price, timestamp: new Date(cursor).toISOString(), ...base });
    const drops = Math.floor(random() * 3);
    for (let drop = 0; drop < drops; drop += 1) {
      cursor += (7 + Math.floor(random() * 14)) * DAY_MS;
      if (cursor >= now) break;
      price = Math.round((price * (0.95 + random() * 0.03)) / 100) * 100;
      events.push({ type: 'price_change', price, timestamp: new Date(cursor).toISOString(), ...base });
    }
    cursor += (10 + Math.floor(random() * 30)) * DAY_MS;
    if (cursor >= now) break;
    events.push({ type: 'delisting', price, timestamp: new Date(cursor).toISOString(), ...base });
    cursor += (200 + Math.floor(random() * 300)) * DAY_MS;
  }
  return { id: deterministicUuid(`history|${seed}`), events };
}
