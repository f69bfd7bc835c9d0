/**
 * The one search box: what the input is (plate, VIN or text), the debounced
 * typeahead for text, and plate/VIN lookups with their outcomes.
 *
 * Typeahead rules: one request in flight per box; a newer keystroke cancels the
 * older request through `vehicles.cancel` and a sequence number makes sure a
 * slower, older answer can never replace a newer one.
 */
import { create } from 'zustand';
import type { AppError, AuState, Vehicle, VehicleLookupResult, MatchConfidence, SearchPrefill } from '../../../preload/contract';
import { classifySearchInput } from '../../../main/core/validation/search-input';
import type { SearchInputClass } from '../../../main/core/validation/search-input';
import { checkPlate } from '../../../main/core/validation/plate';
import type { PlateCheck } from '../../../main/core/validation/plate';
import { api, isCancelled, toAppErrorValue, unwrap } from '../bridge';
import { markResultsArrived } from '../render-timing';
import { currentSettings, useAppStore } from './app';
import { useGuidedStore } from './guided';
import type { GuidedOrigin } from './guided';
import { useValuationStore } from './valuation';

/** Typeahead delay after the last keystroke. */
export const SUGGEST_DELAY_MS = 250;
/** Shortest text worth a typeahead request. */
const MIN_SUGGEST_LENGTH = 3;
/** How many typeahead results to ask for (AutoGrab's maximum). */
const SUGGEST_COUNT = 100;

/** Typeahead state for free text. */
export interface Suggestions {
  status: 'idle' | 'loading' | 'done' | 'error';
  /** The text these results answer. */
  query: string;
  vehicles: Vehicle[];
  total: number | null;
  confidence: MatchConfidence | null;
  error: AppError | null;
}

/** Where a plate or VIN lookup stands. */
export type LookupState =
  | { status: 'idle' }
  | { status: 'loading'; kind: 'plate' | 'vin'; query: string }
  /** Only the VIN came back: the VIN lookup is running. */
  | { status: 'vin-only'; query: string; vin: string }
  /** A reduced-confidence match waiting for the user to confirm it. */
  | { status: 'confirm'; kind: 'plate' | 'vin'; query: string; result: VehicleLookupResult }
  | { status: 'error'; kind: 'plate' | 'vin'; query: string; error: AppError };

/** State and actions of {@link useSearchStore}. */
export interface SearchState {
  input: string;
  /** The user chose "search as text" for input that also reads as a plate. */
  forceText: boolean;
  suggestions: Suggestions;
  lookup: LookupState;
  /** A link from another program filled the box: a hint says so until the user edits or presses Enter. */
  prefilled: boolean;
  /** The Australian state that link named; it wins over Settings for this search. */
  linkState: AuState | null;
  setInput(input: string): void;
  /**
   * Fills the box with a plate or VIN main validated from a link. Never looks
   * it up and never starts the typeahead: a lookup is billable, so it waits
   * for the salesperson's Enter.
   */
  prefill(prefill: SearchPrefill): void;
  setForceText(forceText: boolean): void;
  /** Enter in the box: plate → plate lookup, VIN → VIN lookup, text → immediate search. */
  submit(): Promise<void>;
  /** Accepts the vehicle of a reduced-confidence lookup (or one of its alternatives). */
  confirm(vehicle: Vehicle): void;
  /**
   * Leaves a lookup outcome for guided search, pre-filled from the registry
   * description when there is one; `origin` is the lookup it continues, so the
   * vehicle chosen there keeps its plate or VIN.
   */
  toGuided(description?: string | null, origin?: GuidedOrigin | null): void;
  reset(): void;
}

const emptySuggestions: Suggestions = { status: 'idle', query: '', vehicles: [], total: null, confidence: null, error: null };

/** What the box currently holds, by the market's rules (`forceText` wins). */
export function classify(input: string, forceText: boolean): SearchInputClass {
  if (forceText && input.trim() !== '') return { kind: 'text' };
  return classifySearchInput(input, { region: currentSettings().region });
}

/** Written like a Malaysian plate: up to three letters, a number, at most one letter after it (`WXY 0123`, `W 12345`). */
const PLATE_SHAPE = /^[A-Za-z]{1,3}[\s\-.]*\d+[\s\-.]*[A-Za-z]?$/;

/**
 * A plate check to show while typing input written like a plate that fails
 * the plate rules, so `WXY 0123` explains itself instead of silently becoming
 * a text search. Descriptions such as `vios 2019` or `x50 2020` are not
 * plate-shaped and stay plain text searches.
 */
