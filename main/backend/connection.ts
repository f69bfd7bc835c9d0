/**
 * The connection to AutoGrab: demo data (the built-in sandbox on 127.0.0.1)
 * while no credential is stored, the dealer's own account once one is. A
 * switch happens at once, with no restart: in-flight requests are aborted and
 * the client is rebuilt. Candidate credentials (the provisioning file) can be
 * verified against the configured server before they are stored.
 */
import type { DataMode, Notice } from '../core/app-types';
import type { Credentials } from '../core/auth/credentials';
import type { ApiUsage } from '../core/domain';
import { DealerDeskError, toAppError } from '../core/errors';
import type { AppError } from '../core/errors';
import { createAutoGrabClient, ResponseCache, secretsOf, systemClock } from '../core/index';
import type { AutoGrabClient } from '../core/index';
import type { Logger } from '../core/ports';
import type { CredentialVault } from '../core/storage/credential-vault';
import type { SettingsStore } from '../core/storage/settings-store';
import type { RequestTracker } from '../ipc/request-tracker';
import type { Sandbox, startSandbox } from '../sandbox/index';

/** Shown when demo data cannot start (e.g. loopback networking is blocked). */
const DEMO_UNAVAILABLE = 'Demo data could not be started on this computer. Add your AutoGrab credentials in Settings to use live data.';

/** What the connection needs. */
export interface ConnectionOptions {
  settings: SettingsStore;
  vault: CredentialVault;
  requests: RequestTracker;
  notify: (notice: Omit<Notice, 'id'>) => void;
  logger: Logger;
  /** Receives every usage report (rate limit, quota) the client sees. */
  onUsage: (usage: ApiUsage) => void;
  /** Every secret in use, for log redaction; replaced on each connect, added to by a verification. */
  secrets: { current: string[] };
  startSandbox: typeof startSandbox;
  fetch?: typeof fetch;
  /** The first connect's warm-up waits for this (see AppBackendOptions.warmUpAfter); later ones warm at once. */
  warmUpAfter?: Promise<unknown>;
}

/** The live connection of one backend. */
export interface Connection {
  /** Demo or live, right now. */
  mode(): DataMode;
  /** The client for the current mode; `AUTH_NOT_CONFIGURED` when demo data could not start. */
  client(): AutoGrabClient;
  /** Connects with what is stored now; calls run one after another, never overlapping. */
  reconnect(): Promise<void>;
  /** The machine resumed or the screen was unlocked: the live client renews its token (demo data needs none). */
  wake(): Promise<void>;
  /** Drops every answer kept for reuse (they carry the plates looked up): with local history, nothing of the last customer stays. */
  forgetAnswers(): void;
  /** Tests credentials that are not stored yet against the configured AutoGrab server. */
  verifyCandidate(credentials: Credentials): Promise<{ ok: boolean; error: AppError | null }>;
  /** The demo sandbox while in demo mode; null in live mode. */
  readonly sandbox: Sandbox | null;
  /** Waits for a pending reconnect, then stops the client's token renewal and the sandbox. */
  close(): Promise<void>;
}

/** Creates the connection; nothing is connected until {@link Connection.reconnect}. */
export function createConnection(options: ConnectionOptions): Connection {
  const { settings, vault, requests, notify, logger, onUsage, secrets } = options;
  let mode: DataMode = 'demo';
  let client: AutoGrabClient | null = null;
  let sandbox: Sandbox | null = null;
  let reconnecting: Promise<void> = Promise.resolve();
  // One per backend, emptied on every connect: answers from one account (or demo data) never reach another.
  const cache = new ResponseCache({ clock: systemClock });

  let connects = 0;
  /**
   * Gets `connected` ready before the salesperson's first lookup: its HTTP
   * stack, and for OAuth the token and a warm connection (a round trip to
   * Australia each). At start it waits until the window shows.
   */
  const warmUp = (connected: AutoGrabClient, firstConnect: boolean) => {
    const warm = () => void (client === connected ? connected.warmUp() : undefined);
    if (firstConnect && options.warmUpAfter) void options.warmUpAfter.then(warm, warm);
    else warm();
  };
  const connect = async () => {
    const firstConnect = connects++ === 0;
    requests.abortAll();
    // The old client's scheduled token renewal must not outlive it.
    client?.close();
    cache.clear();
    const current = settings.current();
    let credentials: Credentials | null = null;
    try {
      credentials = await vault.load();
    } catch (error) {
      // Saved for another address (see credential-binding.ts), or the keyring cannot unlock it: demo data until fixed.
      const kind = error instanceof DealerDeskError && error.code === 'AUTH_NOT_CONFIGURED' ? 'credentials-other-address' : 'credentials-locked';
      notify({ level: 'error', kind, message: (error as Error).message });
    }
    const common = { region: current.region, state: current.auState ?? undefined, fetch: options.fetch, onUsage, logger, cache };
    if (credentials) {
      secrets.current = secretsOf(credentials);
      client = createAutoGrabClient({ ...common, baseUrl: current.baseUrl, tokenUrl: current.tokenUrl ?? undefined, credentials });
      mode = 'live';
      warmUp(client, firstConnect);
      await sandbox?.close();
      sandbox = null;
      return;
    }
    mode = 'demo';
    client = null;
    try {
      sandbox ??= await options.startSandbox();
    } catch (error) {
      logger.error('demo sandbox did not start', { error });
      notify({ level: 'error', kind: 'demo-unavailable', message: DEMO_UNAVAILABLE });
      return;
    }
    secrets.current = [sandbox.credentials.apiKey, sandbox.credentials.clientSecret];
    client = createAutoGrabClient({ ...common, baseUrl: sandbox.url, credentials: { kind: 'apiKey', apiKey: sandbox.credentials.apiKey } });
    warmUp(client, firstConnect);
  };

  return {
    mode: () => mode,
    client: () => {
      if (!client) throw new DealerDeskError('AUTH_NOT_CONFIGURED', DEMO_UNAVAILABLE, { reason: 'demo.unavailable' });
      return client;
    },
    reconnect: () => {
      reconnecting = reconnecting.then(connect, connect);
      return reconnecting;
    },
    wake: async () => {
      await reconnecting.catch(() => undefined);
      if (mode === 'live') await client?.wake();
    },
    forgetAnswers: () => cache.clear(),
    verifyCandidate: async (credentials) => {
      const current = settings.current();
      secrets.current = [...secrets.current, ...secretsOf(credentials)];
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
    },
    get sandbox() {
      return sandbox;
    },
    close: async () => {
      await reconnecting.catch(() => undefined);
      client?.close();
      cache.clear();
      await sandbox?.close();
      sandbox = null;
    },
  };
}
