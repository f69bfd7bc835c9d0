/**
 * The one IPC contract of Dealer Desk: every channel the renderer may invoke,
 * with its request and response types, every event main pushes, and the shape
 * of the `window.dealerDesk` bridge built from them.
 *
 * Rules (see README, "Security model"):
 * - This file has no runtime dependencies: only `import type` and plain
 *   constants, so the sandboxed preload, the main process and the renderer can
 *   all take their types from here.
 * - Channels are `domain:verb-noun`; events are `event:*`.
 * - Every response is a {@link Result}: errors are values, never throws.
 */
import type { Appraisal, AppraisalInput, DealershipProfile, ReconPreset } from '../main/core/appraisal/types';
import type { DealershipSettings } from '../main/core/appraisal/dealership-store';
import type { AppraisalFilter } from '../main/core/appraisal/filter';
import type { AppError } from '../main/core/errors';
import type {
  AllConditionsResult,
  ApiUsage,
  AuState,
  ConditionScore,
  FacetFilters,
  FacetName,
  FacetResult,
  FacetSearchResult,
  MaxOfferConfiguration,
  MaxOfferConfigurationResult,
  Region,
  ResidualResult,
  ValuationHistoryResult,
  ValuationResult,
  VehicleLookupResult,
  VehicleResult,
  VehicleSearchResult,
} from '../main/core/domain';

export type { AppError, ErrorCode } from '../main/core/errors';
export type * from '../main/core/domain';
export type * from '../main/core/appraisal/types';
export type { AppraisalFilter } from '../main/core/appraisal/filter';
export type { DealershipLocks, DealershipSettings } from '../main/core/appraisal/dealership-store';

/** What every invoke answers: data, or a typed error value. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

// ---------------------------------------------------------------------------
// App status and settings

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

/** Kiosk state from the policy file. */
export interface KioskStatus {
  enabled: boolean;
  /** Seconds of inactivity before the screen resets; null = never. */
  idleResetSeconds: number | null;
}

/** Everything the renderer needs to draw the frame of the app. */
export interface AppStatus {
  version: string;
  mode: DataMode;
  settings: Settings;
  locks: SettingLock[];
  kiosk: KioskStatus;
  /** Whether a credential can be saved here: the OS stores it encrypted, or the administrator's policy accepts that it cannot. */
  secureStorageAvailable: boolean;
  notices: Notice[];
  /** Latest rate-limit/quota figures the API reported, if any. */
  usage: ApiUsage | null;
}

// ---------------------------------------------------------------------------
// Credentials (the renderer can write them, never read them back)

/** A new credential, entered by the user and sent once to main. */
export type CredentialInput =
  | { kind: 'apiKey'; apiKey: string }
  | { kind: 'oauth'; clientId: string; clientSecret: string };

/** What the renderer may know about the stored credential. */
export interface CredentialStatus {
  configured: boolean;
  kind: 'apiKey' | 'oauth' | null;
  /** Last 4 characters of the API key or client id, e.g. `••••1a2b`. */
  hint: string | null;
  /** When it was stored, ISO 8601. */
  updatedAt: string | null;
}

/** Outcome of "Test connection". */
export interface ConnectionTestResult {
  ok: boolean;
  mode: DataMode;
  /** When `ok` is false: the error, with what to check. */
  error: AppError | null;
  /** Troubleshooting steps to show on failure (AutoGrab's list). */
  checks: string[];
  usage: ApiUsage | null;
}

// ---------------------------------------------------------------------------
// Search and valuation requests

/** Free-text search. `requestId` lets a newer keystroke cancel an older search. */
export interface SearchRequest {
  search: string;
  count?: number;
  preferMoreResults?: boolean;
  requestId?: string;
}

/** Plate lookup; `state` is only needed (and required) in Australia. */
export interface PlateRequest {
  plate: string;
  state?: AuState;
}

/** VIN lookup. */
export interface VinRequest {
  vin: string;
}

/** One vehicle by AutoGrab ID. */
export interface VehicleIdRequest {
  vehicleId: string;
}

/** Facet counts for guided search. */
export interface FacetsRequest extends FacetFilters {
  facet: FacetName;
  requestId?: string;
}

/** What the valuation screen sends. */
export interface ValuationRequest {
  vehicleId: string;
  /** Omitted: AutoGrab uses the average for the vehicle and says so in `prediction.kms`. */
  kms?: number;
  conditionScore?: ConditionScore;
}

/** Residual projection request. */
export interface ResidualRequest {
  vehicleId: string;
  initialKms: number;
  yearlyKms: number;
}

/** Cancel a request started with a `requestId`. */
export interface CancelRequest {
  requestId: string;
}

/** Reopen a past valuation by pricing id. */
export interface HistoryItemRequest {
  pricingId: string;
}

