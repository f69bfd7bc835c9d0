/**
 * Guided search: cascading facets make → model → year, then the optional
 * variant, transmission, body and fuel, each with counts, and the vehicles
 * that match. Used on its own and as the fallback when a plate finds no
 * catalogue match (pre-filled from the registry description).
 */
import { create } from 'zustand';
import type { AppError, FacetCount, FacetFilters, FacetName, Vehicle } from '../../../preload/contract';
import { api, toAppErrorValue, unwrap } from '../bridge';
import { markResultsArrived } from '../render-timing';
import { useAppStore } from './app';
import type { MatchContext } from './valuation';

/** Facets the user must choose before vehicles are listed (AutoGrab's minimum for facet search). */
const REQUIRED_FACETS = ['make', 'model', 'year'] as const satisfies readonly FacetName[];
/** Facets that narrow the list once the required ones are chosen. */
const OPTIONAL_FACETS = ['badge', 'transmission', 'body_type', 'fuel'] as const satisfies readonly FacetName[];
/** Every facet guided search shows, in order. */
export const GUIDED_FACETS: readonly FacetName[] = [...REQUIRED_FACETS, ...OPTIONAL_FACETS];

/** The filter key a facet sets (`body_type` → `bodyType`). */
export function filterKey(facet: FacetName): keyof FacetFilters {
  return facet === 'body_type' ? 'bodyType' : facet;
}

/** Options for one facet select. */
export interface FacetOptions {
  status: 'loading' | 'done' | 'error';
  values: FacetCount[];
  error: AppError | null;
}

/** The matching-vehicles part of guided search. */
export interface GuidedVehicles {
  status: 'idle' | 'loading' | 'done' | 'too-many' | 'error';
  list: Vehicle[];
  error: AppError | null;
}

/**
 * The plate or VIN lookup a guided search continues (the registry knew the
 * car but AutoGrab did not match a variant), so the vehicle chosen keeps the
 * identity it was looked up by.
 */
export interface GuidedOrigin {
  foundBy: { kind: 'plate' | 'vin'; value: string };
  vin: string | null;
  colour: string | null;
}

/** State and actions of {@link useGuidedStore}. */
export interface GuidedState {
  filters: FacetFilters;
  options: Partial<Record<FacetName, FacetOptions>>;
  vehicles: GuidedVehicles;
  /** The registry description this search was pre-filled from. */
  prefilledFrom: string | null;
  /** The lookup this search continues, if any. */
  origin: GuidedOrigin | null;
  /** Fresh guided search: clears choices and loads makes; `origin` when it continues a lookup. */
  start(origin?: GuidedOrigin | null): Promise<void>;
  /** Sets (or clears, with null) one facet; later required facets are cleared because they depend on it. */
  choose(facet: FacetName, value: string | null): Promise<void>;
  /** Pre-fills make, model and year, then variant, gearbox and fuel, from a registry description such as `2019 PERODUA MYVI 1.5 AV HATCHBACK AUTO PETROL`. */
  prefill(description: string, origin?: GuidedOrigin | null): Promise<void>;
  /** Loads the current choices again (after an error). */
  retry(): Promise<void>;
  reset(): void;
}

const idleVehicles: GuidedVehicles = { status: 'idle', list: [], error: null };

function filterValue(filters: FacetFilters, facet: FacetName): string | null {
  const value = filters[filterKey(facet)];
  return value === undefined ? null : String(value);
}

function withFilter(filters: FacetFilters, facet: FacetName, value: string | null): FacetFilters {
  const next: FacetFilters = { ...filters };
  const key = filterKey(facet);
  if (value === null) delete next[key];
  else if (key === 'year') next.year = Number(value);
  else next[key] = value;
  return next;
}

