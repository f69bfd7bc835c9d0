/**
 * Facet counts and facet search over one region's catalogue. Filters match
 * case-insensitively and exactly (AutoGrab's values are case-variant, e.g.
 * "SE Ltd" vs "SE LTD"; matching both spares the client a surprise).
 */
import type { CatalogueVehicle, WireVehicle } from '../data/vehicle.ts';

/** Filter query parameters, in documented order. */
export const FACET_FILTERS = ['year', 'make', 'model', 'badge', 'series', 'transmission', 'body_type', 'fuel', 'drive'] as const;

/** Facet names the sandbox can count, mapped to the vehicle field they read. */
export const FACET_FIELDS: Readonly<Record<string, keyof WireVehicle>> = {
  year: 'year',
  make: 'make',
  model: 'model',
  badge: 'badge',
  series: 'series',
  transmission: 'transmission',
  transmission_type: 'transmission_type',
  body: 'body_type',
  body_type: 'body_type',
  body_style: 'body_type',
  fuel: 'fuel',
  engine: 'engine',
  drive: 'drive',
  wheelbase: 'wheelbase',
};

/** Filter values by parameter name (only the ones given). */
export type FacetFilters = Partial<Record<(typeof FACET_FILTERS)[number], string>>;

function same(a: unknown, b: string): boolean {
  return typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
}

/** Vehicles that match every given filter; `transmission` matches the gearbox name or its type ("Automatic"). */
export function filterVehicles(vehicles: readonly CatalogueVehicle[], filters: FacetFilters): CatalogueVehicle[] {
  return vehicles.filter(({ vehicle }) =>
    Object.entries(filters).every(([name, wanted]) => {
      if (wanted === undefined) return true;
      if (name === 'transmission') return same(vehicle.transmission, wanted) || same(vehicle.transmission_type, wanted);
      return same(vehicle[name as keyof WireVehicle], wanted);
    }),
  );
}

/** `{value, count}` pairs for one facet, sorted (years newest first, text alphabetically), at most `limit`. */
export function countFacet(vehicles: readonly CatalogueVehicle[], facet: string, limit: number): Array<{ value: string; count: number }> {
  const field = FACET_FIELDS[facet] as keyof WireVehicle;
  const counts = new Map<string, number>();
  for (const { vehicle } of vehicles) {
    const value = vehicle[field];
    if (typeof value === 'string' && value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const pairs = [...counts].map(([value, count]) => ({ value, count }));
  pairs.sort((a, b) => (facet === 'year' ? Number(b.value) - Number(a.value) : a.value.localeCompare(b.value)));
  return pairs.slice(0, limit);
}
