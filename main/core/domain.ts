/**
 * Domain types of the AutoGrab core: what the client returns after validating
 * AutoGrab's wire format (snake_case, "at least these fields") into camelCase
 * values the app can rely on.
 *
 * Apart from the two lists below (the one definition of AutoGrab's markets
 * and Australian states, used by settings, policy, validation, the sandbox and
 * the settings screen) this file has no runtime code, so the IPC contract and
 * the renderer can import it without pulling the core into their bundles.
 */

/** AutoGrab's markets, Malaysia first (the order the settings screen offers them). */
export const REGIONS = ['my', 'au', 'nz', 'uk'] as const;

/** AutoGrab market codes, sent as the `region` query or body field. */
export type Region = (typeof REGIONS)[number];

/** Australian states AutoGrab accepts. */
export const AU_STATES = ['VIC', 'NSW', 'QLD', 'ACT', 'TAS', 'SA', 'WA', 'NT'] as const;

/** Australian states: AutoGrab needs one with every AU plate lookup. */
export type AuState = (typeof AU_STATES)[number];

/** AutoGrab's 1..5 condition scale: Poor, Fair, Average, Good, Excellent. */
export type ConditionScore = 1 | 2 | 3 | 4 | 5;

/** How sure AutoGrab is that the vehicle matches the input. */
export type MatchConfidence = 'standard' | 'reduced';

/** An option pack on a vehicle, priced in the market's currency. */
export interface VehicleOption {
  detail: string;
  price: number | null;
}

/**
 * One catalogue vehicle (an AutoGrab ID, "AGID"). Only `id` and `title` are
 * guaranteed; everything else is optional because AutoGrab documents its
 * fields as "at least these".
 */
export interface Vehicle {
  id: string;
  title: string;
  region?: string | null;
  /** AutoGrab sends year as a string in examples and a number in OpenAPI; we keep a number. */
  year?: number | null;
  make?: string | null;
  model?: string | null;
  badge?: string | null;
  series?: string | null;
  modelYear?: string | null;
  releaseMonth?: number | null;
  releaseYear?: number | null;
  bodyType?: string | null;
  bodyConfig?: string | null;
  transmission?: string | null;
  transmissionType?: string | null;
  fuel?: string | null;
  fuelType?: string | null;
  engine?: string | null;
  engineType?: string | null;
  drive?: string | null;
  driveType?: string | null;
  numDoors?: number | null;
  numSeats?: number | null;
  numGears?: number | null;
  numCylinders?: number | null;
  capacityCc?: number | null;
  powerKw?: number | null;
  torqueNm?: number | null;
  /** EV range in km. */
  rangeKm?: number | null;
  options?: VehicleOption[];
}

/**
 * The short gearbox name a salesperson says, the one form every screen shows:
 * the abbreviation AutoGrab puts in brackets ("Continuously Variable
 * Transmission (CVT)" → "CVT", "Dual Clutch Automatic (DCT)" → "DCT"),
 * otherwise "Automatic" shortened to "Auto" ("Sports Automatic" → "Sports
 * Auto"); "Manual" and other names as they are.
 */
export function shortTransmission(name: string | null | undefined): string | null {
  const text = name?.trim() ?? '';
  if (text === '') return null;
  const abbreviation = /\(([^()]{2,8})\)\s*$/.exec(text)?.[1];
  if (abbreviation) return abbreviation;
  return text.replace(/\bautomatic\b/gi, (word) => (word === word.toUpperCase() ? 'AUTO' : word[0] === 'A' ? 'Auto' : 'auto'));
}

/**
 * A vehicle's title with its gearbox named once, in {@link shortTransmission}'s
 * words. AutoGrab ends a title with the gearbox type ("2021 Honda City 1.5 V
 * Automatic") while the transmission says which one ("Continuously Variable
 * Transmission (CVT)"), so a screen showing both read "Automatic … CVT"; the
 * type is replaced: "2021 Honda City 1.5 V CVT". A title that does not end
 * with the type, or a vehicle without both, is shown as AutoGrab wrote it.
 */