export function failedPlateAttempt(input: string): PlateCheck | null {
  const trimmed = input.trim();
  const region = currentSettings().region;
  if (region !== 'my' || !PLATE_SHAPE.test(trimmed)) return null;
  const check = checkPlate(trimmed, { region });
  return check.ok ? null : check;
}

/** The lookup a reduced-confidence match came from, for guided search to carry on with ("No, find it another way"). */
export function originOf(lookup: Extract<LookupState, { status: 'confirm' }>): GuidedOrigin {
  return { foundBy: { kind: lookup.kind, value: lookup.query }, vin: lookup.result.vin, colour: lookup.result.colour };
}

/** The error the search screen is showing for the last lookup or text search, if any. */
export function shownError(state: Pick<SearchState, 'lookup' | 'suggestions'>): AppError | null {
  if (state.lookup.status === 'error') return state.lookup.error;
  return state.suggestions.status === 'error' ? state.suggestions.error : null;
}

/** The search-box store. */
export const useSearchStore = create<SearchState>()((set, get) => {
  // Request bookkeeping, private to this store: the debounce timer, the search in flight, and sequence numbers that drop stale answers.
  let timer: ReturnType<typeof setTimeout> | null = null;
  let sequence = 0;
  let inFlight: string | null = null;
  let lookupSequence = 0;

  function cancelInFlight(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (inFlight) {
      const requestId = inFlight;
      inFlight = null;
      // Fire and forget: main answers the cancelled search with CANCELLED, which we ignore.
      void api().vehicles.cancel({ requestId }).catch(() => undefined);
    }
  }

  async function runSearch(query: string): Promise<void> {
    cancelInFlight();
    const mySequence = ++sequence;
    const requestId = `search-${mySequence}-${Date.now().toString(36)}`;
    inFlight = requestId;
    set((state) => ({ suggestions: { ...state.suggestions, status: 'loading', query, error: null } }));
    try {
      const result = await unwrap(api().vehicles.search({ search: query, count: SUGGEST_COUNT, requestId }));
      if (mySequence !== sequence) return;
      markResultsArrived();
      set({
        suggestions: {
          status: 'done',
          query,
          vehicles: result.vehicles,
          total: result.total,
          confidence: result.confidence,
          error: null,
        },
      });
      useAppStore.getState().noteReachability(null);
    } catch (error) {
      if (mySequence !== sequence || isCancelled(error)) return;
      const appError = toAppErrorValue(error);
      useAppStore.getState().noteReachability(appError);
      set((state) => ({ suggestions: { ...state.suggestions, status: 'error', query, error: appError } }));
    } finally {
      if (inFlight === requestId) inFlight = null;
    }
  }

  function scheduleSuggest(input: string, forceText: boolean): void {
    const kind = classify(input, forceText).kind;
    const query = input.trim();
    if (kind !== 'text' || query.length < MIN_SUGGEST_LENGTH || failedPlateAttempt(input)) {
      cancelInFlight();
      sequence++;
      set({ suggestions: emptySuggestions });
      return;
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void runSearch(query);
    }, SUGGEST_DELAY_MS);
  }

  function openMatched(result: VehicleLookupResult, vehicle: Vehicle, foundBy: { kind: 'plate' | 'vin'; value: string }): void {
    useValuationStore.getState().openVehicle(vehicle, {
      confidence: result.confidence,
      upstreamVehicle: result.upstreamVehicle,
      colour: result.colour,
      vin: result.vin,
      plate: foundBy.kind === 'plate' ? foundBy.value : null,
      foundBy,
    });
    set({ lookup: { status: 'idle' } });
    useAppStore.getState().go('vehicle');
  }

  /**
   * Acts on what a plate or VIN lookup found. `foundBy` is what the
   * salesperson typed: a plate stays the identity even when its VIN is looked
   * up next (REG4VINONLY) or guided search picks the variant (REG4NOMATCH).
   */
  async function handleLookup(
    kind: 'plate' | 'vin',
    query: string,
    result: VehicleLookupResult,
    mySequence: number,
    foundBy: { kind: 'plate' | 'vin'; value: string } = { kind, value: query },
  ): Promise<void> {
    if (result.vehicle && result.confidence === 'reduced') {
      set({ lookup: { status: 'confirm', kind: foundBy.kind, query: foundBy.value, result } });
      return;
    }
    if (result.vehicle) {
      openMatched(result, result.vehicle, foundBy);
      return;
    }
    const origin: GuidedOrigin = { foundBy, vin: result.vin, colour: result.colour };
    if (result.upstreamVehicle) {
      get().toGuided(result.upstreamVehicle, origin);
      return;
    }
    if (kind === 'plate' && result.vin) {
      // REG4VINONLY: the registry gave only the VIN, so carry on with it.
      const vin = result.vin;
      set({ lookup: { status: 'vin-only', query, vin } });
      try {
        const byVin = await unwrap(api().vehicles.lookupVin({ vin }));
        if (mySequence !== lookupSequence) return;
        if (byVin.vehicle || byVin.upstreamVehicle) return handleLookup('vin', vin, { ...byVin, vin: byVin.vin ?? vin }, mySequence, foundBy);
      } catch (error) {
        if (mySequence !== lookupSequence) return;
        useAppStore.getState().noteReachability(toAppErrorValue(error));
      }
      get().toGuided(null, origin);
      return;
    }
    set({
      lookup: {
        status: 'error',
        kind,
        query,
        error: { code: 'NOT_FOUND', message: 'AutoGrab found no vehicle for this.', retryable: false },
      },
    });
  }

  async function runLookup(kind: 'plate' | 'vin', query: string, compact: string): Promise<void> {
    cancelInFlight();
    sequence++;
    const mySequence = ++lookupSequence;
    set({ lookup: { status: 'loading', kind, query }, suggestions: emptySuggestions });
    const settings = currentSettings();
    const auState = settings.region === 'au' ? (get().linkState ?? settings.auState) : null;
    if (kind === 'plate' && settings.region === 'au' && !auState) {
      set({
        lookup: {
          status: 'error',
          kind,
          query,
          error: { code: 'VALIDATION', field: 'state', message: 'Choose the Australian state in Settings before searching by plate.', retryable: false },
        },
      });
      return;
    }
    try {
      const request = api().vehicles;
      const result = await unwrap(
        kind === 'plate'
          ? request.lookupPlate(auState ? { plate: compact, state: auState } : { plate: compact })
          : request.lookupVin({ vin: compact }),
      );
      if (mySequence !== lookupSequence) return;
      useAppStore.getState().noteReachability(null);
      await handleLookup(kind, query, result, mySequence);
    } catch (error) {
      if (mySequence !== lookupSequence) return;
      const appError = toAppErrorValue(error);
      useAppStore.getState().noteReachability(appError);
      set({ lookup: { status: 'error', kind, query, error: appError } });
    }
  }

  return {
    input: '',
    forceText: false,
    suggestions: emptySuggestions,
    lookup: { status: 'idle' },
    prefilled: false,
    linkState: null,

    setInput(input) {
      set({ input, forceText: input.trim() === '' ? false : get().forceText, lookup: { status: 'idle' }, prefilled: false, linkState: null });
      lookupSequence++;
      scheduleSuggest(input, get().forceText);
    },

    setForceText(forceText) {
      set({ forceText });
      scheduleSuggest(get().input, forceText);
    },

    prefill(prefill) {
      get().reset();
      set({
        input: prefill.kind === 'plate' ? prefill.plate : prefill.vin,
        prefilled: true,
        linkState: prefill.kind === 'plate' ? (prefill.state ?? null) : null,
      });
    },

    async submit() {
      const { input, forceText } = get();
      set({ prefilled: false });
      const classified = classify(input, forceText);
      if (classified.kind === 'plate' && classified.plate) {
        set({ input: classified.plate.display });
        return runLookup('plate', classified.plate.display, classified.plate.compact);
      }
      if (classified.kind === 'vin' && classified.vin) {
        if (!classified.vin.ok) return;
        set({ input: classified.vin.normalized });
        return runLookup('vin', classified.vin.normalized, classified.vin.normalized);
      }
      if (classified.kind === 'text' && !failedPlateAttempt(input) && input.trim() !== '') {
        if (timer) clearTimeout(timer);
        timer = null;
        return runSearch(input.trim());
      }
    },

    confirm(vehicle) {
      const lookup = get().lookup;
      if (lookup.status !== 'confirm') return;
      openMatched(lookup.result, vehicle, { kind: lookup.kind, value: lookup.query });
    },

    toGuided(description, origin = null) {
      set({ lookup: { status: 'idle' } });
      const guided = useGuidedStore.getState();
      if (description) void guided.prefill(description, origin);
      else void guided.start(origin);
      useAppStore.getState().go('guided');
    },

    reset() {
      cancelInFlight();
      sequence++;
      lookupSequence++;
      set({ input: '', forceText: false, suggestions: emptySuggestions, lookup: { status: 'idle' }, prefilled: false, linkState: null });
    },
  };
});
