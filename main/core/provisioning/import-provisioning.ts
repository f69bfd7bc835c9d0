/**
 * Offline provisioning: on start, a `provisioning.json` beside the policy is
 * checked against AutoGrab, saved into the encrypted credential store and
 * deleted, so the plain-text secret lives on disk only until the first start.
 *
 * Decisions:
 * - Trust: the file must be owned by root (Administrators on Windows) or by
 *   the account the app runs as (the kiosk account, which must be able to
 *   delete it), and nobody else may write it; its folder follows the policy's
 *   folder rule. Anything else could be a credential planted by another user.
 * - Already imported (the store holds the same credential): just delete.
 * - AutoGrab rejects the credential: nothing is saved and the file stays, so
 *   the administrator can correct it; the notice says so.
 * - AutoGrab cannot be reached (kiosks often boot before the network): the
 *   credential is NOT made live. It is kept encrypted as *pending*, the file is
 *   deleted, a notice says so, and the next start with a network verifies it
 *   ({@link verifyPendingCredential}).
 * - Saving fails (e.g. no keyring): the file stays; the notice gives the fix.
 * - Whenever the file is still there afterwards, `kioskRefusal` says why, and
 *   the shell must not run kiosk mode: a kiosk never runs next to a
 *   plain-text credential.
 * Nothing here logs or returns the secret: logs carry the kind only.
 */
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Notice } from '../app-types';
import type { Credentials } from '../auth/credentials';
import type { AppError } from '../errors';
import type { Logger } from '../ports';
import { toAppError } from '../errors';
import type { ErrorCode } from '../errors';
import { adminControl, folderControlProblem, nodeFileAccess, readRegularFile } from '../policy/file-trust';
import type { AdminControlOptions, FileAccess, OwnerStats } from '../policy/file-trust';
import { parseProvisioningFile, sameCredential } from './provisioning-file';

/** What happened to the provisioning file. */
export type ProvisioningOutcome =
  | 'absent'
  | 'imported'
  | 'pending'
  | 'already-imported'
  | 'unreadable'
  | 'untrusted'
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

/** The store of a credential that was read but not yet verified with AutoGrab (encrypted, not live). */
export interface PendingCredentialStore {
  save(input: Credentials): Promise<unknown>;
  load(): Promise<Credentials | null>;
  remove(): unknown;
}

/** Ports and options of {@link importProvisioning}. */
export interface ProvisioningOptions extends Pick<AdminControlOptions, 'trustedOwnerUid' | 'readAcl'> {
  /** From `provisioningPathFor(policyPath, platform)`. */
  path: string;
  platform: NodeJS.Platform;
  /** Saves into the encrypted store (CredentialVault.save); throws a DealerDeskError on failure. */
  storeCredential(input: Credentials): Promise<unknown>;
  /** The credential in the store now (CredentialVault.load), or null. */
  loadStoredCredential(): Promise<Credentials | null>;
  /** Tests a candidate credential against AutoGrab without storing it. */
  verifyCredential(input: Credentials): Promise<{ ok: boolean; error: AppError | null }>;
  /** Where an unverified credential waits for the next start. */
  pending: PendingCredentialStore;
  /** The POSIX user the app runs as (it may own the file it deletes); `process.getuid()` when left out. */
  ownUid?: number;
  fileAccess?: FileAccess;
  removeFile?: (path: string) => Promise<void>;
  logger?: Logger;
}

/** AutoGrab said the credential itself is wrong (as opposed to "could not ask"). */
const REJECTED_CODES: readonly ErrorCode[] = ['AUTH_INVALID_KEY', 'AUTH_INVALID_CLIENT'];

/** Said when the app may not read the file: a secret must not be made readable by everyone. */
const UNREADABLE_ADVICE =
  'Dealer Desk, running as the kiosk user, is not allowed to read it. Make the kiosk user its owner with mode 600 ' +
  '(Windows: grant the kiosk account read and delete on the file); never make a credential file readable by every user';

function notice(kind: string, level: Notice['level'], message: string): Notice {
  return { id: `provisioning-${kind}`, level, kind: `provisioning-${kind}`, message };
}

/** What {@link inspectProvisioningFile} found, without asking AutoGrab anything. */
export type ProvisioningInspection =
  | { kind: 'absent' }
  | { kind: 'problem'; outcome: 'unreadable' | 'untrusted' | 'invalid'; message: string }
  | { kind: 'ok'; credential: Credentials; stats: OwnerStats };

