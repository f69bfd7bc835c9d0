/**
 * Finds, trusts and validates the administrator's policy file. Never throws and
 * never half-applies: the result is either the whole file's policy or
 * {@link NO_POLICY}, plus a notice saying why a present file was ignored.
 */
import type { Notice } from '../app-types';
import type { Logger } from '../ports';
import type { EffectivePolicy } from './effective-policy';
import { NO_POLICY } from './effective-policy';
import { adminControlProblem, nodeFileAccess, readRegularFile } from './file-trust';
import type { AdminControlOptions, FileAccess } from './file-trust';
import { policyFileSchema, toEffectivePolicy } from './policy-schema';
import { describeFirstIssue } from './zod-messages';

/** Inputs of {@link loadPolicy}. */
export interface LoadPolicyOptions extends Pick<AdminControlOptions, 'trustedOwnerUid' | 'readAcl'> {
  /** From {@link policyPathFor}. */
  path: string;
  /** Development builds skip the owner checks, so a developer can try a policy without root. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  fileAccess?: FileAccess;
  logger?: Logger;
}

/** The policy in force and what to tell the user about it. */
export interface LoadedPolicy {
  policy: EffectivePolicy;
  notices: Notice[];
}

/** Notice kinds, stable for translation. */
export const POLICY_NOTICE_KINDS = { untrusted: 'policy-untrusted', invalid: 'policy-invalid' } as const;

function ignored(kind: string, filePath: string, reason: string, logger: Logger | undefined): LoadedPolicy {
  const message = `The administrator policy ${filePath} was ignored: ${reason}. Dealer Desk is running without it; ask your IT administrator to fix the file.`;
  logger?.warn('policy ignored', { path: filePath, reason });
  return { policy: NO_POLICY, notices: [{ id: kind, level: 'error', kind, message }] };
}

/** Loads the policy at `options.path`; an absent file is simply {@link NO_POLICY}. */
export async function loadPolicy(options: LoadPolicyOptions): Promise<LoadedPolicy> {
  const { path: filePath, logger } = options;
  const read = await readRegularFile(filePath, options.platform, options.fileAccess ?? nodeFileAccess);
  if (read.kind === 'absent') {
    logger?.info('no policy file', { path: filePath });
    return { policy: NO_POLICY, notices: [] };
  }
  if (read.kind === 'refused') return ignored(POLICY_NOTICE_KINDS.untrusted, filePath, read.problem, logger);
  if (options.isPackaged) {
    const problem = await adminControlProblem(filePath, read.stats, options);
    if (problem) return ignored(POLICY_NOTICE_KINDS.untrusted, filePath, problem, logger);
  }
  let json: unknown;
  try {
    json = JSON.parse(read.content);
  } catch {
    // JSON.parse messages quote the text around the fault; never pass them on.
    return ignored(POLICY_NOTICE_KINDS.invalid, filePath, 'it is not valid JSON', logger);
  }
  const parsed = policyFileSchema.safeParse(json);
  if (!parsed.success) return ignored(POLICY_NOTICE_KINDS.invalid, filePath, describeFirstIssue(parsed.error), logger);
  const policy = toEffectivePolicy(parsed.data);
  logger?.info('policy loaded', { path: filePath, kiosk: policy.kiosk.enabled, locked: policy.lockedSettings });
  return { policy, notices: [] };
}
