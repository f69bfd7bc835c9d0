/**
 * The administrator's one-time provisioning file at start-up: a credential
 * left pending by an earlier start is verified first, then the file is
 * verified against the configured AutoGrab server, imported into the vault and
 * deleted (see main/core/provisioning). Says why a kiosk may not run.
 */
import type { Notice } from '../core/app-types';
import type { Credentials } from '../core/auth/credentials';
import type { AppError } from '../core/errors';
import type { KioskFailure } from '../core/policy/kiosk-intent';
import type { Logger } from '../core/ports';
import { importProvisioning, verifyPendingCredential } from '../core/provisioning/import-provisioning';
import type { CredentialVault } from '../core/storage/credential-vault';

/** What the import needs from the backend. */
export interface ProvisionOptions {
  path: string;
  vault: CredentialVault;
  /** Where a credential AutoGrab could not be asked about waits, encrypted and not in use. */
  pending: CredentialVault;
  verifyCredential: (credentials: Credentials) => Promise<{ ok: boolean; error: AppError | null }>;
  notify: (notice: Omit<Notice, 'id'>) => void;
  logger: Logger;
}

/** Imports the provisioning file; resolves to why a kiosk may not run (a plain-text credential is left), or null. */
export async function provisionCredential(options: ProvisionOptions): Promise<KioskFailure | null> {
  const { vault, notify, path } = options;
  const ports = { storeCredential: (input: Credentials) => vault.save(input), verifyCredential: options.verifyCredential, pending: options.pending, logger: options.logger };
  for (const notice of await verifyPendingCredential(ports)) notify(notice);
  const outcome = await importProvisioning({ ...ports, path, platform: process.platform, loadStoredCredential: () => vault.load() });
  for (const notice of outcome.notices) notify(notice);
  return outcome.kioskRefusal === null ? null : { file: path, rule: `provisioning-${outcome.outcome}`, detail: outcome.kioskRefusal };
}
