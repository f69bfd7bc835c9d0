/**
 * Leaving kiosk mode: the administrator types the exit PIN, main checks it
 * against the policy's scrypt hash and quits. Wrong PINs are rate-limited
 * (after 5 in a row, every attempt is refused for 30 s without being checked),
 * because the hash is in a file the kiosk user can read and the screen is the
 * only other way to guess.
 */
import { verifyExitPin } from '../core/policy/exit-pin';
import type { EffectivePolicy } from '../core/policy/effective-policy';
import type { Logger } from '../core/ports';
import type { KioskService } from '../ports';

/** Wrong PINs in a row before the lock-out. */
export const MAX_PIN_FAILURES = 5;
/** How long the lock-out lasts. */
export const PIN_LOCKOUT_MS = 30_000;

/** The kiosk service plus the exit permit the window guards and the updater share. */
export interface KioskController extends KioskService {
  /** Whether the window may close now (an exit was granted). */
  isExitGranted(): boolean;
  /** Grants an exit that needs no PIN (the updater installing in the maintenance window). */
  allowExit(reason: string): void;
}

/** Options of {@link createKioskService}. */
export interface KioskServiceOptions {
  policy: EffectivePolicy;
  /** Quits the app (`app.quit`). Called after the exit is granted, so the close guard lets it through. */
  quit: () => void;
  /** Epoch milliseconds; injectable for the lock-out. */
  now?: () => number;
  logger?: Logger;
}

/** Creates the kiosk service for `policy`. Outside kiosk mode `exit` always answers false. */
export function createKioskService(options: KioskServiceOptions): KioskController {
  const now = options.now ?? Date.now;
  const { exitPinHash, enabled } = options.policy.kiosk;
  let granted = !enabled;
  let failures = 0;
  let lockedUntil = 0;
  // Attempts run one at a time, so parallel guesses cannot slip past the failure count.
  let previous: Promise<unknown> = Promise.resolve();

  function grant(reason: string): void {
    granted = true;
    options.logger?.info('kiosk exit granted', { reason });
  }

  async function attempt(pin: string, pinHash: string): Promise<boolean> {
    if (now() < lockedUntil) {
      options.logger?.warn('kiosk exit refused: locked out after wrong PINs');
      return false;
    }
    if (!(await verifyExitPin(pin, pinHash))) {
      failures += 1;
      if (failures >= MAX_PIN_FAILURES) {
        failures = 0;
        lockedUntil = now() + PIN_LOCKOUT_MS;
      }
      options.logger?.warn('kiosk exit refused: wrong PIN', { failures });
      return false;
    }
    failures = 0;
    grant('admin PIN');
    options.quit();
    return true;
  }

  return {
    isExitGranted: () => granted,
    allowExit: grant,
    exit(pin: string): Promise<boolean> {
      if (!enabled || exitPinHash === null) return Promise.resolve(false);
      const result = previous.then(() => attempt(pin, exitPinHash));
      previous = result.catch(() => undefined);
      return result;
    },
  };
}