// ---------------------------------------------------------------------------
// Local history (kept on this workstation so it stays viewable offline)

/** What the local history remembers about a vehicle. */
export interface SavedVehicle {
  id: string;
  title: string;
}

/** A search or valuation saved on this workstation. */
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
    };

/** Save a valuation summary as a PDF. */
export interface SavePdfRequest {
  /** Suggested file name without extension, e.g. `valuation-2019-perodua-myvi`. */
  suggestedName: string;
}

/** Outcome of a PDF save. */
export interface SavePdfResult {
  saved: boolean;
  /** Where it was written, when saved. */
  path: string | null;
}

// ---------------------------------------------------------------------------
// Appraisals and the dealership profile

/** Saves an appraisal: a new one (id null) from a valuation main already holds, or changes to an existing one. */
export interface AppraisalSaveRequest {
  /** null: a new appraisal. */
  id: string | null;
  /** The valuation it starts from (its pricing id): main takes the figures from its own records, never from the renderer. */
  pricingId: string;
  input: AppraisalInput;
}

/** One appraisal by id. */
export interface AppraisalIdRequest {
  id: string;
}

/** Export the list as the screen filters it. */
export interface AppraisalExportRequest {
  filter: AppraisalFilter;
}

/** Outcome of saving a file where the user chose (CSV export). */
export interface SaveFileResult {
  saved: boolean;
  path: string | null;
}

/** A change to the dealership profile and/or the reconditioning presets. */
export interface DealershipUpdate {
  profile?: Partial<DealershipProfile>;
  reconPresets?: ReconPreset[];
}

// ---------------------------------------------------------------------------
// Updates and kiosk

/** Auto-update state, pushed as `event:update-status`. */
export type UpdateStatus =
  | { state: 'disabled'; reason: string }
  | { state: 'idle'; lastCheckedAt: string | null }
  | { state: 'checking' }
  | { state: 'available'; version: string }
  | { state: 'downloading'; version: string; percent: number }
  | { state: 'downloaded'; version: string; installAt: 'now' | 'maintenance-window' }
  | { state: 'error'; message: string };

/** Kiosk exit: the admin PIN, checked in main against the policy's scrypt hash. */
export interface KioskExitRequest {
  pin: string;
}

// ---------------------------------------------------------------------------
// The contract

/** Every request/response channel. `req: void` means the method takes no argument. */
export interface InvokeContract {
  'app:get-status': { req: void; res: AppStatus };
  'settings:update': { req: Partial<Settings>; res: Settings };
  'credentials:get-status': { req: void; res: CredentialStatus };
  'credentials:set': { req: CredentialInput; res: CredentialStatus };
  'credentials:delete': { req: void; res: CredentialStatus };
  'credentials:test': { req: void; res: ConnectionTestResult };
  'vehicles:search': { req: SearchRequest; res: VehicleSearchResult };
  'vehicles:lookup-plate': { req: PlateRequest; res: VehicleLookupResult };
  'vehicles:lookup-vin': { req: VinRequest; res: VehicleLookupResult };
  'vehicles:get': { req: VehicleIdRequest; res: VehicleResult };
  'vehicles:facets': { req: FacetsRequest; res: FacetResult };
  'vehicles:facet-search': { req: FacetFilters; res: FacetSearchResult };
  'requests:cancel': { req: CancelRequest; res: { cancelled: boolean } };
  'valuation:predict': { req: ValuationRequest; res: ValuationResult };
  'valuation:all-conditions': { req: ValuationRequest; res: AllConditionsResult };
  'valuation:residual': { req: ResidualRequest; res: ResidualResult };
  'valuation:history-list': { req: void; res: ValuationHistoryResult };
  'valuation:history-get': { req: HistoryItemRequest; res: ValuationResult };
  'history:list-local': { req: void; res: LocalHistoryEntry[] };
  'history:clear-local': { req: void; res: { cleared: number } };
  'report:save-pdf': { req: SavePdfRequest; res: SavePdfResult };
  'appraisals:list': { req: void; res: Appraisal[] };
  'appraisals:save': { req: AppraisalSaveRequest; res: Appraisal };
  'appraisals:delete': { req: AppraisalIdRequest; res: { deleted: boolean } };
  'appraisals:forget-customers': { req: void; res: { cleared: number } };
  'appraisals:export-csv': { req: AppraisalExportRequest; res: SaveFileResult };
  'dealership:get': { req: void; res: DealershipSettings };
  'dealership:update': { req: DealershipUpdate; res: DealershipSettings };
  'dealership:choose-logo': { req: void; res: DealershipSettings };
  'dealership:remove-logo': { req: void; res: DealershipSettings };
  'max-offer:get-config': { req: void; res: MaxOfferConfigurationResult };
  'max-offer:set-config': { req: MaxOfferConfiguration; res: MaxOfferConfigurationResult };
  'updates:get-status': { req: void; res: UpdateStatus };
  'updates:check': { req: void; res: UpdateStatus };
  'updates:install': { req: void; res: UpdateStatus };
  'kiosk:exit': { req: KioskExitRequest; res: { exiting: boolean } };
}