/** Facets whose options should be visible for these filters. */
function visibleFacets(filters: FacetFilters): FacetName[] {
  const visible: FacetName[] = [];
  for (const facet of REQUIRED_FACETS) {
    visible.push(facet);
    if (filterValue(filters, facet) === null) return visible;
  }
  return [...visible, ...OPTIONAL_FACETS];
}

function requiredChosen(filters: FacetFilters): boolean {
  return REQUIRED_FACETS.every((facet) => filterValue(filters, facet) !== null);
}

async function loadFacet(facet: FacetName, filters: FacetFilters): Promise<FacetOptions> {
  // Count each facet against the other choices, so its own select still lists alternatives.
  const others = withFilter(filters, facet, null);
  try {
    const result = await unwrap(api().vehicles.facets({ ...others, facet }));
    return { status: 'done', values: result.values, error: null };
  } catch (error) {
    return { status: 'error', values: [], error: toAppErrorValue(error) };
  }
}

async function loadVehicles(filters: FacetFilters): Promise<GuidedVehicles> {
  try {
    const result = await unwrap(api().vehicles.facetSearch(filters));
    markResultsArrived();
    return { status: 'done', list: result.vehicles, error: null };
  } catch (error) {
    const appError = toAppErrorValue(error);
    if (appError.code === 'TOO_MANY_RESULTS') return { status: 'too-many', list: [], error: appError };
    return { status: 'error', list: [], error: appError };
  }
}

