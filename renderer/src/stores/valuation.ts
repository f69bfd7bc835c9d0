/**
 * The vehicle on screen and its valuation: kms and condition inputs, the
 * prediction (with bounds and max offer), the trade value at every condition
 * and the 5-year residual curve. The extras are fetched after the main price
 * and may fail on their own without hiding it.
 */
import { create } from 'zustand';
import type {
  AllConditionsResult,
  AppError,
  ConditionScore,
  MatchConfidence,
  ResidualResult,
  ValuationRequest,
  ValuationResult,
  Vehicle,
} from '../../../preload/contract';
import { api, toAppErrorValue, unwrap } from '../bridge';
import { useAppStore } from './app';

/** Yearly kms assumed for the residual curve (Malaysian average is ~15–20k km). */
export const RESIDUAL_YEARLY_KMS = 17_000;

/** How the vehicle was found, shown next to it. */
export interface MatchContext {
  confidence: MatchConfidence | null;
  upstreamVehicle: string | null;
  colour: string | null;
  vin: string | null;
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
  showSaved(vehicle: Vehicle, valuation: ValuationResult, request: ValuationRequest | null, savedAt: string | null): void;
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

let sequence = 0;

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

function clearedValuation() {
  sequence++;
  return { status: 'idle' as const, error: null, request: null, result: null, conditions: idleExtra, residual: idleExtra, savedAt: null };
}

async function loadExtras(request: ValuationRequest, result: ValuationResult, mySequence: number): Promise<void> {
  const set = useValuationStore.setState;
  set({ conditions: { status: 'loading', data: null, error: null }, residual: { status: 'loading', data: null, error: null } });
  const initialKms = result.prediction.kms ?? request.kms ?? 0;
  const [conditions, residual] = await Promise.all([
    unwrap(api().valuation.allConditions(request)).then(
      (data): Extra<AllConditionsResult> => ({ status: 'done', data, error: null }),
      (error: unknown): Extra<AllConditionsResult> => ({ status: 'error', data: null, error: toAppErrorValue(error) }),
    ),
    unwrap(api().valuation.residual({ vehicleId: request.vehicleId, initialKms, yearlyKms: RESIDUAL_YEARLY_KMS })).then(
      (data): Extra<ResidualResult> => ({ status: 'done', data, error: null }),
      (error: unknown): Extra<ResidualResult> => ({ status: 'error', data: null, error: toAppErrorValue(error) }),
    ),
  ]);
  if (mySequence !== sequence) return;
  set({ conditions, residual });
}

/** The vehicle-and-valuation store. */
export const useValuationStore = create<ValuationState>()((set, get) => ({
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
    set({ status: 'loading', error: null, request, savedAt: null, conditions: idleExtra, residual: idleExtra });
    try {
      const result = await unwrap(api().valuation.predict(request));
      if (mySequence !== sequence) return;
      set({ status: 'done', result });
      useAppStore.getState().noteReachability(null);
      await loadExtras(request, result, mySequence);
    } catch (error) {
      if (mySequence !== sequence) return;
      const appError = toAppErrorValue(error);
      useAppStore.getState().noteReachability(appError);
      set({ status: 'error', error: appError });
    }
  },

  showSaved(vehicle, valuation, request, savedAt) {
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

  reset() {
    sequence++;
    set({ ...initial });
  },
}));
