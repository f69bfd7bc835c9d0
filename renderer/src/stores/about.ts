/**
 * About and diagnostics: the installation facts from main, the licence list
 * written at build time, and the "Copy diagnostics" and "Open data folder"
 * actions (main does both: the renderer has no clipboard or file access).
 */
import { create } from 'zustand';
import type { AppError, DiagnosticFacts } from '../../../preload/contract';
import { api, toAppErrorValue, unwrap } from '../bridge';

/** One bundled open-source package (dist/renderer/licences.json). */
export interface LicenceEntry {
  name: string;
  version: string;
  licence: string;
  repository: string | null;
  text: string;
}

/** State and actions of {@link useAboutStore}. */
export interface AboutState {
  facts: DiagnosticFacts | null;
  error: AppError | null;
  licences: { status: 'idle' | 'loading' | 'done' | 'missing'; packages: LicenceEntry[] };
  /** Outcome of the last "Copy diagnostics". */
  copy: 'idle' | 'copied' | 'failed';
  /** Loads the facts (again: update state and errors move on). */
  load(): Promise<void>;
  /** Loads the licence list once. */
  loadLicences(): Promise<void>;
  copyDiagnostics(): Promise<void>;
  openDataFolder(): Promise<void>;
}

/** Where the build puts the licence list, next to index.html. */
const LICENCES_URL = './licences.json';
/** The list is a few hundred KB at most; anything bigger is not ours. */
const MAX_LICENCES_BYTES = 2_000_000;

function isLicenceEntry(value: unknown): value is LicenceEntry {
  const entry = value as Partial<LicenceEntry> | null;
  return typeof entry?.name === 'string' && typeof entry.version === 'string' && typeof entry.licence === 'string' && typeof entry.text === 'string';
}

/** The About store. */
export const useAboutStore = create<AboutState>()((set, get) => ({
  facts: null,
  error: null,
  licences: { status: 'idle', packages: [] },
  copy: 'idle',

  async load() {
    try {
      set({ facts: await unwrap(api().help.about()), error: null });
    } catch (error) {
      set({ error: toAppErrorValue(error) });
    }
  },

  async loadLicences() {
    if (get().licences.status !== 'idle') return;
    set({ licences: { status: 'loading', packages: [] } });
    try {
      const response = await fetch(LICENCES_URL);
      const text = response.ok ? await response.text() : '';
      const parsed = text.length > 0 && text.length <= MAX_LICENCES_BYTES ? (JSON.parse(text) as { packages?: unknown }) : null;
      const packages = Array.isArray(parsed?.packages) ? parsed.packages.filter(isLicenceEntry) : [];
      set({ licences: { status: packages.length > 0 ? 'done' : 'missing', packages } });
    } catch {
      set({ licences: { status: 'missing', packages: [] } });
    }
  },

  async copyDiagnostics() {
    try {
      const { copied } = await unwrap(api().help.copyDiagnostics());
      set({ copy: copied ? 'copied' : 'failed' });
    } catch {
      set({ copy: 'failed' });
    }
  },

  async openDataFolder() {
    try {
      await unwrap(api().help.openDataFolder());
    } catch (error) {
      set({ error: toAppErrorValue(error) });
    }
  },
}));
