/**
 * Deterministic market data: the listings behind Market Overlay and the
 * listing events behind Vehicle History. Every figure is seeded by the
 * vehicle (or VIN/plate) so repeated calls agree; dates count back from
 * "today" (a fixed date for test vehicles).
 */
import type { CatalogueVehicle, RegionCode } from '../data/vehicle.ts';
import { averageKms, listingCount, referenceTime, valuate } from './model.ts';
import { deterministicUuid, pick, seededRandom } from './random.ts';
import type { HistoryEvent } from '../data/histories.ts';

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

/**
 * A listing page address per marketplace. AutoGrab documents none of these
 * (the MY ones are invented for demo, shaped like the sites' public listing
 * pages); the app's listing-link reader understands exactly these shapes.
 */
const LISTING_URL: Readonly<Record<string, (slug: string, id: string) => string>> = {
  'mudah.my': (slug, id) => `https://www.mudah.my/${slug}-${id}.htm`,
  'carlist.my': (slug, id) => `https://www.carlist.my/used-cars/${slug}/${id}`,
  'carsome.my': (slug, id) => `https://www.carsome.my/buy-car/${slug}/c${id}`,
  'motortrader.com.my': (slug, id) => `https://www.motortrader.com.my/used-cars/${slug}-${id}`,
  'carsales.com.au': (slug, id) => `https://www.carsales.com.au/cars/details/${slug}/OAG-AD-${id}/`,
  'gumtree.com.au': (slug, id) => `https://www.gumtree.com.au/s-ad/melbourne/cars-vans-utes/${slug}/${id}`,
  'drive.com.au': (_slug, id) => `https://www.drive.com.au/cars-for-sale/car/${id}/`,
};

/** The listing ID a marketplace shows in its address (carsome's carry a letter, carsales' the OAG-AD prefix). */
export function marketplaceListingId(marketplace: string, id: string): string {
  return marketplace === 'carsome.my' ? `c${id}` : marketplace === 'carsales.com.au' ? `OAG-AD-${id}` : id;
}

/** One market listing: the Market Overlay wire fields plus what the sandbox needs to answer features and look-ups. */
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
  /** Invented for demo: AutoGrab's example lead is cut off before any variant field. */
  badge: string;
  /** Internal: the site and its numeric listing number. */
  marketplace: string;
  listingNumber: string;
  startingPrice: number;
  priceDropCount: number;
  url: string;
}

/** Market Overlay add-ons the sandbox serves (each documented in §10.1). */
export type OverlayFeature = 'lead_starting_price' | 'lead_price_drops' | 'listing_urls' | 'cover_image';

