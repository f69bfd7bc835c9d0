/**
 * The vehicle on screen and its valuation: kms and condition inputs, the
 * prediction (with bounds and max offer), the trade value at every condition
 * and the 5-year residual curve. With the kms known, the price and the extras
 * are requested at once (one round trip); each may fail on its own without
 * hiding the price.
 */
import { create } from 'zustand';
import type {
  AllConditionsResult,
  AppError,
  ConditionScore,
  MarketEvidence,
  MatchConfidence,
  ResidualResult,
  ValuationRequest,
  ValuationResult,
  Vehicle,
  Result,
  SavePdfResult,
} from '../../../preload/contract';
import { api, settle, toAppErrorValue, unwrap } from '../bridge';
import { useAppStore } from './app';
import { useMarketStore } from './market';

/** Yearly kms assumed for the residual curve (Malaysian average is ~15–20k km). */
export const RESIDUAL_YEARLY_KMS = 17_000;

/** How the vehicle was found, shown next to it. */
export interface MatchContext {
  confidence: MatchConfidence | null;
  upstreamVehicle: string | null;
  colour: string | null;
  vin: string | null;
  /** The plate the vehicle was found by, as typed (its listing history is looked up with it). */
  plate?: string | null;
  /** The plate or VIN the salesperson looked the vehicle up by, shown in the vehicle header. */
  foundBy?: { kind: 'plate' | 'vin'; value: string } | null;
}

/** One optional part of the valuation screen. */
export interface Extra<T> {
  status: 'idle' | 'loading' | 'done' | 'error';
  data: T | null;
  error: AppError | null;
}

/** State and actions of {@link useValuationStore}. */
export interface ValuationState {
  vehicle: Vehicle | null;
  vehicleStatus: 'idle' | 'loading' | 'ready' | 'error';
  vehicleError: AppError | null;
  match: MatchContext | null;
  /** The odometer as typed; blank means "use AutoGrab's average". */
  kmsText: string;
  condition: ConditionScore;
  status: 'idle' | 'loading' | 'done' | 'error';
  error: AppError | null;
  /** What was asked for the result on screen. */
  request: ValuationRequest | null;
  result: ValuationResult | null;
  conditions: Extra<AllConditionsResult>;
  residual: Extra<ResidualResult>;
  /** Set when the result on screen was reopened from this workstation's saved history. */
  savedAt: string | null;
  openVehicle(vehicle: Vehicle, match?: MatchContext | null): void;
  /** Loads a vehicle by AutoGrab ID (e.g. a history entry) and shows it. */
  openVehicleById(vehicleId: string): Promise<void>;
  setKms(text: string): void;
  setCondition(condition: ConditionScore): void;
  /** Values the vehicle on screen with the current kms and condition. */
  value(): Promise<void>;
  /** Shows a past valuation (from AutoGrab or from this workstation) without calling predict again. */
  showSaved(vehicle: Vehicle, valuation: ValuationResult, request: ValuationRequest | null, savedAt: string | null, market?: MarketEvidence | null): void;
  /** Saves the printable summary as a PDF (main asks where). */
  savePdf(suggestedName: string): Promise<Result<SavePdfResult>>;
  reset(): void;
}

const idleExtra = { status: 'idle', data: null, error: null } as const;

