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
import { importProvisioning, verifyPendingCredential } from './core/provisioning/import-provisioning';
import { NO_POLICY } from './core/policy/effective-policy';
import { KioskMemory, decideKioskStartup } from './core/policy/kiosk-intent';
import type { KioskFailure, KioskStartup } from './core/policy/kiosk-intent';
import type { LoadedPolicy } from './core/policy/load-policy';
import { CredentialVault } from './core/storage/credential-vault';
import { jsonFileStoreOpener } from './core/storage/key-value-store';
import type { StoreOpener } from './core/storage/key-value-store';
import { LocalHistory } from './core/storage/local-history';
import { SettingsStore } from './core/storage/settings-store';
import type { Sandbox, startSandbox as startSandboxFn } from './sandbox/index';
import { startSandbox as defaultStartSandbox } from './sandbox/index';
import { SILENT_LOGGER, withRedaction } from './adapters/redacting-logger';
import { createDispatcher } from './ipc/dispatcher';
import { appHandlers } from './ipc/handlers/app';
import { RequestTracker } from './ipc/handlers/request-tracker';
import type { BackendServices } from './ipc/handlers/services';
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
  policyFile?: { path: string; loaded: Pick<LoadedPolicy, 'status' | 'problems'> };
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

  // A provisioned credential AutoGrab could not be asked about yet: encrypted like the live one, never used until verified.
  const pending = new CredentialVault({
    store: openChecked('pending-credential', 'pending credential'),
    cipher: options.cipher,
    allowInsecureStorage: policy.allowInsecureSecretStorage,
  });
  /** Verifies a pending credential, then imports the provisioning file; resolves to why kiosk mode must be refused, or null. */
  async function provisionCredential(path: string): Promise<KioskFailure | null> {
    const ports = { storeCredential: (input: CredentialInput) => vault.save(input), verifyCredential: verifyCandidate, pending, logger };
    for (const notice of await verifyPendingCredential(ports)) notify(notice);
    const outcome = await importProvisioning({ ...ports, path, platform: process.platform, loadStoredCredential: () => vault.load() });
    for (const notice of outcome.notices) notify(notice);
    return outcome.kioskRefusal === null ? null : { file: path, rule: `provisioning-${outcome.outcome}`, detail: outcome.kioskRefusal };
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
  const provisioningFailure = options.provisioningPath === undefined ? null : await provisionCredential(options.provisioningPath);
  const kioskStartup = startupMode(provisioningFailure);
  const kioskEnabled = kioskStartup.mode !== 'workstation';
  /** Fail closed (kiosk-intent.ts); without the policy file's details (tests, the harness) the policy alone decides. */
  function startupMode(failure: KioskFailure | null): KioskStartup {
    if (!options.policyFile) {
      if (!policy.kiosk.enabled) return { mode: 'workstation', policyMissingSinceLastStart: false };
      return failure ? { mode: 'attention', failure, exitPinHash: policy.kiosk.exitPinHash } : { mode: 'kiosk' };
    }
    const { path, loaded } = options.policyFile;
    const startup = decideKioskStartup({
      policyPath: path,
      loaded: { ...loaded, policy },
      provisioningFailure: failure,
      memory: new KioskMemory(openChecked('kiosk-state', 'kiosk state')),
    });
    if (startup.mode === 'workstation' && startup.policyMissingSinceLastStart) {
      notify({
        level: 'warning',
        kind: 'policy-missing',
        message: `The administrator policy ${path} applied the last time Dealer Desk started, but it is missing now, so nothing is locked. If that is not intended, ask your IT administrator.`,
      });
    }
    return startup;
  }
  if (kioskStartup.mode === 'attention') {
    const { file, rule, detail } = kioskStartup.failure;
    logger.error('kiosk needs attention', { file, rule, detail });
    notify({ level: 'error', kind: 'kiosk-attention', message: `This kiosk needs attention from IT: ${file} (${rule}): ${detail}` });
  }

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
    { ...appHandlers(services), ...vehicleHandlers(services), ...valuationHandlers(services) },
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
    kioskStartup,
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
