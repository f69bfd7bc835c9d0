/**
 * Ports between the Electron shell and the services it hosts. The shell's IPC
 * handlers call these interfaces; the implementations live elsewhere (updater,
 * kiosk, secret storage) so each can be tested without Electron.
 */
import type { UpdateStatus } from '../preload/contract';
import type { UpdateDisabledReason } from './core/message-codes';

/** Auto-update as the renderer sees it. */
export interface UpdatesService {
  /** Current state, without side effects. */
  status(): UpdateStatus;
  /** Check now (user asked); resolves with the state after the check. */
  check(): Promise<UpdateStatus>;
  /** Restart and install a downloaded update, if allowed now. */
  install(): Promise<UpdateStatus>;
  /** Subscribe to state changes; returns an unsubscribe function. */
  onStatus(listener: (status: UpdateStatus) => void): () => void;
}

/** Kiosk controls the renderer may ask for. */
export interface KioskService {
  /** Verifies the admin PIN and, when it matches, quits kiosk mode. */
  exit(pin: string): Promise<boolean>;
}

/**
 * OS secret storage (Electron safeStorage in the app, a fake in tests).
 * Values are strings; ciphertext is base64 so it can live in a JSON store.
 */
export interface SecretCipher {
  /** Whether the OS can encrypt at all. */
  isAvailable(): Promise<boolean>;
  /**
   * The backend in use: on Linux `basic_text` means a hard-coded key (no real
   * protection); elsewhere e.g. `gnome_libsecret`, `kwallet`, `keychain`, `dpapi`.
   */
  backend(): string;
  encrypt(plainText: string): Promise<string>;
  decrypt(cipherText: string): Promise<string>;
}

/** Structured log sink. Implementations redact secrets before writing. */
export interface Logger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/** Updates switched off, with the reason shown to the user. */
export function disabledUpdates(reason: UpdateDisabledReason): UpdatesService {
  const status: UpdateStatus = { state: 'disabled', reason };
  return {
    status: () => status,
    check: async () => status,
    install: async () => status,
    onStatus: () => () => undefined,
  };
}
