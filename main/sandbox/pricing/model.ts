/**
 * The sandbox's deterministic pricing model (local currency, whole units).
 *
 * Retail = new price × depreciation(age) × odometer factor. Depreciation is a
 * 10% first drop, then exponential decay with a per-make rate chosen so a
 * mass-market car keeps about half its new price at five years (the
 * malaysia-market.md §4 anchors: Myvi RM56,518 → ~RM37,600 after four years).
 * The odometer factor moves the price about 2.5% per 10,000 km above or
 * below the expected distance for the age. Trade = retail × a ratio that
 * falls with condition (1 Poor … 5 Excellent, default Excellent, as AutoGrab).
 * Confidence comes from a deterministic "listing count" and sets the bounds'
 * width. Same inputs (and the same calendar month) → same outputs.
 */
import type { CatalogueVehicle, RegionCode } from '../data/vehicle.ts';
import { unitHash } from './random.ts';

/** Typical kilometres per year by region (MY ~15–20k per malaysia-market.md §4). */
export const YEARLY_KMS: Readonly<Record<RegionCode, number>> = { my: 17000, au: 15000, nz: 14000, uk: 12000 };

/** Trade as a share of retail, by condition score (index = score). */
const TRADE_RATIO: readonly number[] = [0, 0.7, 0.78, 0.83, 0.86, 0.89];
const DEFAULT_CONDITION = 5;

/** Yearly decay rate by make: strong resale brands lose value slower. */
const DECAY_BY_MAKE: Readonly<Record<string, number>> = {
  Perodua: 0.08, Toyota: 0.08, Honda: 0.085, Proton: 0.11, BYD: 0.15, Tesla: 0.14, 'Volkswagen': 0.11, Ford: 0.11, Nissan: 0.13,
};
const DEFAULT_DECAY = 0.1;
const FIRST_YEAR_RETENTION = 0.9;
/** Price moves by this fraction per 100,000 km away from the expected odometer. */
const KMS_SENSITIVITY = 0.25;
/** No car is valued below this share of its new price (scrap and parts value). */
const PRICE_FLOOR = 0.06;
/**
 * Test vehicles are valued as of a fixed month so their outputs never drift
 * (June 2026), matching AutoGrab's "fixed outcomes" for test values.
 */
const TEST_REFERENCE_TIME = Date.UTC(2026, 5, 15);

/** The clock a vehicle is valued against: the real clock, or a fixed date for test vehicles. */
export function referenceTime(entry: CatalogueVehicle, nowMs: number): number {
  return entry.isTest ? TEST_REFERENCE_TIME : nowMs;
}

/** Months since the middle of the vehicle's model year, at the valuation month plus `yearsAhead`. */
function ageInYears(entry: CatalogueVehicle, nowMs: number, yearsAhead: number): number {
  const now = new Date(referenceTime(entry, nowMs));
  const month = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const built = Number(entry.vehicle.year) * 12 + 6;
  return Math.max(0.25, (month - built) / 12 + yearsAhead);
}

/** The odometer the model assumes when none is given: the regional average for the age. */
export function averageKms(entry: CatalogueVehicle, region: RegionCode, nowMs: number, yearsAhead = 0): number {
  return Math.round(ageInYears(entry, nowMs, yearsAhead) * YEARLY_KMS[region]);
}

/** Deterministic listings seen in the past 365 days: popularity, age (most listings at 3–8 years) and per-ID noise. */
export function listingCount(entry: CatalogueVehicle, nowMs: number): number {
  const age = ageInYears(entry, nowMs, 0);
  const ageFactor = age < 1 ? 0.35 : age < 3 ? 0.7 : age <= 8 ? 1 : Math.max(0.25, 1 - (age - 8) * 0.1);
  const noise = 0.7 + 0.6 * unitHash(`listings|${entry.vehicle.id}`);
  return Math.round(entry.popularity * 18 * ageFactor * noise);
}

/** Confidence 0..1 from the listing count (more data → more confident), 4 decimals. */
function confidenceScore(entry: CatalogueVehicle, nowMs: number): number {
  const listings = listingCount(entry, nowMs);
  const score = 0.3 + 0.67 * (1 - Math.exp(-listings / 70));
  return Math.round(score * 10000) / 10000;
}

/** A price range. */
export interface Range {
  lower: number;
  upper: number;
}

/** One valuation at one odometer and condition. */
export interface Valuation {
  kms: number;
  retail: number;
  trade: number;
  score: number;
  bounds: { retail: Range; trade: Range };
}

/** Inputs to {@link valuate}. */
export interface ValuationInput {
  entry: CatalogueVehicle;
  region: RegionCode;
  nowMs: number;
  kms?: number;
  /** Condition 1..5; anything else gives the default (Excellent) trade price. */
  conditionScore?: number;
  /** Value the vehicle this many years from now (residuals). */
  yearsAhead?: number;
  /** New-car price to start from instead of the catalogue's (`rrp_overwrite` / `rrp_adjustment`). */
  rrp?: number;
}

/** Trade share of retail for a condition score; non-1..5 values use the default, as AutoGrab does. */
function tradeRatio(conditionScore: number | undefined): number {
  const valid = conditionScore !== undefined && Number.isInteger(conditionScore) && conditionScore >= 1 && conditionScore <= 5;
  return TRADE_RATIO[valid ? conditionScore : DEFAULT_CONDITION] as number;
}

function rangeAround(value: number, halfWidth: number): Range {
  return { lower: Math.round(value * (1 - halfWidth)), upper: Math.round(value * (1 + halfWidth)) };
}

/** Values one vehicle. Deterministic for the same inputs within a calendar month. */
export function valuate({ entry, region, nowMs, kms, conditionScore, yearsAhead = 0, rrp = entry.newPrice }: ValuationInput): Valuation {
  const age = ageInYears(entry, nowMs, yearsAhead);
  const decay = DECAY_BY_MAKE[entry.vehicle.make] ?? DEFAULT_DECAY;
  const odometer = kms ?? averageKms(entry, region, nowMs, yearsAhead);
  const expected = age * YEARLY_KMS[region];
  const kmsFactor = Math.exp((-KMS_SENSITIVITY * (odometer - expected)) / 100000);
  const raw = rrp * FIRST_YEAR_RETENTION * Math.exp(-decay * age) * kmsFactor;
  const retail = Math.round(Math.max(raw, rrp * PRICE_FLOOR));
  const trade = Math.round(retail * tradeRatio(conditionScore));
  const score = confidenceScore(entry, nowMs);
  const halfWidth = 0.03 + 0.12 * (1 - score);
  return { kms: odometer, retail, trade, score, bounds: { retail: rangeAround(retail, halfWidth), trade: rangeAround(trade, halfWidth) } };
}
