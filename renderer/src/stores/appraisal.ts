/**
 * Appraisals on this computer: the one being worked on (starting from the
 * valuation on screen), the working list for History, the two documents,
 * and the dealership profile that heads them. Customer details live here only
 * while a screen shows them; the kiosk reset clears this store and asks main
 * to forget every customer.
 */
import { create } from 'zustand';
import { workOutOffer } from '../../../main/core/appraisal/offer';
import { NO_FILTER } from '../../../main/core/appraisal/filter';
import type { AppraisalFilter } from '../../../main/core/appraisal/filter';
import type {
  AppError,
  Appraisal,
  AppraisalInput,
  AppraisalStatus,
  DealershipSettings,
  DealershipUpdate,
  MaxOfferConfiguration,
  ReconLine,
  ReconPresetKind,
  SaveFileResult,
  SavePdfResult,
  ValuationResult,
} from '../../../preload/contract';
import { api, toAppErrorValue, unwrap } from '../bridge';
import { vehicleTitle } from '../format';
import { useAppStore } from './app';
import { useValuationStore } from './valuation';

/** Which document is on screen. */
export type DocumentKind = 'customer-offer' | 'appraisal-internal';

/** The appraisal being edited: a new one (id null) or a saved one. */
export interface AppraisalDraft {
  id: string | null;
  pricingId: string;
  valuation: ValuationResult;
  input: AppraisalInput;
}

/** State and actions of {@link useAppraisalStore}. */
export interface AppraisalState {
  dealership: DealershipSettings | null;
  draft: AppraisalDraft | null;
  /** The saved appraisal behind the draft (what the documents print). */
  saved: Appraisal | null;
  saving: boolean;
  error: AppError | null;
  list: Appraisal[];
  listStatus: 'idle' | 'loading' | 'done' | 'error';
  /** Why the list could not load, or a status change from the list failed. */
  listError: AppError | null;
  filter: AppraisalFilter;
  document: DocumentKind | null;
  loadDealership(): Promise<void>;
  updateDealership(update: DealershipUpdate): Promise<AppError | null>;
  chooseLogo(): Promise<AppError | null>;
  removeLogo(): Promise<AppError | null>;
  /** Starts a new appraisal from the valuation on screen and opens it. */
  startFromValuation(): void;
  setInput(patch: Partial<AppraisalInput>): void;
  addPreset(kind: ReconPresetKind): void;
  addLine(): void;
  updateLine(index: number, patch: Partial<ReconLine>): void;
  removeLine(index: number): void;
  save(): Promise<Appraisal | null>;
  open(appraisal: Appraisal): void;
  remove(id: string): Promise<void>;
  loadList(): Promise<void>;
  /** Changes one appraisal's status from the History list (saved at once). */
  setStatus(appraisal: Appraisal, status: AppraisalStatus): Promise<void>;
  setFilter(patch: Partial<AppraisalFilter>): void;
  exportCsv(): Promise<SaveFileResult | AppError>;
  /** Saves first when needed, then shows the document. */
  showDocument(kind: DocumentKind): Promise<void>;
  saveDocumentPdf(): Promise<SavePdfResult | AppError>;
  getMaxOfferConfiguration(): Promise<MaxOfferConfiguration | AppError>;
  setMaxOfferConfiguration(configuration: MaxOfferConfiguration): Promise<MaxOfferConfiguration | AppError>;
  /** Kiosk reset: main forgets every customer's details. */
  forgetCustomers(): Promise<void>;
  reset(): void;
}

const initial = {
  draft: null,
  saved: null,
  saving: false,
  error: null,
  list: [] as Appraisal[],
  listStatus: 'idle' as const,
  listError: null,
  filter: NO_FILTER,
  document: null,
};

async function attempt<T>(call: () => Promise<T>): Promise<T | AppError> {
  try {
    return await call();
  } catch (error) {
    return toAppErrorValue(error);
  }
}

const isError = (value: unknown): value is AppError => typeof value === 'object' && value !== null && 'code' in value && 'message' in value;

