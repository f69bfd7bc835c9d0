/**
 * What the Settings screen remembers while the app runs: which data source
 * the salesperson picked (demo data or their AutoGrab account) before anything
 * is saved. "Connect my AutoGrab account" opens Settings with the account
 * already picked, and "Test connection" knows when that account is not saved yet.
 */
import { create } from 'zustand';
import { useAppStore } from './app';

/** Where values come from, as picked on screen. */
export type DataSource = 'demo' | 'account';

/** State and actions of {@link useSettingsScreenStore}. */
export interface SettingsScreenState {
  /** The source picked on screen; null until one is picked (the screen then follows what is saved). */
  source: DataSource | null;
  chooseSource(source: DataSource): void;
  /** Opens Settings with "My AutoGrab account" picked. */
  openAccountSettings(): void;
  reset(): void;
}

/** The Settings screen's own store. */
export const useSettingsScreenStore = create<SettingsScreenState>()((set) => ({
  source: null,
  chooseSource(source) {
    set({ source });
  },
  openAccountSettings() {
    set({ source: 'account' });
    useAppStore.getState().go('settings');
  },
  reset() {
    set({ source: null });
  },
}));

/** The source the screen shows: the one picked, else the account when one is saved or in use, else demo data. */
export function useDataSource(): DataSource {
  const picked = useSettingsScreenStore((state) => state.source);
  const saved = useAppStore((state) => state.credentials?.configured === true || state.status?.mode === 'live');
  return picked ?? (saved ? 'account' : 'demo');
}
