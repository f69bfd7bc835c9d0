/**
 * The main process without Electron, wired together: stores, notices, the
 * connection (demo or live), vehicle titles, the IPC routes and the
 * dispatcher in front of them. Each part lives in main/backend/.
 *
 * Electron's glue (main/index.ts, main/ipc/register.ts) feeds it IPC messages;
 * the Chromium harness (test/e2e-web) feeds it `exposeBinding` calls. Both go
 * through the same {@link AppBackend.dispatch}: sender check, strict schema,
 * handler, `Result` envelope. This module must never import `electron`.
 */
import type { AppStatus, DiagnosticFacts, EventChannel, MenuCommand, Notice, Result, SavePdfRequest, SavePdfResult, SearchPrefill, Settings } from '../preload/contract';
import type { ApiUsage } from './core/domain';
import { RecentErrors } from './core/diagnostics/diagnostics';
import type { EffectivePolicy } from './core/policy/effective-policy';
import { NO_POLICY } from './core/policy/effective-policy';
import type { KioskStartup } from './core/policy/kiosk-intent';
import { jsonFileStoreOpener } from './core/storage/key-value-store';
import type { StoreOpener } from './core/storage/key-value-store';
import type { Sandbox, startSandbox as startSandboxFn } from './sandbox/index';
import { startSandbox as defaultStartSandbox } from './sandbox/index';
import { SILENT_LOGGER, withRedaction } from './adapters/redacting-logger';
import { createConnection } from './backend/connection';
import { createNotices } from './backend/notices';
import { kioskStartup } from './backend/kiosk-startup';
import type { PolicyFileFacts } from './backend/kiosk-startup';
import { provisionCredential } from './backend/provision';
import { openAppraisalStores } from './backend/appraisal-stores';
import { historyRecorder, openStores } from './backend/stores';
import { VehicleTitles } from './backend/vehicle-titles';
import { createDispatcher } from './ipc/dispatcher';
import { plainNodeHelpHost } from './help-host';
import type { HelpHost } from './help-host';
import { RequestTracker } from './ipc/request-tracker';
import { ROUTES } from './ipc/routes/index';
import { MarketEvidenceCache } from './core/market/evidence-cache';
import type { BackendServices, TextFileToSave } from './ipc/services';
import { trackLastUpdateCheck } from './updater/last-check';
import type { SenderInfo } from './ipc/sender';
import type { Logger, SecretCipher } from './core/ports';
import type { KioskService, UpdatesService } from './ports';
import { disabledUpdates } from './ports';

export type { SenderInfo } from './ipc/sender';

/** What the backend needs from its host. */
export interface AppBackendOptions {
  /** Folder for settings, the encrypted credential and local history. */
  dataDir: string;
  /** The only origin allowed to call: `app://dealer-desk` in Electron; `http://127.0.0.1:PORT` in the harness. */
  appOrigin: string;
  /** OS secret storage (safeStorage in Electron, a fake in tests). */
  cipher: SecretCipher;
  /** The administrator's policy; {@link NO_POLICY} when omitted. */
  policy?: EffectivePolicy;
  /** Shown in status. */
  version?: string;
  /** Prints the sender's page to a PDF the user chooses; without it, nothing is saved. */
  savePdf?: (request: SavePdfRequest, sender: SenderInfo) => Promise<SavePdfResult>;
  /** Saves a text file (CSV export) where the user chooses; without it, nothing is saved. */
  saveTextFile?: (file: TextFileToSave) => Promise<{ saved: boolean; path: string | null }>;
  /** Lets the user pick a logo image and returns its bytes (capped); without it, no logo can be chosen. */
  chooseLogoFile?: () => Promise<Uint8Array | null>;
  updates?: UpdatesService;
  kiosk?: KioskService;
  /** Log sink; every line is redacted before it gets there. */
  logger?: Logger;
  /** HTTP client for AutoGrab calls (tests count or fault requests with it). */
  fetch?: typeof fetch;
  /** Starts the demo sandbox; the built-in one by default. */
  startSandbox?: typeof startSandboxFn;
  /** Opens the key-value stores; JSON files in `dataDir` by default (electron-store in the packaged app). */
  openStore?: StoreOpener;
  /**
   * The administrator's one-time provisioning file (beside the policy). When
   * present it is verified, imported into the vault and deleted before the
   * first connection; see main/core/provisioning.
   */
  provisioningPath?: string;
  /**
   * The policy file as loaded (path, status, problems). With it the backend
   * fails closed: a machine meant to be a kiosk whose set-up cannot be
   * established starts in the locked attention state (main/core/policy/kiosk-intent.ts).
   */
  policyFile?: PolicyFileFacts;
  /** Versions, clipboard and file manager for About and diagnostics; Node's own, without clipboard, by default. */
  host?: HelpHost;
  /**
   * The warm-up at start (the HTTP stack, and for OAuth the token and a warm
   * connection) waits for this (Electron: the window is ready to show).
   * Node's first `fetch` loads its HTTP stack synchronously (about 0.3 s on a
   * 2-core machine), which would otherwise hold up the first window. Without
   * it the warm-up runs at once.
   */
  warmUpAfter?: Promise<unknown>;
}

