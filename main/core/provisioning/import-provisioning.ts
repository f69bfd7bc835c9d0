/**
 * Offline provisioning: on start, a `provisioning.json` beside the policy is
 * checked against AutoGrab, saved into the encrypted credential store and
 * deleted, so the plain-text secret lives on disk only until the first start.
 *
 * Decisions:
 * - Already imported (the store holds the same credential): just delete.
 * - AutoGrab rejects the credential: nothing is saved and the file stays, so
 *   the administrator can correct it; the notice says so.
 * - AutoGrab cannot be reached (kiosks often boot before the network): the
 *   credential is saved and the file deleted; a warning says it is unverified.
 * - Saving fails (e.g. no keyring): the file stays; the notice gives the fix.
 * - Whenever the file is still there afterwards, `kioskRefusal` says why, and
 *   the shell must not run kiosk mode: a kiosk never runs next to a
 *   plain-text credential.
 * Nothing here logs or returns the secret: logs carry the kind only.
 */
import { unlink } from 'node:fs/promises';
import type { Notice } from '../app-types';
import type { Credentials } from '../auth/credentials';
import type { AppError } from '../errors';
import type { Logger } from '../ports';
import { toAppError } from '../errors';
import type { ErrorCode } from '../errors';
import { nodeFileAccess, readRegularFile } from '../policy/file-trust';
import type { FileAccess } from '../policy/file-trust';
import { parseProvisioningFile, sameCredential } from './provisioning-file';

/** What happened to the provisioning file. */
export type ProvisioningOutcome =
  | 'absent'
  | 'imported'
  | 'imported-unverified'
  | 'already-imported'
  | 'unreadable'
  | 'invalid'
  | 'rejected'
  | 'store-failed';

/** The outcome, what to show, and whether kiosk mode may run. */
export interface ProvisioningResult {
  outcome: ProvisioningOutcome;
  notices: Notice[];
  /** Set when the plain-text file is still on disk: the shell must not enter kiosk mode and shows this. */
  kioskRefusal: string | null;
}

/** Ports and options of {@link importProvisioning}. */
export interface ProvisioningOptions {
  /** From `provisioningPathFor(policyPath, platform)`. */
  path: string;
  platform: NodeJS.Platform;
  /** Saves into the encrypted store (CredentialVault.save); throws a DealerDeskError on failure. */
  storeCredential(input: Credentials): Promise<unknown>;
  /** The credential in the store now (CredentialVault.load), or null. */
  loadStoredCredential(): Promise<Credentials | null>;
  /** Tests a candidate credential against AutoGrab without storing it. */
  verifyCredential(input: Credentials): Promise<{ ok: boolean; error: AppError | null }>;
  fileAccess?: FileAccess;
  removeFile?: (path: string) => Promise<void>;
  logger?: Logger;
}

/** AutoGrab said the credential itself is wrong (as opposed to "could not ask"). */
const REJECTED_CODES: readonly ErrorCode[] = ['AUTH_INVALID_KEY', 'AUTH_INVALID_CLIENT'];

function notice(kind: string, level: Notice['level'], message: string): Notice {
  return { id: `provisioning-${kind}`, level, kind: `provisioning-${kind}`, message };
}

/** Imports the provisioning file at `options.path`, if there is one. Never throws. */
export async function importProvisioning(options: ProvisioningOptions): Promise<ProvisioningResult> {
  const { path: filePath, logger } = options;
  const keep = (outcome: ProvisioningOutcome, kind: string, reason: string): ProvisioningResult => {
    logger?.warn('provisioning file kept', { path: filePath, outcome });
    const message = `${reason} The file ${filePath} was left in place so an administrator can fix it, then restart Dealer Desk.`;
    return {
      outcome,
      notices: [notice(kind, 'error', message)],
      kioskRefusal: `Kiosk mode is off because ${filePath} still holds a credential in plain text. ${reason}`,
    };
  };

  const read = await readRegularFile(filePath, options.platform, options.fileAccess ?? nodeFileAccess);
  if (read.kind === 'absent') return { outcome: 'absent', notices: [], kioskRefusal: null };
  if (read.kind === 'refused') return keep('unreadable', 'unreadable', `The provisioning file could not be used: ${read.problem}.`);
  const credential = parseProvisioningFile(read.content);
  if ('problem' in credential) return keep('invalid', 'invalid', `The provisioning file is not valid: ${credential.problem}.`);

  const stored = await options.loadStoredCredential().catch(() => null);
  if (sameCredential(stored, credential)) {
    logger?.info('provisioning credential already imported', { kind: credential.kind });
    return removeAfterImport(options, 'already-imported', []);
  }

  const verification = await options.verifyCredential(credential).catch((error: unknown) => ({ ok: false, error: toAppError(error) }));
  const failure = verification.ok ? null : (verification.error ?? toAppError(null));
  if (failure && REJECTED_CODES.includes(failure.code)) {
    return keep('rejected', 'rejected', `AutoGrab did not accept the credential in the provisioning file (${failure.message}), so it was not saved.`);
  }
  try {
    await options.storeCredential(credential);
  } catch (error) {
    return keep('store-failed', 'store-failed', `The credential could not be saved securely: ${toAppError(error).message}`);
  }
  logger?.info('provisioning credential imported', { kind: credential.kind, verified: failure === null, code: failure?.code ?? null });
  const saved = failure
    ? notice('unverified', 'warning', `AutoGrab credentials from the provisioning file were saved, but could not be checked yet: ${failure.message}`)
    : notice('imported', 'info', 'AutoGrab credentials from the provisioning file were checked and saved securely.');
  return removeAfterImport(options, failure ? 'imported-unverified' : 'imported', [saved]);
}

async function removeAfterImport(options: ProvisioningOptions, outcome: ProvisioningOutcome, notices: Notice[]): Promise<ProvisioningResult> {
  try {
    await (options.removeFile ?? unlink)(options.path);
    options.logger?.info('provisioning file deleted', { path: options.path });
    return { outcome, notices, kioskRefusal: null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    options.logger?.error('provisioning file could not be deleted', { path: options.path, code });
    const reason =
      `The credential is saved securely, but Dealer Desk could not delete ${options.path} (${code}), which still holds it in plain text. ` +
      'Delete the file, or let Dealer Desk delete it (see "Offline provisioning" in docs/kiosk.md).';
    return {
      outcome,
      notices: [...notices, notice('not-deleted', 'error', reason)],
      kioskRefusal: `Kiosk mode is off because ${options.path} still holds a credential in plain text. ${reason}`,
    };
  }
}