/** The file checks shared by the import and the policy checker: readable, trusted, valid. */
export async function inspectProvisioningFile(
  options: Pick<ProvisioningOptions, 'path' | 'platform' | 'ownUid' | 'fileAccess' | 'trustedOwnerUid' | 'readAcl'>,
): Promise<ProvisioningInspection> {
  const access = options.fileAccess ?? nodeFileAccess;
  const read = await readRegularFile(options.path, options.platform, access, { unreadable: UNREADABLE_ADVICE });
  if (read.kind === 'absent') return { kind: 'absent' };
  if (read.kind === 'refused') return { kind: 'problem', outcome: 'unreadable', message: `The provisioning file could not be used: ${read.problem}.` };
  const ownUid = 'ownUid' in options ? options.ownUid : process.getuid?.();
  const untrusted =
    (await adminControl(options.path, read.stats, { ...options, extraOwnerUid: ownUid, allowDelete: true })) ??
    (await folderControlProblem((options.platform === 'win32' ? path.win32 : path.posix).dirname(options.path), { ...options, fileAccess: access }));
  if (untrusted) {
    return {
      kind: 'problem',
      outcome: 'untrusted',
      message: `The provisioning file was not used because someone other than an administrator could have written it: ${untrusted.message}.`,
    };
  }
  const credential = parseProvisioningFile(read.content);
  if ('problem' in credential) return { kind: 'problem', outcome: 'invalid', message: `The provisioning file is not valid: ${credential.problem}.` };
  return { kind: 'ok', credential, stats: read.stats };
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

  const inspection = await inspectProvisioningFile(options);
  if (inspection.kind === 'absent') return { outcome: 'absent', notices: [], kioskRefusal: null };
  if (inspection.kind === 'problem') return keep(inspection.outcome, inspection.outcome, inspection.message);
  const credential = inspection.credential;

  const stored = await options.loadStoredCredential().catch(() => null);
  if (sameCredential(stored, credential)) {
    logger?.info('provisioning credential already imported', { kind: credential.kind });
    return removeAfterImport(options, 'already-imported', []);
  }

  const verification = await verifySafely(options, credential);
  if (verification.outcome === 'rejected') {
    return keep('rejected', 'rejected', `AutoGrab did not accept the credential in the provisioning file (${verification.error.message}), so it was not saved.`);
  }
  try {
    if (verification.outcome === 'verified') {
      await options.storeCredential(credential);
      options.pending.remove();
    } else {
      await options.pending.save(credential);
    }
  } catch (error) {
    return keep('store-failed', 'store-failed', `The credential could not be saved securely: ${toAppError(error).message}`);
  }
  logger?.info('provisioning credential read', { kind: credential.kind, verified: verification.outcome === 'verified' });
  if (verification.outcome === 'verified') {
    return removeAfterImport(options, 'imported', [notice('imported', 'info', 'AutoGrab credentials from the provisioning file were checked and saved securely.')]);
  }
  return removeAfterImport(options, 'pending', [pendingNotice(verification.error)]);
}

/** The notice while a credential waits to be verified. */
function pendingNotice(error: AppError): Notice {
  return notice(
    'pending',
    'warning',
    `AutoGrab credentials from the provisioning file are stored securely but not in use yet, because AutoGrab could not be asked whether they work (${error.message}). ` +
      'Dealer Desk checks them again at the next start; until then it shows demo data.',
  );
}

type Verification = { outcome: 'verified' } | { outcome: 'rejected'; error: AppError } | { outcome: 'unreachable'; error: AppError };

async function verifySafely(options: Pick<ProvisioningOptions, 'verifyCredential'>, credential: Credentials): Promise<Verification> {
  const result = await options.verifyCredential(credential).catch((error: unknown) => ({ ok: false, error: toAppError(error) }));
  if (result.ok) return { outcome: 'verified' };
  const error = result.error ?? toAppError(null);
  return REJECTED_CODES.includes(error.code) ? { outcome: 'rejected', error } : { outcome: 'unreachable', error };
}

/**
 * At start, before provisioning: a credential left pending by an earlier
 * start is verified now. Verified → made live; rejected → dropped (the
 * administrator must provide a new file); still unreachable → stays pending.
 */
export async function verifyPendingCredential(
  options: Pick<ProvisioningOptions, 'pending' | 'verifyCredential' | 'storeCredential' | 'logger'>,
): Promise<Notice[]> {
  const credential = await options.pending.load().catch(() => null);
  if (!credential) return [];
  const verification = await verifySafely(options, credential);
  options.logger?.info('pending credential checked', { kind: credential.kind, outcome: verification.outcome });
  if (verification.outcome === 'unreachable') return [pendingNotice(verification.error)];
  if (verification.outcome === 'rejected') {
    options.pending.remove();
    return [
      notice(
        'rejected',
        'error',
        `AutoGrab did not accept the credential from the provisioning file (${verification.error.message}), so it was discarded. Place a corrected provisioning.json and restart Dealer Desk.`,
      ),
    ];
  }
  try {
    await options.storeCredential(credential);
  } catch (error) {
    return [notice('store-failed', 'error', `The credential could not be saved securely: ${toAppError(error).message}`)];
  }
  options.pending.remove();
  return [notice('imported', 'info', 'AutoGrab credentials from the provisioning file were checked and saved securely.')];
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
