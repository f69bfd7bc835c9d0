/**
 * Auto-update policy over electron-updater (generic server): check a little
 * after start and every few hours, download in the background, and install
 * when allowed: at once on a workstation (the user presses Restart), only in
 * the maintenance window on a kiosk, which then installs by itself. Every step
 * becomes an `UpdateStatus` for the renderer; errors become a plain sentence,
 * and what is logged has credentials and query strings removed from URLs.
 */
import type { UpdateStatus } from '../../preload/contract';
import { systemClock } from '../core/http/clock';
import type { Clock } from '../core/http/clock';
import type { EffectivePolicy, MaintenanceWindow } from '../core/policy/effective-policy';
import { redactSecrets } from '../core/redact';
import type { UpdateDisabledReason, UpdateErrorReason } from '../core/message-codes';
import { disabledUpdates } from '../ports';
import type { Logger } from '../core/ports';
import type { UpdatesService } from '../ports';
import { DEFAULT_KIOSK_MAINTENANCE_WINDOW, isInMaintenanceWindow, msUntilMaintenanceWindow } from './maintenance-window';
import type { UpdateTargetSupport } from './update-target';
import type { UpdaterLike, UpdaterLogSink } from './updater-like';

/** Default time between background checks. */
export const DEFAULT_CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000;
/** Default wait before the first check, so start-up is not slowed by it. */
export const DEFAULT_FIRST_CHECK_DELAY_MS = 10_000;

/** The updates service plus its lifecycle, for `main/index.ts`. */
export interface ManagedUpdatesService extends UpdatesService {
  /** Starts the background checks (first after a short delay). */
  start(): void;
  /** Stops background checks and any wait for the maintenance window, for good (call on quit). */
  stop(): void;
}

/** Options of {@link createUpdatesService}. */
export interface UpdatesServiceOptions {
  /** Returns the updater; called only when updates are enabled (see electron-updater-adapter.ts). */
  updater: () => UpdaterLike;
  policy: EffectivePolicy;
  /** `app.isPackaged`: development builds never update. */
  isPackaged: boolean;
  /** From {@link updateTargetSupport}. */
  targetCanUpdate: UpdateTargetSupport;
  /** Reads `ELECTRON_NO_UPDATER`; `process.env` by default. */
  env?: Readonly<Record<string, string | undefined>>;
  clock?: Clock;
  checkIntervalMs?: number;
  firstCheckDelayMs?: number;
  /** Called right before quit-and-install, e.g. to let a kiosk window close. */
  beforeInstall?: () => void;
  logger?: Logger;
}

/** Why updates are off, or null when they are on. */
export function updatesDisabledReason(options: Pick<UpdatesServiceOptions, 'policy' | 'isPackaged' | 'targetCanUpdate' | 'env'>): UpdateDisabledReason | null {
  const env = options.env ?? process.env;
  if (!options.isPackaged) return 'development';
  if (env.ELECTRON_NO_UPDATER === '1') return 'env-off';
  if (!options.policy.updates.enabled) return 'policy-off';
  if (!options.targetCanUpdate.ok) return options.targetCanUpdate.reason;
  return null;
}

/** Removes user:password@ and query strings from URLs, then known credential patterns. */
export function redactUpdaterText(text: string): string {
  const withoutUrlSecrets = text.replace(/\b(https?:\/\/)[^\s/@"']*@/gi, '$1[REDACTED]@').replace(/(https?:\/\/[^\s?"']*)\?[^\s"']*/gi, '$1?[REDACTED]');
  return redactSecrets(withoutUrlSecrets);
}

/** electron-updater's own log lines, redacted, into our logger. */
function updaterLogSink(logger: Logger | undefined): UpdaterLogSink {
  const line = (message: unknown) => redactUpdaterText(message instanceof Error ? `${message.name}: ${message.message}` : String(message));
  return {
    info: (message) => logger?.info(`updater: ${line(message)}`),
    warn: (message) => logger?.warn(`updater: ${line(message)}`),
    error: (message) => logger?.error(`updater: ${line(message)}`),
    debug: (message) => logger?.debug(`updater: ${line(message)}`),
  };
}

