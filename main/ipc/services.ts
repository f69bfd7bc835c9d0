/**
 * What the IPC handlers are given: the stores, the current AutoGrab client and
 * the app's status. Built once by main/app-backend.ts.
 */
import type { AppStatus, DataMode, DiagnosticFacts, SavePdfRequest, SavePdfResult, SearchPrefill } from '../../preload/contract';
import type { HelpHost } from '../help-host';
import type { AppraisalStore } from '../core/storage/appraisal-store';
import type { DealershipStore } from '../core/storage/dealership-store';
import type { AutoGrabClient } from '../core/index';
import type { Vehicle } from '../core/domain';
import type { CredentialVault } from '../core/storage/credential-vault';
import type { MarketEvidenceCache } from '../core/market/evidence-cache';
import type { LocalHistory, NewHistoryEntry } from '../core/storage/local-history';
import type { SettingsStore } from '../core/storage/settings-store';
import type { KioskService, UpdatesService } from '../ports';
import type { SenderInfo } from './sender';
import type { RequestTracker } from './request-tracker';

/** A text file main offers to save where the user chooses. */
export interface TextFileToSave {
  suggestedName: string;
  extension: 'csv';
  content: string;
}

/** Everything a handler may use. */
export interface BackendServices {
  settings: SettingsStore;
  vault: CredentialVault;
  history: LocalHistory;
  /** Adds to local history; a failed write becomes a `history-not-saved` notice, never a failed request. */
  recordHistory(entry: NewHistoryEntry): void;
  /** The last market results per vehicle, kept with a saved valuation on request. */
  market: MarketEvidenceCache;
  requests: RequestTracker;
  updates: UpdatesService;
  kiosk: KioskService;
  savePdf: (request: SavePdfRequest, sender: SenderInfo) => Promise<SavePdfResult>;
  /** Appraisals kept on this workstation; customer details sealed. */
  appraisals: AppraisalStore;
  /** The dealership profile, reconditioning presets and logo, with the policy's locks. */
  dealership: DealershipStore;
  /** Asks where to save a text file (CSV export) and writes it; `saved: false` when the user cancelled. */
  saveTextFile: (file: TextFileToSave) => Promise<{ saved: boolean; path: string | null }>;
  /** Asks the user for a logo image and reads it (capped); null when cancelled. */
  chooseLogoFile: () => Promise<Uint8Array | null>;
  /** Demo or live, right now. */
  mode(): DataMode;
  /** The client for the current mode. */
  client(): AutoGrabClient;
  /** Rebuilds the client after credentials or connection settings changed (demo ↔ live without a restart). */
  reconnect(): Promise<void>;
  /** Drops the answers kept for reuse this session (plates and VINs looked up), when local history is cleared. */
  forgetAnswers(): void;
  /** The status the renderer draws. */
  status(): Promise<AppStatus>;
  /** Pushes `event:status-changed`. */
  publishStatus(): Promise<void>;
  /** Remembers vehicle titles seen in results, so local history can name a valued vehicle. */
  rememberVehicles(vehicles: ReadonlyArray<Vehicle | null>): void;
  /** A remembered title, or a neutral fallback. */
  vehicleTitle(vehicleId: string): string;
  /** Versions, clipboard and file manager of the host. */
  host: HelpHost;
  /** Whether kiosk mode runs (the data folder never opens then). */
  kioskEnabled: boolean;
  /** What About and "Copy diagnostics" show. */
  about(): Promise<DiagnosticFacts>;
  /** The search prefill a link left and the window has not taken yet (taken once). */
  takePrefill(): SearchPrefill | null;
}
