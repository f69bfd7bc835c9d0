/**
 * What the IPC handlers are given: the stores, the current AutoGrab client and
 * the app's status. Built once by main/app-backend.ts.
 */
import type { AppStatus, DataMode, SavePdfRequest, SavePdfResult } from '../../../preload/contract';
import type { AppraisalStore } from '../../core/appraisal/appraisal-store';
import type { DealershipStore } from '../../core/appraisal/dealership-store';
import type { AutoGrabClient } from '../../core/index';
import type { Vehicle } from '../../core/domain';
import type { CredentialVault } from '../../core/storage/credential-vault';
import type { LocalHistory } from '../../core/storage/local-history';
import type { SettingsStore } from '../../core/storage/settings-store';
import type { KioskService, UpdatesService } from '../../ports';
import type { SenderInfo } from '../sender';
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
  requests: RequestTracker;
  updates: UpdatesService;
  kiosk: KioskService;
  savePdf: (request: SavePdfRequest, sender: SenderInfo) => Promise<SavePdfResult>;
  appraisals: AppraisalStore;
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
  /** The status the renderer draws. */
  status(): Promise<AppStatus>;
  /** Pushes `event:status-changed`. */
  publishStatus(): Promise<void>;
  /** Remembers vehicle titles seen in results, so local history can name a valued vehicle. */
  rememberVehicles(vehicles: ReadonlyArray<Vehicle | null>): void;
  /** A remembered title, or a neutral fallback. */
  vehicleTitle(vehicleId: string): string;
}