/** The appraisal store. */
export const useAppraisalStore = create<AppraisalState>()((set, get) => {
  const applyDealership = async (call: () => Promise<DealershipSettings>) => {
    const outcome = await attempt(call);
    if (isError(outcome)) return outcome;
    set({ dealership: outcome });
    return null;
  };
  const editLines = (edit: (lines: ReconLine[]) => ReconLine[]) => {
    const { draft } = get();
    if (draft) set({ draft: { ...draft, input: { ...draft.input, recon: edit([...draft.input.recon]) } } });
  };
  return {
    ...initial,
    dealership: null,

    async loadDealership() {
      await applyDealership(() => unwrap(api().dealership.get()));
    },
    updateDealership: (update) => applyDealership(() => unwrap(api().dealership.update(update))),
    chooseLogo: () => applyDealership(() => unwrap(api().dealership.chooseLogo())),
    removeLogo: () => applyDealership(() => unwrap(api().dealership.removeLogo())),

    startFromValuation() {
      const { vehicle, result, request, match } = useValuationStore.getState();
      if (!vehicle || !result) return;
      const foundBy = match?.foundBy ?? null;
      const input: AppraisalInput = {
        vehicle: {
          id: vehicle.id,
          // Saved as shown, so the appraisal list and the customer offer name the gearbox as the vehicle screen did.
          title: vehicleTitle(vehicle),
          plate: foundBy?.kind === 'plate' ? foundBy.value : null,
          vin: foundBy?.kind === 'vin' ? foundBy.value : (match?.vin ?? null),
        },
        kms: request?.kms ?? null,
        conditionScore: request?.conditionScore ?? null,
        customer: { name: '', phone: '' },
        salesperson: get().dealership?.profile.salesperson ?? '',
        notes: '',
        recon: [],
        offer: null,
        status: 'open',
      };
      input.offer = workOutOffer(result, []).offer;
      set({ draft: { id: null, pricingId: result.prediction.id, valuation: result, input }, saved: null, error: null, document: null });
      void get().loadDealership();
      useAppStore.getState().go('appraisal');
    },

    setInput(patch) {
      const { draft } = get();
      if (draft) set({ draft: { ...draft, input: { ...draft.input, ...patch } } });
    },
    addPreset(kind) {
      const amount = get().dealership?.reconPresets.find((preset) => preset.kind === kind)?.amount ?? 0;
      editLines((lines) => [...lines, { kind, label: '', amount, note: '' }]);
    },
    addLine() {
      editLines((lines) => [...lines, { kind: null, label: '', amount: 0, note: '' }]);
    },
    updateLine(index, patch) {
      editLines((lines) => lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));
    },
    removeLine(index) {
      editLines((lines) => lines.filter((_, i) => i !== index));
    },

    async save() {
      const { draft } = get();
      if (!draft) return null;
      set({ saving: true, error: null });
      const outcome = await attempt(() => unwrap(api().appraisals.save({ id: draft.id, pricingId: draft.pricingId, input: draft.input })));
      if (isError(outcome)) {
        set({ saving: false, error: outcome });
        return null;
      }
      set({ saving: false, saved: outcome, draft: { ...draft, id: outcome.id, input: inputOf(outcome) } });
      return outcome;
    },

    open(appraisal) {
      set({ draft: { id: appraisal.id, pricingId: appraisal.valuation.prediction.id, valuation: appraisal.valuation, input: inputOf(appraisal) }, saved: appraisal, error: null, document: null });
      void get().loadDealership();
      useAppStore.getState().go('appraisal');
    },

    async remove(id) {
      const outcome = await attempt(() => unwrap(api().appraisals.remove({ id })));
      if (isError(outcome)) return void set({ error: outcome });
      set((state) => ({
        list: state.list.filter((appraisal) => appraisal.id !== id),
        ...(state.saved?.id === id ? { saved: null, draft: null } : {}),
      }));
    },

    async loadList() {
      set({ listStatus: 'loading', listError: null });
      const outcome = await attempt(() => unwrap(api().appraisals.list()));
      if (isError(outcome)) return void set({ listStatus: 'error', listError: outcome });
      set({ list: outcome, listStatus: 'done' });
    },
    async setStatus(appraisal, status) {
      set({ listError: null });
      const request = { id: appraisal.id, pricingId: appraisal.valuation.prediction.id, input: { ...inputOf(appraisal), status } };
      const outcome = await attempt(() => unwrap(api().appraisals.save(request)));
      if (isError(outcome)) return void set({ listError: outcome });
      set((state) => ({
        list: state.list.map((item) => (item.id === outcome.id ? outcome : item)),
        // The same appraisal open on its screen takes the new status, keeping any unsaved edits.
        ...(state.saved?.id === outcome.id && state.draft ? { saved: outcome, draft: { ...state.draft, input: { ...state.draft.input, status } } } : {}),
      }));
    },
    setFilter(patch) {
      set((state) => ({ filter: { ...state.filter, ...patch } }));
    },
    exportCsv: () => attempt(() => unwrap(api().appraisals.exportCsv({ filter: get().filter }))),

    async showDocument(kind) {
      const { draft, saved } = get();
      const unchanged = saved !== null && draft !== null && JSON.stringify(inputOf(saved)) === JSON.stringify(draft.input);
      if (!unchanged && !(await get().save())) return;
      set({ document: kind });
      useAppStore.getState().go('document');
    },
    saveDocumentPdf() {
      const { saved, document } = get();
      if (!saved || !document) return Promise.resolve({ saved: false, path: null });
      return attempt(() => unwrap(api().report.savePdf({ suggestedName: documentFileName(document, saved) })));
    },

    getMaxOfferConfiguration: () => attempt(async () => (await unwrap(api().maxOffer.get())).configuration),
    setMaxOfferConfiguration: (configuration) => attempt(async () => (await unwrap(api().maxOffer.set(configuration))).configuration),

    async forgetCustomers() {
      await attempt(() => unwrap(api().appraisals.forgetCustomers()));
    },

    reset() {
      set({ ...initial });
    },
  };
});

/** The PDF file name: kind, plate (or VIN) and reference, e.g. `customer-offer-WXY1234-DD-2026-000123`. */
export function documentFileName(kind: DocumentKind, appraisal: Pick<Appraisal, 'vehicle' | 'reference'>): string {
  const identity = (appraisal.vehicle.plate ?? appraisal.vehicle.vin ?? 'vehicle').replace(/[^A-Za-z0-9]+/g, '').toUpperCase() || 'VEHICLE';
  return `${kind}-${identity}-${appraisal.reference}`;
}

/** What the salesperson edits, out of a saved appraisal. */
function inputOf(appraisal: Appraisal): AppraisalInput {
  const { vehicle, kms, conditionScore, customer, salesperson, notes, recon, offer, status } = appraisal;
  return { vehicle, kms, conditionScore, customer, salesperson, notes, recon, offer, status };
}