/** The running backend. */
export interface AppBackend {
  /** Routes one IPC message; never throws. */
  dispatch(channel: string, payload: unknown, sender: SenderInfo): Promise<Result<unknown>>;
  /** Events for the renderer (`event:*`); returns an unsubscribe function. */
  subscribe(listener: (channel: EventChannel, payload: unknown) => void): () => void;
  /** The demo sandbox while in demo mode; null in live mode. */
  readonly demoSandbox: Sandbox | null;
  /** Whether the window is locked down: kiosk mode, or the attention screen of a kiosk whose set-up failed. */
  readonly kioskEnabled: boolean;
  /** How the app started: workstation, kiosk, or attention (with the file and rule that failed, and the exit PIN hash). */
  readonly kioskStartup: KioskStartup;
  /** Shows a notice to the user (e.g. the window was reloaded after a crash). */
  notify(notice: Omit<Notice, 'id'>): void;
  /** The settings now (the menu follows their language, links their market). */
  settings(): Settings;
  /** Sends a menu command to the window as `event:menu-command`. */
  menuCommand(command: MenuCommand): void;
  /**
   * Fills the search box with a validated link's plate or VIN: pushed as
   * `event:search-prefill`, and kept until the window takes it (a link that
   * started the app arrives before the window listens). Never looks it up.
   */
  prefillSearch(prefill: SearchPrefill): void;
  /**
   * The machine resumed from sleep or the screen was unlocked (Electron's
   * powerMonitor): the token is renewed before the salesperson's first lookup.
   */
  wake(): Promise<void>;
  /** Aborts requests, stops the sandbox. */
  close(): Promise<void>;
}