/** Words of a description, lower-cased, for matching facet values. */
function normalise(text: string): string {
  return ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

/**
 * The facet value that appears in a description as whole words, preferring
 * the longest (so "Land Rover" beats "Rover"); null when none does.
 */
export function matchFacetValue(description: string, values: readonly FacetCount[]): string | null {
  const haystack = normalise(description);
  let best: string | null = null;
  for (const { value } of values) {
    const needle = normalise(value);
    if (needle.trim() === '') continue;
    if (haystack.includes(needle) && (best === null || value.length > best.length)) best = value;
  }
  return best;
}

/** How registries write gearboxes, and the catalogue words they stand for. */
const GEARBOX_WORDS: ReadonlyArray<[RegExp, RegExp]> = [
  [/\b(AUTO|AUTOMATIC|A\/T|AT)\b/i, /automatic/i],
  [/\b(MANUAL|M\/T|MT)\b/i, /manual/i],
  [/\bCVT\b/i, /cvt/i],
  [/\bDCT\b/i, /dct|dual clutch/i],
];

/**
 * The gearbox a registry description names: the catalogue value it contains,
 * or the only value its shorthand fits ("AUTO" → "Automatic" when there is no
 * "Sports Automatic" too). Null when unsure: guessing would hide the right car.
 */
export function matchTransmission(description: string, values: readonly FacetCount[]): string | null {
  const direct = matchFacetValue(description, values);
  if (direct !== null) return direct;
  for (const [said, meant] of GEARBOX_WORDS) {
    if (!said.test(description)) continue;
    const candidates = values.filter(({ value }) => meant.test(value));
    if (candidates.length === 1) return candidates[0]!.value;
  }
  return null;
}

/** Optional facets a registry description can fill, and how each is read from it. */
const PREFILLED_OPTIONAL: ReadonlyArray<[FacetName, (description: string, values: readonly FacetCount[]) => string | null]> = [
  ['badge', matchFacetValue],
  ['transmission', matchTransmission],
  ['fuel', matchFacetValue],
];

/** The model year in a registry description (a 19xx/20xx word), or null. */
export function yearIn(description: string): string | null {
  return /\b(19[5-9]\d|20\d\d)\b/.exec(description)?.[1] ?? null;
}

/**
 * How a vehicle chosen in guided search was found: the registry description
 * it was pre-filled from and the plate or VIN of the lookup it continues;
 * null for a guided search started on its own.
 */
export function guidedMatch(state: Pick<GuidedState, 'prefilledFrom' | 'origin'>): MatchContext | null {
  const { prefilledFrom, origin } = state;
  if (prefilledFrom === null && origin === null) return null;
  return {
    confidence: null,
    upstreamVehicle: prefilledFrom,
    colour: origin?.colour ?? null,
    vin: origin?.vin ?? null,
    plate: origin?.foundBy.kind === 'plate' ? origin.foundBy.value : null,
    foundBy: origin?.foundBy ?? null,
  };
}

/** The guided-search store. */
export const useGuidedStore = create<GuidedState>()((set, get) => {
  // Bumped by every new load and by reset; a load whose generation is no longer current is dropped.
  let generation = 0;

  /** Loads every visible facet and, once make/model/year are set, the vehicles. Older generations are dropped. */
  async function refresh(filters: FacetFilters): Promise<void> {
    const myGeneration = ++generation;
    const facets = visibleFacets(filters);
    const loading: Partial<Record<FacetName, FacetOptions>> = {};
    const previous = get().options;
    for (const facet of facets) loading[facet] = { status: 'loading', values: previous[facet]?.values ?? [], error: null };
    set({
      filters,
      options: loading,
      vehicles: requiredChosen(filters) ? { status: 'loading', list: [], error: null } : idleVehicles,
    });

    const facetResults = Promise.all(facets.map(async (facet) => [facet, await loadFacet(facet, filters)] as const));
    const vehicleResult = requiredChosen(filters) ? loadVehicles(filters) : Promise.resolve(idleVehicles);
    const [loaded, vehicles] = await Promise.all([facetResults, vehicleResult]);
    if (myGeneration !== generation) return;
    const options: Partial<Record<FacetName, FacetOptions>> = {};
    for (const [facet, result] of loaded) options[facet] = result;
    set({ options, vehicles });
    const firstError = loaded.find(([, result]) => result.error)?.[1].error ?? vehicles.error;
    useAppStore.getState().noteReachability(firstError && firstError.code !== 'TOO_MANY_RESULTS' ? firstError : null);
  }

  return {
    filters: {},
    options: {},
    vehicles: idleVehicles,
    prefilledFrom: null,
    origin: null,

    async start(origin = null) {
      set({ prefilledFrom: null, origin });
      await refresh({});
    },

    async choose(facet, value) {
      let filters = withFilter(get().filters, facet, value);
      // A different make means different models and years: clear what depended on it.
      const index = REQUIRED_FACETS.indexOf(facet as (typeof REQUIRED_FACETS)[number]);
      if (index >= 0) {
        for (const later of GUIDED_FACETS.slice(index + 1)) filters = withFilter(filters, later, null);
      }
      await refresh(filters);
    },

    async prefill(description, origin = null) {
      const myGeneration = ++generation;
      set({ prefilledFrom: description, origin, filters: {}, options: { make: { status: 'loading', values: [], error: null } }, vehicles: idleVehicles });
      let filters: FacetFilters = {};
      for (const facet of REQUIRED_FACETS) {
        const options = await loadFacet(facet, filters);
        if (myGeneration !== generation) return;
        const value = facet === 'year' ? (options.values.find((option) => option.value === yearIn(description))?.value ?? null) : matchFacetValue(description, options.values);
        if (value === null) break;
        filters = withFilter(filters, facet, value);
      }
      // With make, model and year known, the description usually names the variant, gearbox and fuel too.
      if (requiredChosen(filters)) {
        for (const [facet, read] of PREFILLED_OPTIONAL) {
          const options = await loadFacet(facet, filters);
          if (myGeneration !== generation) return;
          const value = read(description, options.values);
          if (value !== null) filters = withFilter(filters, facet, value);
        }
      }
      if (myGeneration !== generation) return;
      await refresh(filters);
    },

    async retry() {
      await refresh(get().filters);
    },

    reset() {
      generation++;
      set({ filters: {}, options: {}, vehicles: idleVehicles, prefilledFrom: null, origin: null });
    },
  };
});
