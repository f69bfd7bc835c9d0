/**
 * The frame of the app: status from main (mode, settings, locks, kiosk,
 * notices, usage), the stored-credential summary, update state and which
 * screen is showing. Screens are a small stack so Esc can always go back.
 */
import { create } from 'zustand';
import type {
  ApiUsage,
  AppError,
  AppStatus,
  ConnectionTestResult,
  Credentials,
  CredentialStatus,
  Notice,
  ResponseOf,
  Result,
  Settings,
  SettingKey,
  UpdateStatus,
} from '../../../preload/contract';
import { api, settle, toAppErrorValue, unwrap } from '../bridge';
import { applyLanguage } from '../i18n';

/** Every screen of the app. */
export type Screen = 'search' | 'guided' | 'vehicle' | 'summary' | 'appraisal' | 'document' | 'history' | 'settings' | 'about' | 'guide';

/** State and actions of {@link useAppStore}. */
export interface AppState {
  /** True once the first `app.status()` answered (drives `data-app-state="ready"`). */
  ready: boolean;
  /** Set when the first status call failed; the app still renders with defaults. */
  startError: AppError | null;
  status: AppStatus | null;
  credentials: CredentialStatus | null;
  usage: ApiUsage | null;
  notices: Notice[];
  updateStatus: UpdateStatus | null;
  /** True after a call failed with NETWORK/TIMEOUT, until one succeeds again. */
  offline: boolean;
  /** True after AutoGrab refused the saved account (revoked or replaced key), until AutoGrab answers a call again. */
  accountRejected: boolean;
  screen: Screen;
  /** Screens to return to with Esc / Back. */
  stack: Screen[];
  /** Notices the user dismissed this session; main may resend them in a later status. */
  dismissedNotices: ReadonlySet<string>;
  /** Loads status, credentials and update state and subscribes to main's events; returns the unsubscribe. */
  init(): Promise<() => void>;
  /** Shows a screen, remembering the current one for Back. */
  go(screen: Screen): void;
  /** Returns to the previous screen (search when there is none). */
  back(): void;
  /** Saves settings through main and applies the result (language included). */
  updateSettings(patch: Partial<Settings>): Promise<Result<Settings>>;
  /** Refreshes the stored-credential summary (after set/remove). */
  setCredentials(status: CredentialStatus): void;
  /** Encrypts and stores a credential in main; the summary (never the secret) comes back. */
  saveCredentials(input: Credentials): Promise<Result<CredentialStatus>>;
  /** Deletes the stored credential (back to demo data). */
  removeCredentials(): Promise<Result<CredentialStatus>>;
  /** "Test connection"; keeps the usage figures AutoGrab reported. */
  testConnection(): Promise<Result<ConnectionTestResult>>;
  /** Asks main to check for an update now. */
  checkUpdates(): Promise<Result<UpdateStatus>>;
  /** Restarts into the downloaded update. */
  installUpdate(): Promise<Result<UpdateStatus>>;
  /** Leaves kiosk mode with the administrator PIN (checked in main). */
  exitKiosk(pin: string): Promise<Result<ResponseOf<'kiosk:exit'>>>;
  /** Tells the user the kiosk cleared the screen after inactivity (one notice, replaced each time). */
  noteKioskReset(): void;
  dismissNotice(id: string): void;
  /** Records whether AutoGrab answered, so screens can point at saved results when it does not. */
  noteReachability(error: AppError | null): void;
}

/** Region used before status arrives and in tests: Malaysia first. */
export const DEFAULT_SETTINGS: Settings = {
  region: 'my',
  auState: null,
  baseUrl: '',
  tokenUrl: null,
  maxOffer: true,
  requireOdometer: false,
  language: 'en',
};

const initialState = {
  ready: false,
  startError: null,
  status: null,
  credentials: null,
  usage: null,
  notices: [],
  updateStatus: null,
  offline: false,
  accountRejected: false,
  screen: 'search' as Screen,
  stack: [] as Screen[],
  dismissedNotices: new Set<string>() as ReadonlySet<string>,
};

function mergeNotices(current: Notice[], incoming: Notice[], dismissed: ReadonlySet<string>): Notice[] {
  const byId = new Map(current.map((notice) => [notice.id, notice]));
  for (const notice of incoming) if (!dismissed.has(notice.id)) byId.set(notice.id, notice);
  return [...byId.values()];
}