/** Creates the backend; starts in demo mode unless credentials are stored. */
export async function createAppBackend(options: AppBackendOptions): Promise<AppBackend> {
  const policy = options.policy ?? NO_POLICY;
  const listeners = new Set<(channel: EventChannel, payload: unknown) => void>();
  const emit = (channel: EventChannel, payload: unknown) => {
    for (const listener of listeners) listener(channel, payload);
  };
  const secrets = { current: [] as string[] };
  const logger = withRedaction(options.logger ?? SILENT_LOGGER, () => secrets.current);
  const notices = createNotices(logger, (notice) => emit('event:notice', notice));

  const openStore = options.openStore ?? jsonFileStoreOpener(options.dataDir);
  const { settings, vault, pending, history, kioskMemory } = openStores(openStore, {
    dataDir: options.dataDir,
    policy,
    cipher: options.cipher,
    notices,
  });
  const { dealership, appraisals } = openAppraisalStores(openStore, {
    policy,
    cipher: options.cipher,
    notices,
  });

  const requests = new RequestTracker();
  const recentErrors = new RecentErrors();
  const host = options.host ?? plainNodeHelpHost(options.dataDir);
  let pendingPrefill: SearchPrefill | null = null;
  let usage: ApiUsage | null = null;
  const connection = createConnection({
    settings,
    vault,
    requests,
    notify: notices.notify,
    logger,
    onUsage: (latest) => {
      usage = latest;
      emit('event:usage', latest);
    },
    secrets,
    startSandbox: options.startSandbox ?? defaultStartSandbox,
    fetch: options.fetch,
    warmUpAfter: options.warmUpAfter,
  });
  const provisioningFailure = options.provisioningPath === undefined
    ? null
    : await provisionCredential({ path: options.provisioningPath, vault, pending, verifyCredential: connection.verifyCandidate, notify: notices.notify, logger });
  // Fail closed: a machine meant to be a kiosk whose set-up failed stays locked (attention).
  const startup = kioskStartup({ policy, policyFile: options.policyFile, provisioningFailure, memory: kioskMemory, notify: notices.notify, logger });
  const kioskEnabled = startup.mode !== 'workstation';

  const updates = options.updates ?? disabledUpdates('managed-by-it');
  const titles = new VehicleTitles();
  const status = async (): Promise<AppStatus> => ({
    version: options.version ?? '0.0.0',
    mode: connection.mode(),
    settings: settings.current(),
    locks: settings.locks(),
    kiosk: {
      enabled: kioskEnabled,
      idleResetSeconds: startup.mode === 'kiosk' ? policy.kiosk.idleResetSeconds : null,
      attention: startup.mode === 'attention' ? { file: startup.failure.file, rule: startup.failure.rule, canExit: startup.exitPinHash !== null } : null,
    },
    secureStorageAvailable: await vault.secureStorageAvailable(),
    notices: notices.list(),
    usage,
  });

  const lastUpdateCheck = trackLastUpdateCheck(updates);
  const about = async (): Promise<DiagnosticFacts> => {
    const current = settings.current();
    return {
      versions: { app: options.version ?? '0.0.0', ...host.versions },
      os: host.os,
      dataMode: connection.mode(),
      region: current.region,
      language: current.language,
      policy: { source: policy.source, path: host.policyPath, kiosk: kioskEnabled, lockedSettings: [...policy.lockedSettings] },
      updates: { channel: policy.updates.channel ?? 'latest', state: updates.status().state, lastCheckedAt: lastUpdateCheck.at() },
      secretStorage: options.cipher.backend(),
      dataFolder: host.dataFolder,
      recentErrors: recentErrors.list(),
    };
  };

  const services: BackendServices = {
    settings,
    vault,
    history,
    recordHistory: historyRecorder(history, notices, logger),
    market: new MarketEvidenceCache(),
    requests,
    updates,
    kiosk: options.kiosk ?? { exit: async () => false },
    savePdf: options.savePdf ?? (async () => ({ saved: false, path: null })),
    appraisals,
    dealership,
    saveTextFile: options.saveTextFile ?? (async () => ({ saved: false, path: null })),
    chooseLogoFile: options.chooseLogoFile ?? (async () => null),
    mode: connection.mode,
    client: connection.client,
    reconnect: connection.reconnect,
    forgetAnswers: connection.forgetAnswers,
    status,
    publishStatus: async () => emit('event:status-changed', await status()),
    rememberVehicles: (vehicles) => titles.remember(vehicles),
    vehicleTitle: (vehicleId) => titles.title(vehicleId),
    host,
    kioskEnabled,
    about,
    takePrefill: () => {
      const prefill = pendingPrefill;
      pendingPrefill = null;
      return prefill;
    },
  };

  await connection.reconnect();
  const dispatchRequest = createDispatcher(ROUTES, { appOrigin: options.appOrigin, logger, services });
  // Diagnostics list the codes of recent failures (never their messages, which can quote an input).
  const dispatch: AppBackend['dispatch'] = async (channel, payload, sender) => {
    const result = await dispatchRequest(channel, payload, sender);
    if (!result.ok && result.error.code !== 'CANCELLED') recentErrors.record(result.error.code);
    return result;
  };
  const stopUpdates = updates.onStatus((update) => emit('event:update-status', update));

  return {
    dispatch,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    get demoSandbox() {
      return connection.sandbox;
    },
    kioskEnabled,
    kioskStartup: startup,
    notify: notices.notify,
    settings: () => settings.current(),
    menuCommand: (command) => emit('event:menu-command', command),
    wake: () => connection.wake(),
    prefillSearch: (prefill) => {
      pendingPrefill = prefill;
      emit('event:search-prefill', prefill);
    },
    close: async () => {
      stopUpdates();
      lastUpdateCheck.stop();
      requests.abortAll();
      listeners.clear();
      await connection.close();
    },
  };
}
