/**
 * The app's own data shapes that the core stores and the IPC contract carries:
 * settings and their locks, notices, the credential status and local history.
 *
 * They live in core because the stores here own them; `preload/contract.ts`
 * re-exports them, so the renderer keeps one import. Types only, no runtime code.
 */
import type { AuState, ConditionScore, Region, ValuationResult } from './domain';
import type { MarketEvidence } from './market/evidence';

/** Where valuations come from: the built-in sandbox, or the dealer's AutoGrab account. */
export type DataMode = 'demo' | 'live';

/** A message main wants the user to see (store reset, policy ignored, …). */
export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  /** Stable key for translation, e.g. `settings-reset`, `policy-rejected`. */
  kind: string;
  /** English text for logs and as the translation fallback. */
  message: string;
}

/** Non-secret settings the user (or policy) controls. */
export interface Settings {
  region: Region;
  /** Required for AU plate lookups. */
  auState: AuState | null;
  /** AutoGrab API base URL for live mode. */
  baseUrl: string;
  /** OAuth token endpoint; defaults to `${baseUrl}/auth-broker/request-token`. */
  tokenUrl: string | null;
  /** Ask AutoGrab for the max-offer breakdown with each valuation. */
  maxOffer: boolean;
  /**
   * Default kms behaviour. false: a blank odometer is valued at AutoGrab's
   * average for the vehicle (and the screen says so). true: every valuation
   * needs an odometer reading (dealer groups that want no guessed kms).
   */
  requireOdometer: boolean;
  language: 'en' | 'ms';
}

/** The settings keys, for locks and updates. */
export type SettingKey = keyof Settings;

/** Whether a setting is locked by the administrator's policy, and why. */
export interface SettingLock {
  key: SettingKey;
  reason: string;
}

/** What the renderer may know about the stored credential. */
export interface CredentialStatus {
  configured: boolean;
  kind: 'apiKey' | 'oauth' | null;
  /** Last 4 characters of the API key or client id, e.g. `••••1a2b`. */
  hint: string | null;
  /** When it was stored, ISO 8601. */
  updatedAt: string | null;
}

/** What the valuation screen sends (and local history keeps, to value the car again). */
export interface ValuationRequest {
  vehicleId: string;
  /** Omitted: AutoGrab uses the average for the vehicle and says so in `prediction.kms`. */
  kms?: number;
  conditionScore?: ConditionScore;
}

/** What the local history remembers about a vehicle. */
export interface SavedVehicle {
  id: string;
  title: string;
}

/** A search or valuation saved on this workstation (kept here so it stays viewable offline). */
export type LocalHistoryEntry =
  | {
      kind: 'search';
      id: string;
      savedAt: string;
      mode: DataMode;
      query: string;
      vehicle: SavedVehicle | null;
    }
  | {
      kind: 'valuation';
      id: string;
      savedAt: string;
      mode: DataMode;
      vehicle: SavedVehicle;
      request: ValuationRequest;
      valuation: ValuationResult;
      /** The market beside the valuation when it was saved; absent for valuations saved before it existed or without a market. */
      market?: MarketEvidence;
    };