/** A channel name of {@link InvokeContract}. */
export type InvokeChannel = keyof InvokeContract;
/** Request type of a channel. */
export type RequestOf<C extends InvokeChannel> = InvokeContract[C]['req'];
/** Response data type of a channel. */
export type ResponseOf<C extends InvokeChannel> = InvokeContract[C]['res'];

/** Events main pushes to the renderer. */
export interface EventContract {
  'event:status-changed': AppStatus;
  'event:usage': ApiUsage;
  'event:update-status': UpdateStatus;
  'event:notice': Notice;
}

/** An event name of {@link EventContract}. */
export type EventChannel = keyof EventContract;

// ---------------------------------------------------------------------------
// The bridge layout: one table drives the preload, the Chromium test harness
// and the tests that check main registers exactly these channels.

/**
 * `window.dealerDesk.<namespace>.<method>` → channel. The preload exposes one
 * named method per entry; there is no generic invoke/send/on.
 */
export const BRIDGE_METHODS = {
  app: { status: 'app:get-status' },
  settings: { update: 'settings:update' },
  credentials: {
    status: 'credentials:get-status',
    set: 'credentials:set',
    remove: 'credentials:delete',
    test: 'credentials:test',
  },
  vehicles: {
    search: 'vehicles:search',
    lookupPlate: 'vehicles:lookup-plate',
    lookupVin: 'vehicles:lookup-vin',
    get: 'vehicles:get',
    facets: 'vehicles:facets',
    facetSearch: 'vehicles:facet-search',
    cancel: 'requests:cancel',
  },
  valuation: {
    predict: 'valuation:predict',
    allConditions: 'valuation:all-conditions',
    residual: 'valuation:residual',
    history: 'valuation:history-list',
    historyItem: 'valuation:history-get',
  },
  history: { list: 'history:list-local', clear: 'history:clear-local' },
  report: { savePdf: 'report:save-pdf' },
  appraisals: {
    list: 'appraisals:list',
    save: 'appraisals:save',
    remove: 'appraisals:delete',
    forgetCustomers: 'appraisals:forget-customers',
    exportCsv: 'appraisals:export-csv',
  },
  dealership: {
    get: 'dealership:get',
    update: 'dealership:update',
    chooseLogo: 'dealership:choose-logo',
    removeLogo: 'dealership:remove-logo',
  },
  maxOffer: { get: 'max-offer:get-config', set: 'max-offer:set-config' },
  updates: { status: 'updates:get-status', check: 'updates:check', install: 'updates:install' },
  kiosk: { exit: 'kiosk:exit' },
} as const satisfies Record<string, Record<string, InvokeChannel>>;

/** `window.dealerDesk.events.<method>(listener)` → event channel; each returns an unsubscribe function. */
export const BRIDGE_EVENTS = {
  onStatusChanged: 'event:status-changed',
  onUsage: 'event:usage',
  onUpdateStatus: 'event:update-status',
  onNotice: 'event:notice',
} as const satisfies Record<string, EventChannel>;

/** Every invoke channel, in one list (derived from the bridge table). */
export const INVOKE_CHANNELS: readonly InvokeChannel[] = Object.values(BRIDGE_METHODS).flatMap(
  (namespace) => Object.values(namespace) as InvokeChannel[],
);

/** Every event channel. */
export const EVENT_CHANNELS: readonly EventChannel[] = Object.values(BRIDGE_EVENTS);

/** The name of the one global the preload exposes. */
export const BRIDGE_GLOBAL = 'dealerDesk';

type MethodOf<C extends InvokeChannel> = RequestOf<C> extends void
  ? () => Promise<Result<ResponseOf<C>>>
  : (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

/** The type of `window.dealerDesk`, derived from the tables above. */
export type DealerDeskBridge = {
  [N in keyof typeof BRIDGE_METHODS]: {
    [M in keyof (typeof BRIDGE_METHODS)[N]]: (typeof BRIDGE_METHODS)[N][M] extends InvokeChannel
      ? MethodOf<(typeof BRIDGE_METHODS)[N][M]>
      : never;
  };
} & {
  events: {
    [M in keyof typeof BRIDGE_EVENTS]: (
      listener: (payload: EventContract[(typeof BRIDGE_EVENTS)[M]]) => void,
    ) => () => void;
  };
};
