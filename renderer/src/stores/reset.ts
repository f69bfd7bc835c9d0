/**
 * Clearing every screen at once: the kiosk idle reset. Credentials and
 * settings live in main and are never touched here.
 */
import { api } from '../bridge';
import { resetNavigation } from './app';
import { useGuidedStore } from './guided';
import { useHistoryStore } from './history';
import { useSearchStore } from './search';
import { useValuationStore } from './valuation';

/** Clears searches, valuations and history views in this window. */
export function resetStores(): void {
  useSearchStore.getState().reset();
  useGuidedStore.getState().reset();
  useValuationStore.getState().reset();
  useHistoryStore.getState().reset();
  resetNavigation();
}

/** Kiosk reset: clears this workstation's saved history in main, then every store. */
export async function kioskReset(): Promise<void> {
  resetStores();
  // The screen must be clean even if main is slow or fails to clear; the reset above already happened.
  await api().history.clear().catch(() => undefined);
}
