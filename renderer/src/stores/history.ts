/**
 * Past valuations: the AutoGrab account's list (`valuation.history`, one row
 * per valuation, see {@link onePerValuation}) and what this workstation saved
 * (`history.list`), which stays viewable offline. Any two can be compared
 * side by side.
 */
import { create } from 'zustand';
import type {
  AppError,
  LocalHistoryEntry,
  MaxOffer,
  PriceBounds,
  Prediction,
  Vehicle,
} from '../../../preload/contract';
import { api, toAppErrorValue, unwrap } from '../bridge';
import { useAppStore } from './app';
import { onePerValuation } from './one-per-valuation';
import { useValuationStore } from './valuation';

/** One valuation as the history and compare views show it, whatever its source. */
export interface HistoryValuation {
  /** Unique across both sources: `api:<pricing id>` or `local:<entry id>`. */
  key: string;
  source: 'api' | 'local';
  pricingId: string;
  vehicleId: string;
  /** Known for local entries; API entries only carry the vehicle id. */
  title: string | null;
  date: string | null;
  kms: number | null;
  conditionScore: number | null;
  retail: number;
  trade: number;
  score: number | null;
  bounds: PriceBounds | null;
  maxOffer: MaxOffer | null;
  demo: boolean;
}

/** A loadable list. */
export interface Loadable<T> {
  status: 'idle' | 'loading' | 'done' | 'error';
  items: T[];
  error: AppError | null;
}

/** State and actions of {@link useHistoryStore}. */
export interface HistoryState {
  api: Loadable<HistoryValuation>;
  local: Loadable<LocalHistoryEntry>;
  /** Keys ticked for comparison (at most two; a third replaces the oldest). */
  selected: string[];
  reopenError: AppError | null;
  reopening: string | null;
  load(): Promise<void>;
  toggleSelected(key: string): void;
  /** Shows a past valuation on the vehicle screen. */
  reopen(item: HistoryValuation): Promise<void>;
  /** Clears this workstation's saved history (kiosk reset, or the user's choice). */
  clearLocal(): Promise<void>;
  reset(): void;
}

/**
 * A prediction from the AutoGrab account as a {@link HistoryValuation};
 * `demo` when the list came from the demo source (it carries no mode itself).
 */
function fromPrediction(prediction: Prediction, demo: boolean): HistoryValuation {
  return {
    key: `api:${prediction.id}`,
    source: 'api',
    pricingId: prediction.id,
    vehicleId: prediction.vehicleId,
    title: null,
    date: prediction.createdAt,
    kms: prediction.kms,
    conditionScore: null,
    retail: prediction.retailPrice,
    trade: prediction.tradePrice,
    score: prediction.score,
    bounds: null,
    maxOffer: null,
    demo,
  };
}

/** A saved valuation from this workstation as a {@link HistoryValuation}; null for saved searches. */
export function fromLocal(entry: LocalHistoryEntry): HistoryValuation | null {
  if (entry.kind !== 'valuation') return null;
  const { prediction, bounds, maxOffer } = entry.valuation;
  return {
    key: `local:${entry.id}`,
    source: 'local',
    pricingId: prediction.id,
    vehicleId: entry.vehicle.id,
    title: entry.vehicle.title,
    date: entry.savedAt,
    kms: prediction.kms,
    conditionScore: entry.request.conditionScore ?? null,
    retail: prediction.retailPrice,
    trade: prediction.tradePrice,
    score: prediction.score,
    bounds,
    maxOffer,
    demo: entry.mode === 'demo',
  };
}

/**
 * AutoGrab's history list names no vehicle, only its id; a row reading
 * "Vehicle 1234…" means nothing to a salesperson. Vehicles this workstation
 * has seen (saved valuations and searches) lend their titles, at no cost in
 * requests; the rest keep the id until reopened.
 */
