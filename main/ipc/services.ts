/**
 * What the IPC handlers are given: the stores, the current AutoGrab client and
 * the app's status. Built once by main/app-backend.ts.
 */
import type { AppStatus, DataMode, DiagnosticFacts, SavePdfRequest, SavePdfResult, SearchPrefill } from '../../preload/contract';
import type { HelpHost } from '../help-host';
import type { AutoGrabClient } from '../core/index';
import type { Vehicle } from '../core/domain';
import type { CredentialVault } from '../core/storage/credential-vault';
import type { MarketEvidenceCache } from '../core/market/evidence-cache';
import type { LocalHistory, NewHistoryEntry } from '../core/storage/local-history';
import type { SettingsStore } from '../core/storage/settings-store';
import type { KioskService, UpdatesService } from '../ports';
import type { SenderInfo } from './sender';
import type { RequestTracker } from './request-tracker';

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
  /** Demo or live, right now. */
  mode(): DataMode;
  /** The client for the current mode. */
  client(): AutoGrabClient;
  /** Rebuilds the client after credentials or connection settings changed (demo ↔ live without a restart). */
  reconnect(): Promise<void>;
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
