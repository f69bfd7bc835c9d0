/**
 * The administrator's one-time provisioning file at start-up: verified against
 * the configured AutoGrab server, imported into the vault and deleted (see
 * main/core/provisioning). Decides whether a kiosk may run.
 */
import type { Notice } from '../core/app-types';
import type { Credentials } from '../core/auth/credentials';
import type { AppError } from '../core/errors';
import type { Logger } from '../core/ports';
import { importProvisioning } from '../core/provisioning/import-provisioning';
import type { CredentialVault } from '../core/storage/credential-vault';

/** What the import needs from the backend. */
export interface ProvisionOptions {
  path: string;
  vault: CredentialVault;
  verifyCredential: (credentials: Credentials) => Promise<{ ok: boolean; error: AppError | null }>;
  notify: (notice: Omit<Notice, 'id'>) => void;
  logger: Logger;
  /** Whether the policy asks for kiosk mode: only a kiosk is refused when the import fails. */
  kioskRequested: boolean;
}

/** Imports the provisioning file; resolves false when kiosk mode must be refused. */
export async function provisionCredential(options: ProvisionOptions): Promise<boolean> {
  const { vault, notify } = options;
  const outcome = await importProvisioning({
    path: options.path,
    platform: process.platform,
    storeCredential: (input) => vault.save(input),
    loadStoredCredential: () => vault.load(),
    verifyCredential: options.verifyCredential,
    logger: options.logger,
  });
  for (const notice of outcome.notices) notify(notice);
  if (outcome.kioskRefusal === null) return true;
  // Only a kiosk is refused; on a workstation the provisioning notice alone says what to fix.
  if (options.kioskRequested) notify({ level: 'error', kind: 'kiosk-refused', message: outcome.kioskRefusal });
  return false;
}