function slugOf(vehicle: CatalogueVehicle['vehicle']): string {
  return `${vehicle.year} ${vehicle.make} ${vehicle.model} ${vehicle.badge}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** A lead as the wire carries it, with only the licensed features' fields. */
export function leadWire(lead: Lead, features: ReadonlySet<string>): Record<string, unknown> {
  const { marketplace, listingNumber, startingPrice, priceDropCount, url, ...wire } = lead;
  const extra: Record<string, unknown> = {};
  if (features.has('lead_starting_price')) extra.starting_price = startingPrice;
  if (features.has('lead_price_drops')) extra.price_drop_count = priceDropCount;
  if (features.has('listing_urls')) extra.listing_urls = [{ source: marketplace, url }];
  // Invented for demo: an address on the listing's own site; the app never loads it.
  if (features.has('cover_image')) extra.cover_image = `${new URL(url).origin}/images/${listingNumber}/cover.jpg`;
  return { ...wire, ...extra };
}

function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** Every listing of this vehicle (and its adjacent model years) over the last {@link POOL_DAYS} days. */
export function leadPool(entry: CatalogueVehicle, neighbours: readonly CatalogueVehicle[], region: RegionCode, nowMs: number): Lead[] {
  // Listings are dated from today even for test vehicles (whose prices stay fixed), so days on market read true.
  const today = startOfDay(nowMs);
  const random = seededRandom(`leads|${entry.vehicle.id}`);
  const size = Math.max(3, Math.round((listingCount(entry, nowMs) * POOL_DAYS) / 365));
  const leads: Lead[] = [];
  for (let n = 0; n < size; n += 1) {
    const source = random() < 0.75 || neighbours.length === 0 ? entry : pick(random, neighbours);
    const { vehicle } = source;
    const listedDaysAgo = Math.floor(random() * POOL_DAYS);
    // Skewed like a real market: most cars go in 2–6 weeks, a long tail sits for months.
    const daysOnMarket = Math.round(6 + 30 * -Math.log(1 - random() * 0.97));
    const listedAt = today - listedDaysAgo * DAY_MS + Math.floor(random() * DAY_MS);
    const removedAt = daysOnMarket < listedDaysAgo ? listedAt + daysOnMarket * DAY_MS : null;
    const kms = Math.max(500, Math.round(averageKms(source, region, nowMs) * (0.7 + random() * 0.6)));
    const seller = random() < 0.7 ? 'dealer' : 'private';
    const writeoff = random() < 0.04;
    const outlier = writeoff ? 0.55 : random() < 0.05 ? pick(random, [0.6, 1.5]) : 1;
    const basis = valuate({ entry: source, region, nowMs, kms }).retail;
    const price = Math.round((basis * (seller === 'dealer' ? 1.04 : 0.97) * (0.93 + random() * 0.14) * outlier) / 100) * 100;
    const marketplace = pick(random, MARKETPLACES[region]);
    const drops = random() < 0.35 ? 1 + Math.floor(random() * 3) : 0;
    const startingPrice = Math.round((price * (1 + drops * (0.02 + random() * 0.02))) / 100) * 100;
    const listingNumber = String(10_000_000 + Math.floor(random() * 89_999_999));
    const tags = writeoff ? ['writeoff', 'damaged'] : region === 'my' && random() < 0.15 ? ['recond'] : [];
    leads.push({
      id: `${region}_${marketplace.replace(/\./g, '')}_${listingNumber}`,
      vehicle_id: vehicle.id,
      year: Number(vehicle.year),
      release_year: vehicle.release_year,
      release_month: vehicle.release_month,
      listed_at: new Date(listedAt).toISOString(),
      removed_at: removedAt === null ? null : new Date(removedAt).toISOString(),
      seller_type: seller,
      color: pick(random, COLOURS),
      state: pick(random, STATES[region]),
      tag_ids: tags,
      price,
      kms,
      badge: vehicle.badge,
      marketplace,
      listingNumber,
      startingPrice,
      priceDropCount: drops,
      url: (LISTING_URL[marketplace] as (slug: string, id: string) => string)(slugOf(vehicle), listingNumber),
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
  const today = startOfDay(nowMs) + DAY_MS;
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

export type { HistoryEvent };

/** What a history request asked for. */
export interface HistoryRequest {
  entry: CatalogueVehicle;
  region: RegionCode;
  /** One physical car: `vin|…`, `plate|…`, `listing|…` or `ymm|…`. */
  seed: string;
  /** A fixed history (test cars), instead of a generated one. */
  script?: readonly HistoryEvent[];
  /** `features=price_changes`: price-change events are sent only then. */
  priceChanges: boolean;
}

/**
 * Listing history of one physical vehicle, oldest first: the script, or 1–3
 * generated listing cycles. Without `price_changes` the price-change events
 * are left out, as AutoGrab sends them only with that feature.
 */
export function vehicleHistory(request: HistoryRequest, nowMs: number): { id: string; events: HistoryEvent[] } {
  const events = request.script ? [...request.script] : generatedHistory(request.entry, request.region, request.seed, nowMs);
  return {
    id: deterministicUuid(`history|${request.seed}`),
    events: request.priceChanges ? events : events.filter((event) => event.type !== 'price_change'),
  };
}

function generatedHistory(entry: CatalogueVehicle, region: RegionCode, seed: string, nowMs: number): HistoryEvent[] {
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
  return events;
}

/** Finds the lead a marketplace listing ID names among `pools` (the vehicles the sandbox lists for demo). */
export function findListing(pools: Iterable<readonly Lead[]>, marketplace: string, marketplaceId: string): Lead | undefined {
  const wanted = marketplaceId.toUpperCase();
  for (const pool of pools) {
    const lead = pool.find((candidate) => candidate.marketplace === marketplace && marketplaceListingId(marketplace, candidate.listingNumber).toUpperCase() === wanted);
    if (lead) return lead;
  }
  return undefined;
}
