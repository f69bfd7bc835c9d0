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
import type { AppError } from '../main/core/errors';
import type {
  AllConditionsResult,
  ApiUsage,
  FacetFilters,
  FacetName,
  FacetResult,
  FacetSearchResult,
  ResidualResult,
  ValuationHistoryResult,
  ValuationResult,
  VehicleLookupResult,
  VehicleResult,
  VehicleSearchResult,
} from '../main/core/domain';
import type { Credentials } from '../main/core/auth/credentials';
import type { LookupPlateInput } from '../main/core/autograb/endpoints/vehicles';
import type { CredentialStatus, DataMode, LocalHistoryEntry, Notice, SettingLock, Settings, ValuationRequest } from '../main/core/app-types';

export type { AppError, ErrorCode } from '../main/core/errors';
export type * from '../main/core/domain';
export type * from '../main/core/app-types';
export type { Credentials } from '../main/core/auth/credentials';
export type { LookupPlateInput } from '../main/core/autograb/endpoints/vehicles';

/** What every invoke answers: data, or a typed error value. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

// ---------------------------------------------------------------------------
// App status and settings

/**
 * A kiosk whose set-up failed (fail closed): the renderer shows only the
 * locked "This kiosk needs attention from IT" screen, naming the file and the
 * rule (a stable code the renderer words in EN and BM).
 */
export interface KioskAttention {
  /** The administrator file at fault (policy.json or provisioning.json). */
  file: string;
  /** Stable rule code, e.g. `writable`, `schema`, `missing`, `acl-unchecked`, `provisioning-rejected`. */
  rule: string;
  /** Whether an exit PIN (of the last good policy) can end the screen. */
  canExit: boolean;
}

/** Kiosk state from the policy file. */
export interface KioskStatus {
  enabled: boolean;
  /** Seconds of inactivity before the screen resets; null = never. */
  idleResetSeconds: number | null;
  /** Set when the kiosk set-up failed; the app must not be usable then. */
  attention: KioskAttention | null;
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
  'credentials:set': { req: Credentials; res: CredentialStatus };
  'credentials:delete': { req: void; res: CredentialStatus };
  'credentials:test': { req: void; res: ConnectionTestResult };
  'vehicles:search': { req: SearchRequest; res: VehicleSearchResult };
  'vehicles:lookup-plate': { req: LookupPlateInput; res: VehicleLookupResult };
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
    // Not `vehicles:cancel`: it cancels any request started with a `requestId`, by id,
    // whatever its feature (main/ipc/request-tracker.ts). The screens that cancel today
    // are the vehicle searches, so the bridge method sits here.
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
