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
import type { DealershipSettings } from '../main/core/storage/dealership-store';
import type { AppraisalFilter } from '../main/core/appraisal/filter';
import type { AppError } from '../main/core/errors';
import type { TroubleshootingCheck, UpdateDisabledReason, UpdateErrorReason } from '../main/core/message-codes';
import type {
  AllConditionsResult,
  ApiUsage,
  FacetFilters,
  FacetName,
  FacetResult,
  FacetSearchResult,
  GaugeResult,
  MarketOverlayResult,
  MaxOfferConfiguration,
  MaxOfferConfigurationResult,
  ResidualResult,
  ValuationHistoryResult,
  ValuationResult,
  VehicleHistoryResult,
  VehicleLookupResult,
  VehicleResult,
  VehicleSearchResult,
} from '../main/core/domain';
import type { Credentials } from '../main/core/auth/credentials';
import type { LookupPlateInput } from '../main/core/autograb/endpoints/vehicles';
import type { CredentialStatus, DataMode, LocalHistoryEntry, Notice, SettingLock, Settings, ValuationRequest } from '../main/core/app-types';
import type { VehicleHistoryQuery } from '../main/core/autograb/client';
import type { MarketControls } from '../main/core/market/evidence';

import type { DiagnosticFacts } from '../main/core/diagnostics/diagnostics';
import type { DeepLinkTarget } from '../main/core/deep-link/deep-link';

export type { AppError, ErrorCode } from '../main/core/errors';
export type { TroubleshootingCheck, UpdateDisabledReason, UpdateErrorReason } from '../main/core/message-codes';
export type * from '../main/core/domain';
export type { MarketControls, MarketEvidence } from '../main/core/market/evidence';
export type * from '../main/core/app-types';
export type { Credentials } from '../main/core/auth/credentials';
export type { LookupPlateInput } from '../main/core/autograb/endpoints/vehicles';
export type { DiagnosticFacts, RecentError } from '../main/core/diagnostics/diagnostics';
export type * from '../main/core/appraisal/types';
export type { AppraisalFilter } from '../main/core/appraisal/filter';
export type { DealershipLocks, DealershipSettings } from '../main/core/storage/dealership-store';

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
  /** Troubleshooting steps to show on failure (AutoGrab's list), as codes the renderer translates. */
  checks: TroubleshootingCheck[];
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

// ---------------------------------------------------------------------------
// Market evidence

/** Comparable listings for one vehicle under the dealer's controls. */
export interface MarketOverlayRequest {
  vehicleId: string;
  controls: MarketControls;
}

/**
 * The car's own listing history: every identifier we have, make and model
 * exactly as AutoGrab spelled them, or a listing (marketplace + its ID).
 * Main adds `features=price_changes`. `vehicleId` is the vehicle on screen
 * (not sent to AutoGrab): it lets its saved appraisal keep this history.
 */
export type VehicleHistoryRequest = Omit<VehicleHistoryQuery, 'features'> & { vehicleId?: string };

/** "Check a price": an asking price and odometer, for a vehicle or a listing read from a pasted link. */
export interface PriceCheckRequest {
  odometer: number;
  listingPrice: number;
  vehicleId?: string;
  marketplace?: string;
  marketplaceId?: string;
}

/**
 * Attach the market evidence main fetched for `vehicleId` (the last overlay
 * and history shown) to the saved valuation `pricingId`. Main builds the
 * evidence from its own results, so the renderer sends only the two IDs.
 */
export interface SaveMarketEvidenceRequest {
  pricingId: string;
  vehicleId: string;
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
  | { state: 'disabled'; reason: UpdateDisabledReason }
  | { state: 'idle'; lastCheckedAt: string | null }
  | { state: 'checking' }
  | { state: 'available'; version: string }
  | { state: 'downloading'; version: string; percent: number }
  | { state: 'downloaded'; version: string; installAt: 'now' | 'maintenance-window' }
  | { state: 'error'; reason: UpdateErrorReason };

/** Kiosk exit: the admin PIN, checked in main against the policy's scrypt hash. */
export interface KioskExitRequest {
  pin: string;
}

// ---------------------------------------------------------------------------
// Menu, help and links from other programs

/**
 * The closed set of app commands the application menu sends as
 * `event:menu-command` (editing, zoom, hide and quit are OS roles and never
 * reach the renderer).
 */
export const MENU_COMMANDS = [
  'new-search',
  'print-offer',
  'open-settings',
  'check-updates',
  'show-about',
  'open-user-guide',
  'copy-diagnostics',
  'show-data-folder',
] as const;

/** One app command from the menu. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * A plate or VIN another program handed over (`dealer-desk://plate/…`,
 * `--vin …`), already validated by main. It only fills the search box: the
 * lookup waits for the salesperson's Enter.
 */
export type SearchPrefill = DeepLinkTarget;

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
  'market:overlay': { req: MarketOverlayRequest; res: MarketOverlayResult };
  'market:vehicle-history': { req: VehicleHistoryRequest; res: VehicleHistoryResult };
  'market:gauge': { req: PriceCheckRequest; res: GaugeResult };
  'market:save-evidence': { req: SaveMarketEvidenceRequest; res: { saved: boolean } };
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
  'help:get-about': { req: void; res: DiagnosticFacts };
  'help:copy-diagnostics': { req: void; res: { copied: boolean } };
  'help:open-data-folder': { req: void; res: { opened: boolean } };
  'search:take-prefill': { req: void; res: SearchPrefill | null };
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
  'event:menu-command': MenuCommand;
  'event:search-prefill': SearchPrefill;
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
  market: { overlay: 'market:overlay', vehicleHistory: 'market:vehicle-history', gauge: 'market:gauge', saveEvidence: 'market:save-evidence' },
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
  help: { about: 'help:get-about', copyDiagnostics: 'help:copy-diagnostics', openDataFolder: 'help:open-data-folder' },
  search: { takePrefill: 'search:take-prefill' },
} as const satisfies Record<string, Record<string, InvokeChannel>>;

/** `window.dealerDesk.events.<method>(listener)` → event channel; each returns an unsubscribe function. */
export const BRIDGE_EVENTS = {
  onStatusChanged: 'event:status-changed',
  onUsage: 'event:usage',
  onUpdateStatus: 'event:update-status',
  onNotice: 'event:notice',
  onMenuCommand: 'event:menu-command',
  onSearchPrefill: 'event:search-prefill',
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
