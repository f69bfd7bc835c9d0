/**
 * Plain-text vehicle search: a tokenised, weighted scorer. Query tokens that
 * hit the year, make or model count most, then the badge, then body,
 * gearbox, fuel and drive words (with the aliases dealers type: "auto",
 * "at", "mt", "ev", "hatch"…). A different four-digit year costs points but
 * does not exclude, so "2019 myvi" still lists 2018 Myvis after the 2019 ones.
 */
import type { CatalogueVehicle, WireVehicle } from '../data/vehicle.ts';

/** One ranked hit. */
export interface SearchHit {
  entry: CatalogueVehicle;
  score: number;
  /** Every query token matched and the year (if given) agreed. */
  exact: boolean;
}

const YEAR_PATTERN = /^(19|20)\d\d$/;
const YEAR_MISMATCH_PENALTY = 3;
const UNMATCHED_PENALTY = 1;
const PREFIX_SHARE = 0.6;

/** Lower-cases and splits on anything but letters, digits and `. : + -` inside words. */
function tokenize(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^a-z0-9.:+-]+/)
    .map((token) => token.replace(/^[.:+-]+|[.:+-]+$/g, ''))
    .filter((token) => token.length > 0);
}

function addTokens(weights: Map<string, number>, text: string | null, weight: number): void {
  if (!text) return;
  for (const token of tokenize(text)) {
    for (const form of new Set([token, token.replace(/[-:]/g, '')])) {
      weights.set(form, Math.max(weights.get(form) ?? 0, weight));
    }
  }
}

const GEARBOX_ALIASES: Record<string, string> = { Automatic: 'auto automatic at a/t', Manual: 'manual mt m/t' };
const FUEL_ALIASES: Record<string, string> = { Electric: 'ev bev electric', Hybrid: 'hybrid hev', Diesel: 'diesel', Petrol: 'petrol' };
const BODY_ALIASES: Record<string, string> = { Hatchback: 'hatch hatchback', 'Pick-up': 'pickup pick-up ute truck', Ute: 'ute pickup' };

/** Weighted tokens describing one vehicle; cached because the catalogue never changes. */
const tokenCache = new WeakMap<WireVehicle, Map<string, number>>();
function vehicleTokens(vehicle: WireVehicle): Map<string, number> {
  const cached = tokenCache.get(vehicle);
  if (cached) return cached;
  const weights = new Map<string, number>();
  addTokens(weights, vehicle.year, 4);
  addTokens(weights, vehicle.make, 3);
  addTokens(weights, vehicle.model, 3);
  addTokens(weights, vehicle.model.replace(/\s+/g, ''), 3);
  addTokens(weights, vehicle.badge, 2);
  addTokens(weights, vehicle.series, 1);
  addTokens(weights, vehicle.body_type, 1);
  addTokens(weights, BODY_ALIASES[vehicle.body_type] ?? null, 1);
  addTokens(weights, vehicle.body_config, 1);
  addTokens(weights, vehicle.transmission, 1);
  addTokens(weights, GEARBOX_ALIASES[vehicle.transmission_type] ?? null, 1);
  addTokens(weights, FUEL_ALIASES[vehicle.fuel] ?? null, 1);
  addTokens(weights, vehicle.drive, 1);
  tokenCache.set(vehicle, weights);
  return weights;
}

function scoreVehicle(entry: CatalogueVehicle, queryTokens: readonly string[]): SearchHit {
  const weights = vehicleTokens(entry.vehicle);
  let score = 0;
  let strong = 0;
  let exact = true;
  for (const token of queryTokens) {
    if (YEAR_PATTERN.test(token) && token !== entry.vehicle.year) {
      score -= YEAR_MISMATCH_PENALTY;
      exact = false;
      continue;
    }
    const direct = weights.get(token) ?? weights.get(token.replace(/[-:]/g, ''));
    if (direct !== undefined) {
      score += direct;
      if (direct >= 2) strong += 1;
      continue;
    }
    // "1.5g" or "1.5av": a size glued to a badge letter, as dealers type it.
    const glued = /^(\d+(?:\.\d+)?)([a-z]+)$/.exec(token);
    const gluedWeights = glued ? [weights.get(glued[1] as string), weights.get(glued[2] as string)] : [];
    if (gluedWeights.length === 2 && gluedWeights.every((weight) => weight !== undefined)) {
      score += (gluedWeights as number[]).reduce((sum, weight) => sum + weight, 0);
      strong += 1;
      continue;
    }
    let prefix = 0;
    if (token.length >= 3) {
      for (const [candidate, weight] of weights) if (candidate.startsWith(token)) prefix = Math.max(prefix, weight * PREFIX_SHARE);
    }
    if (prefix > 0) {
      score += prefix;
      if (prefix >= 2 * PREFIX_SHARE) strong += 1;
      exact = false;
    } else {
      score -= UNMATCHED_PENALTY;
      exact = false;
    }
  }
  // A vehicle must match something specific (make, model, badge or year), not just "auto".
  return { entry, score: strong > 0 ? score : -Infinity, exact };
}

/**
 * Ranks the catalogue for a query. Without `preferMoreResults` only the hits
 * close to the best are kept (AutoGrab "infers the best match"); with it,
 * every plausible hit is returned for the user to choose from.
 */
export function searchVehicles(vehicles: readonly CatalogueVehicle[], query: string, preferMoreResults: boolean): SearchHit[] {
  const queryTokens = tokenize(query);
  if (queryTokens.length === 0) return [];
  const hits = vehicles
    .map((entry) => scoreVehicle(entry, queryTokens))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || Number(b.entry.vehicle.year) - Number(a.entry.vehicle.year) || a.entry.vehicle.title.localeCompare(b.entry.vehicle.title));
  const best = hits[0]?.score ?? 0;
  return preferMoreResults ? hits : hits.filter((hit) => hit.score >= best * 0.6);
}
