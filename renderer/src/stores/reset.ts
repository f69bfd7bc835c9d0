/**
 * Clearing every screen at once: the kiosk idle reset. Credentials and
 * settings live in main and are never touched here.
 */
import { api } from '../bridge';
import { resetNavigation } from './app';
import { useAppraisalStore } from './appraisal';
import { useGuidedStore } from './guided';
import { useHistoryStore } from './history';
import { useSearchStore } from './search';
import { useSettingsScreenStore } from './settings-screen';
import { useValuationStore } from './valuation';

/**
 * Whether the user is waiting on AutoGrab (a lookup, a search, a valuation).
 * Waiting is not being idle: the kiosk reset holds off until the answer is on
 * screen, so a slow answer never lands on a freshly cleared screen.
 */
export function isWaiting(): boolean {
  const search = useSearchStore.getState();
  const valuation = useValuationStore.getState();
  return (
    search.lookup.status === 'loading' ||
    search.lookup.status === 'vin-only' ||
    search.suggestions.status === 'loading' ||
    valuation.status === 'loading' ||
    valuation.vehicleStatus === 'loading' ||
    useHistoryStore.getState().reopening !== null
  );
}

/** Clears searches, valuations and history views in this window. */
export function resetStores(): void {
  useSearchStore.getState().reset();
  useGuidedStore.getState().reset();
  useValuationStore.getState().reset();
  useHistoryStore.getState().reset();
  useAppraisalStore.getState().reset();
  useSettingsScreenStore.getState().reset();
  resetNavigation();
}

/** Kiosk reset: clears every store, then this workstation's saved history and every customer's details (PDPA) in main. */
export async function kioskReset(): Promise<void> {
  resetStores();
  // The screen must be clean even if main is slow or fails to clear; the reset above already happened.
  await api().history.clear().catch(() => undefined);
  await useAppraisalStore.getState().forgetCustomers();
}