export function vehicleTitle(vehicle: Pick<Vehicle, 'title' | 'transmission' | 'transmissionType'>): string {
  const type = vehicle.transmissionType?.trim() ?? '';
  const gearbox = shortTransmission(vehicle.transmission);
  const title = vehicle.title.trim();
  if (type === '' || gearbox === null || !title.toLowerCase().endsWith(` ${type.toLowerCase()}`)) return vehicle.title;
  return `${title.slice(0, -type.length).trimEnd()} ${gearbox}`;
}

/** Rate-limit window state, from the `Rate-Limit-*` response headers. */
export interface RateLimitInfo {
  remaining: number | null;
  total: number | null;
  /** When the window resets, epoch milliseconds. */
  resetAt: number | null;
}

/** Monthly contract quota, from the `Monthly-*` response headers. */
export interface QuotaInfo {
  base: number | null;
  max: number | null;
  used: number | null;
}

/** What the API reported about limits on the call that produced a result. */
export interface ApiUsage {
  rateLimit: RateLimitInfo | null;
  quota: QuotaInfo | null;
}

/** Every client result carries the usage headers of the response it came from. */
export interface WithUsage {
  usage: ApiUsage | null;
}

/** `GET /v2/vehicles?search=` */
export interface VehicleSearchResult extends WithUsage {
  vehicles: Vehicle[];
  total: number | null;
  confidence: MatchConfidence | null;
}

/** `GET /v2/vehicles/registrations/{plate}` and `/vins/{vin}` */
export interface VehicleLookupResult extends WithUsage {
  /** null when the registry record matched no catalogue vehicle. */
  vehicle: Vehicle | null;
  /** The registry's raw description; AutoGrab always returns it for plates. */
  upstreamVehicle: string | null;
  confidence: MatchConfidence | null;
  colour: string | null;
  vin: string | null;
  additionalVehicles: Vehicle[];
}

/** `GET /v2/vehicles/{id}` */
export interface VehicleResult extends WithUsage {
  vehicle: Vehicle;
}

/** Facets AutoGrab can count and filter on. */
export type FacetName =
  | 'year'
  | 'make'
  | 'model'
  | 'badge'
  | 'series'
  | 'transmission'
  | 'body_type'
  | 'fuel'
  | 'drive';

/** Facets AutoGrab can count: the filterable ones plus `wheelbase`, which is documented as a facet but not as a filter (§7.4). */
export type CountableFacetName = FacetName | 'wheelbase';

/** Filters shared by facet counts and facet search. */
export interface FacetFilters {
  year?: number;
  make?: string;
  model?: string;
  badge?: string;
  series?: string;
  transmission?: string;
  bodyType?: string;
  fuel?: string;
  drive?: string;
}

/** One facet value and how many vehicles carry it. */
export interface FacetCount {
  value: string;
  count: number;
}

/** `GET /v2/vehicles/facets` */
export interface FacetResult extends WithUsage {
  facet: CountableFacetName;
  values: FacetCount[];
}

/** `GET /v2/vehicles/facets/search` */
export interface FacetSearchResult extends WithUsage {
  vehicles: Vehicle[];
}

/** A lower/upper price pair. */
export interface PriceRange {
  lower: number;
  upper: number;
}

/** `features=bounds` */
export interface PriceBounds {
  retail: PriceRange | null;
  trade: PriceRange | null;
}

/** `features=max_offer`: the configured costs taken off retail (or trade) and the resulting offer. */
export interface MaxOffer {
  reconditioning: number | null;
  profitMargin: number | null;
  lot: number | null;
  transport: number | null;
  admin: number | null;
  /** The resulting maximum offer. */
  price: number;
}

/** The `prediction` object of a valuation. */
export interface Prediction {
  /** Pricing record id (UUID): reopens the valuation through history. */
  id: string;
  vehicleId: string;
  createdAt: string | null;
  /** The kms priced; the model's average when the request left kms out. */
  kms: number | null;
  retailPrice: number;
  tradePrice: number;
  /** Confidence 0..1: above 0.8 high, 0.5..0.8 medium, below 0.5 low. */
  score: number | null;
}

/** Optional valuation add-ons, each enabled by contract. */
export type ValuationFeature = 'bounds' | 'max_offer' | 'max_offer_trade';