/** Parses the kms box: blank → undefined (average), a whole number ≥ 0 → that, anything else → NaN. */
export function parseKms(text: string): number | undefined {
  const cleaned = text.replace(/[\s,._]/g, '').replace(/km$/i, '');
  if (cleaned === '') return undefined;
  if (!/^\d{1,7}$/.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}

const initial = {
  vehicle: null,
  vehicleStatus: 'idle' as const,
  vehicleError: null,
  match: null,
  kmsText: '',
  condition: 3 as ConditionScore,
  status: 'idle' as const,
  error: null,
  request: null,
  result: null,
  conditions: idleExtra,
  residual: idleExtra,
  savedAt: null,
};

/** The vehicle-and-valuation store. */
export const useValuationStore = create<ValuationState>()((set, get) => {
  // Bumped by every new valuation and by reset; answers for an older one are dropped.
  let sequence = 0;

  function clearedValuation() {
    sequence++;
    return { status: 'idle' as const, error: null, request: null, result: null, conditions: idleExtra, residual: idleExtra, savedAt: null };
  }

  /** Settles one extra request into the panel state it feeds, without throwing. */
  function extraOf<T>(call: Promise<Result<T>>): Promise<Extra<T>> {
    return unwrap(call).then(
      (data): Extra<T> => ({ status: 'done', data, error: null }),
      (error: unknown): Extra<T> => ({ status: 'error', data: null, error: toAppErrorValue(error) }),
    );
  }

  /** Shows `extra` in its panel as soon as it lands, unless a newer valuation has started or the price failed. */
  function showWhenSettled(key: 'conditions' | 'residual', extra: Promise<Extra<unknown>>, mySequence: number): Promise<void> {
    return extra.then((settled) => {
      if (mySequence === sequence && get().status !== 'error') set({ [key]: settled } as Partial<ValuationState>);
    });
  }

  function residualFor(vehicleId: string, initialKms: number) {
    return extraOf(api().valuation.residual({ vehicleId, initialKms, yearlyKms: RESIDUAL_YEARLY_KMS }));
  }

  return {
    ...initial,

    openVehicle(vehicle, match = null) {
      set({ ...clearedValuation(), vehicle, vehicleStatus: 'ready', vehicleError: null, match, kmsText: '', condition: 3 });
    },

    async openVehicleById(vehicleId) {
      set({ ...clearedValuation(), vehicle: null, vehicleStatus: 'loading', vehicleError: null, match: null });
      const mySequence = sequence;
      try {
        const { vehicle } = await unwrap(api().vehicles.get({ vehicleId }));
        if (mySequence !== sequence) return;
        set({ vehicle, vehicleStatus: 'ready' });
      } catch (error) {
        if (mySequence !== sequence) return;
        set({ vehicleStatus: 'error', vehicleError: toAppErrorValue(error) });
      }
    },

    setKms(kmsText) {
      set({ kmsText });
    },

    setCondition(condition) {
      set({ condition });
    },

    async value() {
      const { vehicle, kmsText, condition } = get();
      if (!vehicle) return;
      const kms = parseKms(kmsText);
      if (kms !== undefined && Number.isNaN(kms)) {
        set({
          status: 'error',
          error: { code: 'VALIDATION', field: 'kms', message: 'Enter the odometer as a whole number of kilometres, or leave it blank.', retryable: false },
        });
        return;
      }
      // Main refuses too (the setting may be locked by policy); checking here saves the round trip.
      if (kms === undefined && useAppStore.getState().status?.settings.requireOdometer) {
        set({
          status: 'error',
          error: { code: 'VALIDATION', field: 'kms', message: 'Enter the odometer reading: your dealership values every car at its actual kilometres.', retryable: false },
        });
        return;
      }
      const request: ValuationRequest = { vehicleId: vehicle.id, conditionScore: condition };
      if (kms !== undefined) request.kms = kms;
      const mySequence = ++sequence;
      const loading = { status: 'loading', data: null, error: null } as const;
      set({ status: 'loading', error: null, request, savedAt: null, conditions: loading, residual: loading });
      // One round trip: every request whose inputs are known leaves now, the market with them. Only with a blank
      // odometer does the residual wait for predict, because it starts from the average kms that predict answers with.
      const market = useMarketStore.getState();
      void market.load(vehicle, get().match);
      const conditions = extraOf(api().valuation.allConditions(request));
      const residual = kms === undefined ? null : residualFor(vehicle.id, kms);
      const predicted = unwrap(api().valuation.predict(request));
      const extrasShown = showWhenSettled('conditions', conditions, mySequence);
      try {
        const result = await predicted;
        if (mySequence !== sequence) return;
        set({ status: 'done', result });
        market.keepWithValuation(result.prediction.id);
        useAppStore.getState().noteReachability(null);
        await Promise.all([extrasShown, showWhenSettled('residual', residual ?? residualFor(vehicle.id, result.prediction.kms ?? 0), mySequence)]);
      } catch (error) {
        if (mySequence !== sequence) return;
        const appError = toAppErrorValue(error);
        useAppStore.getState().noteReachability(appError);
        // Without a price the extras mean nothing on their own.
        set({ status: 'error', error: appError, conditions: idleExtra, residual: idleExtra });
      }
    },

    showSaved(vehicle, valuation, request, savedAt, market = null) {
      useMarketStore.getState().showSaved(market);
      set({
        ...clearedValuation(),
        vehicle,
        vehicleStatus: 'ready',
        vehicleError: null,
        match: null,
        kmsText: request?.kms !== undefined ? String(request.kms) : '',
        condition: request?.conditionScore ?? 3,
        status: 'done',
        request,
        result: valuation,
        savedAt,
      });
    },

    savePdf(suggestedName) {
      return settle(() => api().report.savePdf({ suggestedName }));
    },

    reset() {
      sequence++;
      useMarketStore.getState().reset();
      set({ ...initial });
    },
  };
});