/** The sentence a salesperson sees for a failed check or download. */
function failureReason(error: unknown, phase: 'check' | 'download'): UpdateErrorReason {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_CHECKSUM_MISMATCH') return 'checksum';
  if (code === 'ERR_UPDATER_INVALID_SIGNATURE') return 'signature';
  if (code === 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND') return 'no-release';
  return phase === 'check' ? 'check-failed' : 'download-failed';
}

/** Creates the updates service; a disabled one (with the reason) when updates are off. */
export function createUpdatesService(options: UpdatesServiceOptions): ManagedUpdatesService {
  const reason = updatesDisabledReason(options);
  if (reason !== null) {
    options.logger?.info('updates disabled', { reason });
    return { ...disabledUpdates(reason), start: () => undefined, stop: () => undefined };
  }
  return new ActiveUpdates(options.updater(), options);
}

class ActiveUpdates implements ManagedUpdatesService {
  private current: UpdateStatus = { state: 'idle', lastCheckedAt: null };
  private readonly listeners = new Set<(status: UpdateStatus) => void>();
  private readonly clock: Clock;
  private readonly stopping = new AbortController();
  private readonly kioskWindow: MaintenanceWindow | null;
  private phase: 'check' | 'download' = 'check';
  private started = false;
  private waitingForWindow = false;

  constructor(
    private readonly updater: UpdaterLike,
    private readonly options: UpdatesServiceOptions,
  ) {
    this.clock = options.clock ?? systemClock;
    const { kiosk, updates } = options.policy;
    this.kioskWindow = kiosk.enabled ? (updates.maintenanceWindow ?? DEFAULT_KIOSK_MAINTENANCE_WINDOW) : null;
    this.configure();
    updater.on('update-available', (info) => this.onAvailable(info.version));
    updater.on('update-not-available', () => this.set({ state: 'idle', lastCheckedAt: this.nowIso() }));
    updater.on('download-progress', (progress) => this.onProgress(progress.percent));
    updater.on('update-downloaded', (info) => this.onDownloaded(info.version));
    updater.on('error', (error) => this.fail(error));
  }

  status(): UpdateStatus {
    return this.current;
  }

  onStatus(listener: (status: UpdateStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async check(): Promise<UpdateStatus> {
    // Already checking, downloading or waiting to install: nothing new to learn.
    if (['checking', 'available', 'downloading', 'downloaded'].includes(this.current.state)) return this.current;
    this.phase = 'check';
    this.set({ state: 'checking' });
    try {
      await this.updater.checkForUpdates();
      if (this.current.state === 'checking') this.set({ state: 'idle', lastCheckedAt: this.nowIso() });
    } catch (error) {
      this.fail(error);
    }
    return this.current;
  }

  async install(): Promise<UpdateStatus> {
    if (this.current.state !== 'downloaded') return this.current;
    if (this.kioskWindow && !isInMaintenanceWindow(new Date(this.clock.now()), this.kioskWindow)) {
      this.waitForMaintenanceWindow(this.kioskWindow);
      return this.current;
    }
    this.quitAndInstall();
    return this.current;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    void this.checkPeriodically().catch(() => undefined);
  }

  stop(): void {
    this.stopping.abort();
  }

  private configure(): void {
    const { updater, options } = this;
    const { url, channel } = options.policy.updates;
    updater.autoDownload = false;
    updater.disableWebInstaller = true;
    updater.logger = updaterLogSink(options.logger);
    if (url) updater.setFeedURL(channel ? { provider: 'generic', url, channel } : { provider: 'generic', url });
    else if (channel) updater.channel = channel;
    // After the channel: electron-updater's channel setter turns downgrades on.
    updater.allowDowngrade = false;
  }

  private async checkPeriodically(): Promise<void> {
    const signal = this.stopping.signal;
    await this.clock.sleep(this.options.firstCheckDelayMs ?? DEFAULT_FIRST_CHECK_DELAY_MS, signal);
    while (!signal.aborted) {
      await this.check();
      await this.clock.sleep(this.options.checkIntervalMs ?? DEFAULT_CHECK_INTERVAL_MS, signal);
    }
  }

  private onAvailable(version: string): void {
    this.set({ state: 'available', version });
    this.phase = 'download';
    this.set({ state: 'downloading', version, percent: 0 });
    this.updater.downloadUpdate().catch((error: unknown) => this.fail(error));
  }

  private onProgress(percent: number): void {
    if (this.current.state !== 'downloading') return;
    const rounded = Math.min(100, Math.max(0, Math.round(percent)));
    if (rounded !== this.current.percent) this.set({ ...this.current, percent: rounded });
  }

  private onDownloaded(version: string): void {
    this.set({ state: 'downloaded', version, installAt: this.kioskWindow ? 'maintenance-window' : 'now' });
    // A kiosk has nobody to press Restart: it installs on its own in the window.
    if (this.kioskWindow) void this.install();
  }

  private waitForMaintenanceWindow(window: MaintenanceWindow): void {
    if (this.waitingForWindow) return;
    this.waitingForWindow = true;
    const wait = Math.max(60_000, msUntilMaintenanceWindow(new Date(this.clock.now()), window));
    this.options.logger?.info('update waits for the maintenance window', { window, waitMs: wait });
    this.clock.sleep(wait, this.stopping.signal).then(
      () => {
        this.waitingForWindow = false;
        void this.install();
      },
      () => undefined,
    );
  }

  private quitAndInstall(): void {
    this.options.logger?.info('installing update', { version: this.current.state === 'downloaded' ? this.current.version : null });
    this.options.beforeInstall?.();
    // Silent, and start again afterwards: a kiosk or a dealer should land back in the app.
    this.updater.quitAndInstall(true, true);
  }

  private fail(error: unknown): void {
    const reason = failureReason(error, this.phase);
    if (this.current.state === 'error' && this.current.reason === reason) return;
    const code = (error as { code?: unknown } | null)?.code;
    const detail = redactUpdaterText(error instanceof Error ? error.message : String(error));
    this.options.logger?.warn('update failed', { phase: this.phase, code: typeof code === 'string' ? code : null, detail });
    this.set({ state: 'error', reason });
  }

  private nowIso(): string {
    return new Date(this.clock.now()).toISOString();
  }

  private set(status: UpdateStatus): void {
    this.current = status;
    for (const listener of this.listeners) {
      try {
        listener(status);
      } catch (error) {
        this.options.logger?.error('update status listener failed', { error: String(error) });
      }
    }
  }
}