/** `POST /v2/valuations/predict` and `GET /v2/valuations/history/{id}` */
export interface ValuationResult extends WithUsage {
  prediction: Prediction;
  bounds: PriceBounds | null;
  maxOffer: MaxOffer | null;
  /**
   * Only on an answer reused from earlier in the session (nothing was sent):
   * when AutoGrab gave it (ISO time), so the screen can say so.
   */
  fetchedAt?: string;
}

/** Trade price at one condition score. */
export interface ConditionPrice {
  conditionScore: ConditionScore;
  tradePrice: number;
  tradeBounds: PriceRange | null;
}

/** `POST /v2/valuations/predict/conditions` */
export interface AllConditionsResult extends WithUsage {
  prediction: Prediction | null;
  conditions: ConditionPrice[];
}

/** `GET /v2/valuations/history` */
export interface ValuationHistoryResult extends WithUsage {
  predictions: Prediction[];
}

/** One year of a residual projection. */
export interface ResidualPoint {
  year: number;
  kms: number;
  valuation: number;
  score: number | null;
}

/** `POST /v2/valuations/residual` */
export interface ResidualResult extends WithUsage {
  points: ResidualPoint[];
}

/**
 * One configured max-offer cost: a fixed amount in the market's currency, or a
 * percentage of the base price. AutoGrab's example `profit_margin` (6729.96 on
 * a 56083 retail) is 12 %, so a plain number cannot describe the margin.
 */
export interface MaxOfferCost {
  type: 'fixed' | 'percentage';
  value: number;
}

/** `GET|PUT /v2/valuations/max_offer_configuration` */
export interface MaxOfferConfiguration {
  reconditioning: MaxOfferCost;
  profitMargin: MaxOfferCost;
  lot: MaxOfferCost;
  transport: MaxOfferCost;
  admin: MaxOfferCost;
}

/** Result of reading or writing the max-offer configuration. */
export interface MaxOfferConfigurationResult extends WithUsage {
  configuration: MaxOfferConfiguration;
}

/** `POST /v2/valuations/gauge/` */
export interface GaugeResult extends WithUsage {
  id: string | null;
  /** Position of the listing price in the market band, 0..1. */
  fill: number | null;
  listingPrice: number | null;
  marketRangeMin: number | null;
  marketRangeMax: number | null;
  confidence: string | null;
  sampleSize: number | null;
  vehicleTitle: string | null;
}

/** One comparable listing from market overlay. */
export interface MarketLead {
  id: string;
  vehicleId: string | null;
  year: number | null;
  listedAt: string | null;
  removedAt: string | null;
  sellerType: string | null;
  color: string | null;
  state: string | null;
  tagIds: string[];
  price: number | null;
  kms: number | null;
  /** The variant as the listing names it, when AutoGrab sends one. */
  badge: string | null;
  /** First advertised price (`features=lead_starting_price`); null when not licensed. */
  startingPrice: number | null;
  /** How often the price dropped (`features=lead_price_drops`); null when not licensed. */
  priceDropCount: number | null;
  /** Where the lead is advertised (`features=listing_urls`); empty when not licensed. */
  listingUrls: ListingUrl[];
  /** Cover image address (`features=cover_image`); null when not licensed. Never loaded by the renderer directly. */
  coverImage: string | null;
}

/** One site a lead is advertised on. */
export interface ListingUrl {
  source: string | null;
  url: string;
}

/** Market overlay add-ons Dealer Desk asks for; each needs its own permission on the account (§10.1). */
export type MarketOverlayFeature = 'lead_starting_price' | 'lead_price_drops' | 'listing_urls' | 'cover_image';

/** `GET /v2/sourcing/market_overlay/{vehicle_id}` */
export interface MarketOverlayResult extends WithUsage {
  sampleSize: number | null;
  daysChecked: number | null;
  leads: MarketLead[];
}

/** Vehicle history add-ons Dealer Desk asks for. */
export type VehicleHistoryFeature = 'price_changes';

/** One listing event in a vehicle's history. */
export interface VehicleHistoryEvent {
  type: string;
  odometer: number | null;
  price: number | null;
  marketplace: string | null;
  sellerType: string | null;
  timestamp: string | null;
}

/** `GET /v2/sourcing/history` (both documented shapes). */
export interface VehicleHistoryResult extends WithUsage {
  id: string | null;
  events: VehicleHistoryEvent[];
}