function withLocalTitles(items: readonly HistoryValuation[], local: readonly LocalHistoryEntry[]): HistoryValuation[] {
  const titles = new Map<string, string>();
  for (const entry of local) if (entry.vehicle) titles.set(entry.vehicle.id, entry.vehicle.title);
  return items.map((item) => (item.title === null && titles.has(item.vehicleId) ? { ...item, title: titles.get(item.vehicleId) ?? null } : item));
}

const idle = { status: 'idle' as const, items: [], error: null };

/** The history store. */
export const useHistoryStore = create<HistoryState>()((set, get) => ({
  api: idle,
  local: idle,
  selected: [],
  reopenError: null,
  reopening: null,

  async load() {
    set({
      api: { ...get().api, status: 'loading', error: null },
      local: { ...get().local, status: 'loading', error: null },
    });
    const bridge = api();
    // The account list answers from the source in use when asked; the screen reloads it on every visit.
    const demo = useAppStore.getState().status?.mode !== 'live';
    const [remote, local] = await Promise.all([
      unwrap(bridge.valuation.history()).then(
        (data): Loadable<Prediction> => ({ status: 'done', items: data.predictions, error: null }),
        (error: unknown): Loadable<Prediction> => ({ status: 'error', items: [], error: toAppErrorValue(error) }),
      ),
      unwrap(bridge.history.list()).then(
        (items): Loadable<LocalHistoryEntry> => ({ status: 'done', items, error: null }),
        (error: unknown): Loadable<LocalHistoryEntry> => ({ status: 'error', items: [], error: toAppErrorValue(error) }),
      ),
    ]);
    const saved = new Set(local.items.flatMap((entry) => (entry.kind === 'valuation' ? [entry.valuation.prediction.id] : [])));
    const items = onePerValuation(remote.items, saved).map((prediction) => fromPrediction(prediction, demo));
    set({ api: { ...remote, items: withLocalTitles(items, local.items) }, local });
    useAppStore.getState().noteReachability(remote.error);
  },

  toggleSelected(key) {
    const selected = get().selected;
    if (selected.includes(key)) set({ selected: selected.filter((item) => item !== key) });
    else set({ selected: [...selected, key].slice(-2) });
  },

  async reopen(item) {
    set({ reopenError: null, reopening: item.key });
    const valuation = useValuationStore.getState();
    try {
      if (item.source === 'local') {
        const entry = get().local.items.find((candidate) => `local:${candidate.id}` === item.key);
        if (entry?.kind !== 'valuation') return;
        valuation.showSaved(entry.vehicle, entry.valuation, entry.request, entry.savedAt, entry.market ?? null);
      } else {
        const bridge = api();
        const [result, vehicle] = await Promise.all([
          unwrap(bridge.valuation.historyItem({ pricingId: item.pricingId })),
          unwrap(bridge.vehicles.get({ vehicleId: item.vehicleId })).then(
            (data): Vehicle => data.vehicle,
            // The price matters more than the title: show it with the id if the vehicle cannot be fetched.
            (): Vehicle => ({ id: item.vehicleId, title: item.vehicleId }),
          ),
        ]);
        const request = { vehicleId: item.vehicleId, ...(result.prediction.kms !== null ? { kms: result.prediction.kms } : {}) };
        valuation.showSaved(vehicle, result, request, null);
      }
      useAppStore.getState().go('vehicle');
    } catch (error) {
      const appError = toAppErrorValue(error);
      useAppStore.getState().noteReachability(appError);
      set({ reopenError: appError });
    } finally {
      set({ reopening: null });
    }
  },

  async clearLocal() {
    await unwrap(api().history.clear());
    set({ local: { status: 'done', items: [], error: null }, selected: get().selected.filter((key) => !key.startsWith('local:')) });
  },

  reset() {
    set({ api: idle, local: idle, selected: [], reopenError: null, reopening: null });
  },
}));

/** Every comparable valuation: this workstation's first (they work offline), then the account's. */
export function allValuations(state: Pick<HistoryState, 'api' | 'local'>): HistoryValuation[] {
  const local = state.local.items.map(fromLocal).filter((item): item is HistoryValuation => item !== null);
  return [...local, ...state.api.items];
}