/** The app-frame store. */
export const useAppStore = create<AppState>()((set, get) => ({
  ...initialState,

  async init() {
    const bridge = (() => {
      try {
        return api();
      } catch (error) {
        set({ ready: true, startError: toAppErrorValue(error) });
        return null;
      }
    })();
    if (!bridge) return () => undefined;

    const unsubscribers = [
      bridge.events.onStatusChanged((status) => applyStatus(status)),
      bridge.events.onUsage((usage) => set({ usage })),
      bridge.events.onUpdateStatus((updateStatus) => set({ updateStatus })),
      bridge.events.onNotice((notice) => set({ notices: mergeNotices(get().notices, [notice], get().dismissedNotices) })),
    ];

    const [status, credentials, updateStatus] = await Promise.all([
      unwrap(bridge.app.status()).then(
        (data) => ({ data, error: null }),
        (error: unknown) => ({ data: null, error: toAppErrorValue(error) }),
      ),
      unwrap(bridge.credentials.status()).catch(() => null),
      unwrap(bridge.updates.status()).catch(() => null),
    ]);
    if (status.data) await applyStatus(status.data);
    set({ ready: true, startError: status.error, credentials, updateStatus });
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  },

  go(screen) {
    const { screen: current, stack } = get();
    if (screen === current) return;
    set({ screen, stack: [...stack, current].slice(-20) });
  },

  back() {
    const stack = [...get().stack];
    const previous = stack.pop() ?? 'search';
    set({ screen: previous, stack });
  },

  async updateSettings(patch) {
    const result = await settle(() => api().settings.update(patch));
    if (!result.ok) return result;
    const status = get().status;
    if (status) set({ status: { ...status, settings: result.data } });
    await applyLanguage(result.data.language);
    return result;
  },

  setCredentials(credentials) {
    set({ credentials });
  },

  async saveCredentials(input) {
    const result = await settle(() => api().credentials.set(input));
    if (result.ok) set({ credentials: result.data, accountRejected: false });
    return result;
  },

  async removeCredentials() {
    const result = await settle(() => api().credentials.remove());
    if (result.ok) set({ credentials: result.data, accountRejected: false });
    return result;
  },

  async testConnection() {
    const result = await settle(() => api().credentials.test());
    if (result.ok && result.data.usage) set({ usage: result.data.usage });
    if (result.ok) get().noteReachability(result.data.error);
    return result;
  },

  async checkUpdates() {
    const result = await settle(() => api().updates.check());
    if (result.ok) set({ updateStatus: result.data });
    return result;
  },

  async installUpdate() {
    const result = await settle(() => api().updates.install());
    if (result.ok) set({ updateStatus: result.data });
    return result;
  },

  exitKiosk(pin) {
    return settle(() => api().kiosk.exit({ pin }));
  },

  noteKioskReset() {
    const notice: Notice = { id: 'kiosk-reset', level: 'info', kind: 'kiosk-reset', message: 'The screen was cleared after a period of inactivity.' };
    set({ notices: [...get().notices.filter((existing) => existing.id !== notice.id), notice] });
  },

  dismissNotice(id) {
    set({ dismissedNotices: new Set([...get().dismissedNotices, id]), notices: get().notices.filter((notice) => notice.id !== id) });
  },

  noteReachability(error) {
    // Any answer from AutoGrab (even an error such as AUTH or NOT_FOUND) means it is reachable.
    const offline = error !== null && (error.code === 'NETWORK' || error.code === 'TIMEOUT');
    // Unreachable says nothing about the account: keep what the last answer said.
    set({ offline, accountRejected: offline ? get().accountRejected : error !== null && isAccountRejected(error) });
  },
}));

async function applyStatus(status: AppStatus): Promise<void> {
  const state = useAppStore.getState();
  useAppStore.setState({
    status,
    usage: status.usage ?? state.usage,
    notices: mergeNotices(state.notices, status.notices, state.dismissedNotices),
  });
  await applyLanguage(status.settings.language);
}

/**
 * Whether AutoGrab refused the account itself (401: a revoked or replaced key,
 * or OAuth credentials it no longer accepts), as opposed to a feature the plan
 * lacks (403), which leaves the account connected.
 */
export function isAccountRejected(error: AppError): boolean {
  return error.code === 'AUTH_INVALID_CLIENT' || (error.code === 'AUTH_INVALID_KEY' && error.reason !== 'autograb.forbidden');
}

/** Current settings, or Malaysian defaults before status arrives. */
export function currentSettings(): Settings {
  return useAppStore.getState().status?.settings ?? DEFAULT_SETTINGS;
}

/** The region screens format money and distances for, re-rendering only when it changes (Malaysia before status arrives). */
export function useRegion(): Settings['region'] {
  return useAppStore((state) => (state.status?.settings ?? DEFAULT_SETTINGS).region);
}

/** Why a setting is locked by policy, or null when the user may change it. */
export function lockReason(status: AppStatus | null, key: SettingKey): string | null {
  return status?.locks.find((lock) => lock.key === key)?.reason ?? null;
}

/** Back to a fresh frame (kiosk reset, tests). Keeps status and credentials: they belong to main. */
export function resetNavigation(): void {
  useAppStore.setState({ screen: 'search', stack: [], offline: false });
}

/** Full reset for tests. */
export function resetAppStore(): void {
  useAppStore.setState({ ...initialState, dismissedNotices: new Set() });
}
