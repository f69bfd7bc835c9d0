/**
 * Fail closed: when a machine is meant to be a kiosk and its kiosk set-up
 * cannot be established, the app shows a locked "This kiosk needs attention
 * from IT" screen instead of an ordinary, unlocked window.
 *
 * The rule (docs/kiosk.md, "When the set-up fails"):
 * - **Meant to be a kiosk**: a policy file exists at the managed path (even
 *   one that was rejected: nobody can tell what it asked for), or this user
 *   profile ran as a kiosk before. The latter is remembered in the app's own
 *   store, so deleting the policy does not turn a kiosk into a workstation.
 * - **Kiosk**: the policy applied and asks for kiosk mode, and no plain-text
 *   provisioning file is left behind.
 * - **Workstation**: no policy and never a kiosk, or a policy that applied
 *   and turns kiosk mode off (the administrator's explicit decision; the
 *   memory is cleared).
 * - **Attention** otherwise: the screen names the file and the rule that
 *   failed. The exit PIN of the last good policy still works there.
 * A policy that applied last time but is now missing is reported (log and a
 * notice for the administrator) on a workstation too.
 */
import type { EffectivePolicy } from './effective-policy';
import type { LoadedPolicy } from './load-policy';

/** What failed, for the attention screen: the file, a stable rule code, and an English detail for the log. */
export interface KioskFailure {
  file: string;
  rule: string;
  detail: string;
}

/** How the app starts. */
export type KioskStartup =
  | { mode: 'workstation'; policyMissingSinceLastStart: boolean }
  | { mode: 'kiosk' }
  | { mode: 'attention'; failure: KioskFailure; exitPinHash: string | null };

/** What the store remembers between starts. */
interface Remembered {
  wasKiosk: boolean;
  policyApplied: boolean;
  exitPinHash: string | null;
}

const KEY = 'kioskIntent';

/** The part of a key-value store the memory needs (the storage folder's KeyValueStore fits). */
export interface MemoryStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** The app's memory of earlier starts (one record in the `kiosk-state` store). */
export class KioskMemory {
  constructor(private readonly store: MemoryStore) {}

  /** The last record, or the first-start defaults when there is none or it is unreadable. */
  read(): Remembered {
    const value = this.store.get(KEY) as Partial<Remembered> | undefined;
    return {
      wasKiosk: value?.wasKiosk === true,
      policyApplied: value?.policyApplied === true,
      exitPinHash: typeof value?.exitPinHash === 'string' ? value.exitPinHash : null,
    };
  }

  write(value: Remembered): void {
    this.store.set(KEY, value);
  }
}

/** Inputs of {@link decideKioskStartup}. */
export interface KioskStartupInputs {
  policyPath: string;
  loaded: Pick<LoadedPolicy, 'status' | 'problems' | 'policy'>;
  /** Why provisioning refuses kiosk mode (a plain-text credential is left), or null. */
  provisioningFailure: KioskFailure | null;
  memory: KioskMemory;
}

function remembered(policy: EffectivePolicy, previous: Remembered): Remembered {
  return { wasKiosk: policy.kiosk.enabled, policyApplied: true, exitPinHash: policy.kiosk.exitPinHash ?? (policy.kiosk.enabled ? previous.exitPinHash : null) };
}

/** Decides how to start and updates the memory. */
export function decideKioskStartup(inputs: KioskStartupInputs): KioskStartup {
  const previous = inputs.memory.read();
  const { loaded } = inputs;
  if (loaded.status === 'applied') {
    inputs.memory.write(remembered(loaded.policy, previous));
    if (!loaded.policy.kiosk.enabled) return { mode: 'workstation', policyMissingSinceLastStart: false };
    if (inputs.provisioningFailure) return { mode: 'attention', failure: inputs.provisioningFailure, exitPinHash: loaded.policy.kiosk.exitPinHash ?? previous.exitPinHash };
    return { mode: 'kiosk' };
  }
  if (loaded.status === 'rejected') {
    // Meant to be a kiosk: the file is there. Remember it, keeping the last good PIN.
    inputs.memory.write({ ...previous, wasKiosk: true });
    const first = loaded.problems[0];
    return {
      mode: 'attention',
      failure: { file: inputs.policyPath, rule: first?.rule ?? 'invalid', detail: first?.message ?? 'the policy was rejected' },
      exitPinHash: previous.exitPinHash,
    };
  }
  // No policy file.
  if (previous.wasKiosk) {
    return {
      mode: 'attention',
      failure: { file: inputs.policyPath, rule: 'missing', detail: 'this computer ran as a kiosk, but its policy file is gone' },
      exitPinHash: previous.exitPinHash,
    };
  }
  const missingSinceLastStart = previous.policyApplied;
  if (missingSinceLastStart) inputs.memory.write({ ...previous, policyApplied: false });
  return { mode: 'workstation', policyMissingSinceLastStart: missingSinceLastStart };
}
