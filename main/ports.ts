/**
 * Ports between the Electron shell and the services it hosts. The shell's IPC
 * routes call these interfaces; the implementations live elsewhere (updater,
 * kiosk) so each can be tested without Electron. The core's own ports
 * (`Logger`, `SecretCipher`) are in main/core/ports.ts.
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
