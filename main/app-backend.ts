/**
 * The main process without Electron: stores, the AutoGrab client (demo or
 * live), the IPC handlers and the dispatcher in front of them.
 *
 * Electron's glue (main/index.ts, main/ipc/register.ts) feeds it IPC messages;
 * the Chromium harness (test/e2e-web) feeds it `exposeBinding` calls. Both go
 * through the same {@link AppBackend.dispatch}: sender check, strict schema,
 * handler, `Result` envelope. This module must never import `electron`.
 */
import { randomUUID } from 'node:crypto';
import type { AppStatus, CredentialInput, DataMode, EventChannel, Notice, Result, SavePdfRequest, SavePdfResult } from '../preload/contract';
import type { ApiUsage, Vehicle } from './core/domain';
import { createAutoGrabClient, secretsOf } from './core/index';
import type { AutoGrabClient } from './core/index';
import { DealerDeskError, toAppError } from './core/errors';
import type { EffectivePolicy } from './core/policy/effective-policy';
import { importProvisioning } from './core/provisioning/import-provisioning';
import { NO_POLICY } from './core/policy/effective-policy';
import { CredentialVault } from './core/storage/credential-vault';
import { jsonFileStoreOpener } from './core/storage/key-value-store';
import type { StoreOpener } from './core/storage/key-value-store';
import { LocalHistory } from './core/storage/local-history';
import { AppraisalStore } from './core/appraisal/appraisal-store';
import { DealershipStore } from './core/appraisal/dealership-store';
import { SettingsStore } from './core/storage/settings-store';
import type { Sandbox, startSandbox as startSandboxFn } from './sandbox/index';
import { startSandbox as defaultStartSandbox } from './sandbox/index';
import { SILENT_LOGGER, withRedaction } from './adapters/redacting-logger';
import { createDispatcher } from './ipc/dispatcher';
import { appHandlers } from './ipc/handlers/app';
import { appraisalHandlers } from './ipc/handlers/appraisals';
import { RequestTracker } from './ipc/handlers/request-tracker';
import type { BackendServices, TextFileToSave } from './ipc/handlers/services';
import { valuationHandlers } from './ipc/handlers/valuation';
import { vehicleHandlers } from './ipc/handlers/vehicles';
import type { SenderInfo } from './ipc/sender';
import type { KioskService, Logger, SecretCipher, UpdatesService } from './ports';
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
}

/** The running backend. */
export interface AppBackend {
  /** Routes one IPC message; never throws. */
  dispatch(channel: string, payload: unknown, sender: SenderInfo): Promise<Result<unknown>>;
  /** Events for the renderer (`event:*`); returns an unsubscribe function. */
  subscribe(listener: (channel: EventChannel, payload: unknown) => void): () => void;
  /** The demo sandbox while in demo mode; null in live mode. */
  readonly demoSandbox: Sandbox | null;
  /** Whether kiosk mode may run: the policy asks for it and no plain-text credential file is left behind. */
  readonly kioskEnabled: boolean;
  /** Shows a notice to the user (e.g. the window was reloaded after a crash). */
  notify(notice: Omit<Notice, 'id'>): void;
  /** Aborts requests, stops the sandbox. */
  close(): Promise<void>;
}

/** Shown when demo data cannot start (e.g. loopback networking is blocked). */
const DEMO_UNAVAILABLE = 'Demo data could not be started on this computer. Add your AutoGrab credentials in Settings to use live data.';

/** How many notices status keeps (oldest dropped). */
const NOTICE_LIMIT = 20;
/** How many vehicle titles are remembered for naming history entries. */
const TITLE_CACHE_LIMIT = 500;

