/**
 * How the backend starts: workstation, kiosk, or the locked attention state of
 * a kiosk whose set-up failed (the rule is in main/core/policy/kiosk-intent.ts).
 * Tells the user and the log what happened.
 */
import type { Notice } from '../core/app-types';
import type { EffectivePolicy } from '../core/policy/effective-policy';
import { decideKioskStartup } from '../core/policy/kiosk-intent';
import type { KioskFailure, KioskMemory, KioskStartup } from '../core/policy/kiosk-intent';
import type { LoadedPolicy } from '../core/policy/load-policy';
import type { Logger } from '../core/ports';

/** The policy file as loaded by the host (main/index.ts). */
export interface PolicyFileFacts {
  path: string;
  loaded: Pick<LoadedPolicy, 'status' | 'problems'>;
}

/** Inputs of {@link kioskStartup}. */
export interface KioskStartupOptions {
  policy: EffectivePolicy;
  /** Without it (tests, the Chromium harness) the policy alone decides. */
  policyFile: PolicyFileFacts | undefined;
  provisioningFailure: KioskFailure | null;
  memory: () => KioskMemory;
  notify: (notice: Omit<Notice, 'id'>) => void;
  logger: Logger;
}

function decide(options: KioskStartupOptions): KioskStartup {
  const { policy, policyFile, provisioningFailure: failure } = options;
  if (!policyFile) {
    if (!policy.kiosk.enabled) return { mode: 'workstation', policyMissingSinceLastStart: false };
    return failure ? { mode: 'attention', failure, exitPinHash: policy.kiosk.exitPinHash } : { mode: 'kiosk' };
  }
  return decideKioskStartup({ policyPath: policyFile.path, loaded: { ...policyFile.loaded, policy }, provisioningFailure: failure, memory: options.memory() });
}

/** Decides the start-up mode and reports it: `policy-missing` on a workstation, `kiosk-attention` when locked. */
export function kioskStartup(options: KioskStartupOptions): KioskStartup {
  const startup = decide(options);
  if (startup.mode === 'workstation' && startup.policyMissingSinceLastStart) {
    options.notify({
      level: 'warning',
      kind: 'policy-missing',
      message: `The administrator policy ${options.policyFile?.path ?? ''} applied the last time Dealer Desk started, but it is missing now, so nothing is locked. If that is not intended, ask your IT administrator.`,
    });
  }
  if (startup.mode === 'attention') {
    const { file, rule, detail } = startup.failure;
    options.logger.error('kiosk needs attention', { file, rule, detail });
    options.notify({ level: 'error', kind: 'kiosk-attention', message: `This kiosk needs attention from IT: ${file} (${rule}): ${detail}` });
  }
  return startup;
}