/** Creates the backend; starts in demo mode unless credentials are stored. */
export async function createAppBackend(options: AppBackendOptions): Promise<AppBackend> {
  const policy = options.policy ?? NO_POLICY;
  const listeners = new Set<(channel: EventChannel, payload: unknown) => void>();
  const emit = (channel: EventChannel, payload: unknown) => {
    for (const listener of listeners) listener(channel, payload);
  };
  let knownSecrets: string[] = [];
  const logger = withRedaction(options.logger ?? SILENT_LOGGER, () => knownSecrets);

  const notices: Notice[] = [];
  const notify = (notice: Omit<Notice, 'id'>) => {
    const full: Notice = { id: randomUUID(), ...notice };
    notices.push(full);
    notices.splice(0, Math.max(0, notices.length - NOTICE_LIMIT));
    logger.warn(`notice: ${notice.kind}`, { message: notice.message });
    emit('event:notice', full);
  };
  const reportReset = (what: string, backupPath: string | null) => {
    if (backupPath === null) return;
    notify({
      level: 'warning',
      kind: `${what}-reset`,
      message: `Your saved ${what} could not be read, so Dealer Desk started fresh. A copy of the old file was kept at ${backupPath}.`,
    });
  };

  const openStore = options.openStore ?? jsonFileStoreOpener(options.dataDir);
  const openChecked = (name: string, label: string) => {
    const opened = openStore(name);
    reportReset(label, opened.backupPath);
    return opened.store;
  };
  const settings = new SettingsStore(openChecked('settings', 'settings'), policy);
  reportReset('settings', settings.resetBackupPath);
  const vault = new CredentialVault({
    store: openChecked('credentials', 'credentials'),
    cipher: options.cipher,
    allowInsecureStorage: policy.allowInsecureSecretStorage,
  });
  reportReset('credentials', vault.resetBackupPath);
  const history = new LocalHistory(openChecked('history', 'history'));
  reportReset('history', history.resetBackupPath);
  const dealership = new DealershipStore(openChecked('dealership', 'dealership profile'), policy);
  const appraisals = new AppraisalStore({
    store: openChecked('appraisals', 'appraisals'),
    cipher: options.cipher,
    allowInsecureStorage: policy.allowInsecureSecretStorage,
    offerValidityDays: () => dealership.current().profile.offerValidityDays,
  });
  if (appraisals.setAsideCount() > 0) {
    notify({ level: 'warning', kind: 'appraisals-set-aside', message: `${appraisals.setAsideCount()} saved appraisal(s) could not be read and were set aside in the appraisals file.` });
  }

  /** Imports the provisioning file; resolves false when kiosk mode must be refused. */
  async function provisionCredential(path: string): Promise<boolean> {
    const outcome = await importProvisioning({
      path,
      platform: process.platform,
      storeCredential: (input) => vault.save(input),
      loadStoredCredential: () => vault.load(),
      verifyCredential: (input) => verifyCandidate(input),
      logger,
    });
    for (const notice of outcome.notices) notify(notice);
    if (outcome.kioskRefusal === null) return true;
    // Only a kiosk is refused; on a workstation the provisioning notice alone says what to fix.
    if (policy.kiosk.enabled) notify({ level: 'error', kind: 'kiosk-refused', message: outcome.kioskRefusal });
    return false;
  }
  /** Tests credentials that are not stored yet against the configured AutoGrab server. */
  async function verifyCandidate(credentials: CredentialInput) {
    const current = settings.current();
    knownSecrets = [...knownSecrets, ...secretsOf(credentials)];
    const candidate = createAutoGrabClient({
      baseUrl: current.baseUrl,
      tokenUrl: current.tokenUrl ?? undefined,
      region: current.region,
      state: current.auState ?? undefined,
      credentials,
      fetch: options.fetch,
      logger,
    });
    try {
      await candidate.testConnection();
      return { ok: true, error: null };
    } catch (error) {
      return { ok: false, error: toAppError(error) };
    } finally {
      candidate.close();
    }
  }
  const kioskEnabled = options.provisioningPath === undefined
    ? policy.kiosk.enabled
    : await provisionCredential(options.provisioningPath) && policy.kiosk.enabled;

  const requests = new RequestTracker();
  const updates = options.updates ?? disabledUpdates('Updates are managed by your IT team.');
  const kiosk: KioskService = options.kiosk ?? { exit: async () => false };
  const startSandbox = options.startSandbox ?? defaultStartSandbox;
  let usage: ApiUsage | null = null;
  const onUsage = (latest: ApiUsage) => {
    usage = latest;
    emit('event:usage', latest);
  };

  // --- Connection: demo (local sandbox) or live (the dealer's AutoGrab account).
  let mode: DataMode = 'demo';
  let client: AutoGrabClient | null = null;
  let sandbox: Sandbox | null = null;
  let reconnecting: Promise<void> = Promise.resolve();

  const connect = async () => {
    requests.abortAll();
    const current = settings.current();
    let credentials: CredentialInput | null = null;
    try {
      credentials = await vault.load();
    } catch (error) {
      notify({ level: 'error', kind: 'credentials-locked', message: (error as Error).message });
    }
    const common = { region: current.region, state: current.auState ?? undefined, fetch: options.fetch, onUsage, logger };
    if (credentials) {
      knownSecrets = secretsOf(credentials);
      client = createAutoGrabClient({ ...common, baseUrl: current.baseUrl, tokenUrl: current.tokenUrl ?? undefined, credentials });
      mode = 'live';
      await sandbox?.close();
      sandbox = null;
      return;
    }
    mode = 'demo';
    client = null;
    try {
      sandbox ??= await startSandbox();
    } catch (error) {
      logger.error('demo sandbox did not start', { error });
      notify({ level: 'error', kind: 'demo-unavailable', message: DEMO_UNAVAILABLE });
      return;
    }
    knownSecrets = [sandbox.credentials.apiKey, sandbox.credentials.clientSecret];
    client = createAutoGrabClient({ ...common, baseUrl: sandbox.url, credentials: { kind: 'apiKey', apiKey: sandbox.credentials.apiKey } });
  };
  const reconnect = () => {
    reconnecting = reconnecting.then(connect, connect);
    return reconnecting;
  };

  const titles = new Map<string, string>();
  const status = async (): Promise<AppStatus> => ({
    version: options.version ?? '0.0.0',
    mode,
    settings: settings.current(),
    locks: settings.locks(),
    kiosk: { enabled: kioskEnabled, idleResetSeconds: policy.kiosk.idleResetSeconds },
    secureStorageAvailable: await vault.secureStorageAvailable(),
    notices: [...notices],
    usage,
  });

  const services: BackendServices = {
    settings,
    vault,
    history,
    requests,
    updates,
    kiosk,
    savePdf: options.savePdf ?? (async () => ({ saved: false, path: null })),
    appraisals,
    dealership,
    saveTextFile: options.saveTextFile ?? (async () => ({ saved: false, path: null })),
    chooseLogoFile: options.chooseLogoFile ?? (async () => null),
    mode: () => mode,
    client: () => {
      if (!client) throw new DealerDeskError('AUTH_NOT_CONFIGURED', DEMO_UNAVAILABLE);
      return client;
    },
    reconnect,
    status,
    publishStatus: async () => emit('event:status-changed', await status()),
    rememberVehicles: (vehicles: ReadonlyArray<Vehicle | null>) => {
      for (const vehicle of vehicles) {
        if (!vehicle) continue;
        titles.delete(vehicle.id);
        titles.set(vehicle.id, vehicle.title);
      }
      for (const oldest of titles.keys()) {
        if (titles.size <= TITLE_CACHE_LIMIT) break;
        titles.delete(oldest);
      }
    },
    vehicleTitle: (vehicleId) => titles.get(vehicleId) ?? `Vehicle ${vehicleId}`,
  };

  await reconnect();
  const dispatch = createDispatcher(
    { ...appHandlers(services), ...vehicleHandlers(services), ...valuationHandlers(services), ...appraisalHandlers(services) },
    { appOrigin: options.appOrigin, logger },
  );
  const stopUpdates = updates.onStatus((update) => emit('event:update-status', update));

  return {
    dispatch,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    get demoSandbox() {
      return sandbox;
    },
    kioskEnabled,
    notify,
    close: async () => {
      stopUpdates();
      requests.abortAll();
      listeners.clear();
      await reconnecting.catch(() => undefined);
      await sandbox?.close();
      sandbox = null;
    },
  };
}
