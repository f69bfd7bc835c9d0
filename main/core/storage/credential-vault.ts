/**
 * The AutoGrab credential, encrypted at rest with the OS secret store.
 *
 * The whole credential (API key, or client id + secret) is stored as one
 * ciphertext with an algorithm-version prefix (`v1:` + base64, Bruno's
 * pattern, see sealed-text.ts), so a future scheme can be told apart. Only the kind, a 4-character
 * hint and the date are kept in clear, and only those ever reach the renderer.
 * When the OS offers no real secret storage (Linux `basic_text`: a hard-coded
 * key), saving is refused unless the administrator's policy allows it.
 *
 * The credential is bound to the origins it was saved for (see
 * credential-binding.ts): they are encrypted together with the secret, and
 * {@link CredentialVault.load} refuses to hand the secret out for any other
 * destination. A clear copy of the binding lets a settings change be checked
 * without decrypting; the encrypted one is what decides.
 */
import type { CredentialStatus } from '../app-types';
import type { Credentials } from '../auth/credentials';
import type { SecretCipher } from '../ports';
import { DealerDeskError } from '../errors';
import { isCredentialTarget, untrustedOrigin } from './credential-binding';
import type { CredentialTarget } from './credential-binding';
import type { KeyValueStore } from './key-value-store';
import { isSealed, seal, secureStorageUsable, unseal } from './sealed-text';

const RECORD_KEY = 'credential';

/** A cipher that can tell the vault the OS rotated its key (Electron's `shouldReEncrypt`). */
export interface ReEncryptHint {
  /** True once after a decrypt whose result should be encrypted again. */
  takeReEncryptHint(): boolean;
}

/** What the store file holds. */
interface StoredCredential {
  kind: Credentials['kind'];
  hint: string | null;
  cipherText: string;
  updatedAt: string;
  /** Where the credential may be sent (clear copy; records saved before binding existed have none). */
  boundTo?: CredentialTarget;
}

/** Shown when secure storage is missing; says how to fix it. */
export const SECURE_STORAGE_HELP =
  'This computer has no secure password store, so Dealer Desk will not save your AutoGrab credentials. ' +
  'Ask your IT team to install and unlock a keyring (for example gnome-keyring with libsecret), then enter the credentials again.';

/** The status of "nothing stored". */
export const NO_CREDENTIAL: CredentialStatus = Object.freeze({ configured: false, kind: null, hint: null, updatedAt: null });

/** `••••` + the last 4 characters, only when the value is long enough that 4 characters give nothing away. */
export function credentialHint(input: Credentials): string | null {
  const visible = input.kind === 'apiKey' ? input.apiKey : input.clientId;
  return visible.length >= 8 ? `••••${visible.slice(-4)}` : null;
}

/** Options of {@link CredentialVault}. */
export interface CredentialVaultOptions {
  store: KeyValueStore;
  cipher: SecretCipher & Partial<ReEncryptHint>;
  /** Policy `allowInsecureSecretStorage`: accept Linux `basic_text`. */
  allowInsecureStorage: boolean;
  /** Where the client would send the credential now (from the current settings). */
  target: () => CredentialTarget;
  /** Origins any credential may be sent to: AutoGrab's hosts and the policy's fixed addresses. */
  trustedOrigins: readonly string[];
  now?: () => Date;
}

/** Stores, reads and deletes the one AutoGrab credential. */
export class CredentialVault {
  /** Path of the backup when the stored record was unreadable (hand-edited) and has been reset; null otherwise. */
  readonly resetBackupPath: string | null = null;

  constructor(private readonly options: CredentialVaultOptions) {
    if (options.store.get(RECORD_KEY) !== undefined && this.record() === null) this.resetBackupPath = options.store.resetWithBackup();
  }

  /** Whether the OS can store the credential securely (or policy accepts that it cannot). */
  async secureStorageAvailable(): Promise<boolean> {
    return secureStorageUsable(this.options.cipher, this.options.allowInsecureStorage);
  }

  /** What the renderer may know: never the secret. */
  status(): CredentialStatus {
    const record = this.record();
    if (!record) return NO_CREDENTIAL;
    return { configured: true, kind: record.kind, hint: record.hint, updatedAt: record.updatedAt };
  }

  /** Encrypts and stores `input` for the current target, replacing any earlier credential. */
  async save(input: Credentials): Promise<CredentialStatus> {
    if (!(await this.secureStorageAvailable())) {
      throw new DealerDeskError('SECURE_STORAGE_UNAVAILABLE', SECURE_STORAGE_HELP, { reason: 'storage.secureStorageMissing' });
    }
    await this.write(input, this.options.target());
    return this.status();
  }

  /**
   * Throws `VALIDATION` (naming the setting) when the stored credential could
   * not be used at `target`: changing the address must not move the secret.
   * Nothing stored, or a trusted or saved-for address: no error.
   */
  assertUsableAt(target: CredentialTarget): void {
    const record = this.record();
    if (!record) return;
    const refused = untrustedOrigin(record.boundTo ?? this.options.target(), target, this.options.trustedOrigins);
    if (!refused) return;
    throw new DealerDeskError('VALIDATION', 'address change refused: a stored credential is bound to its address (new origin in params.origin)', {
      field: refused.setting,
      reason: 'settings.credentialBound',
      params: { origin: refused.origin },
    });
  }

  /**
   * Decrypts the stored credential; null when none is stored. Throws
   * `SECURE_STORAGE_UNAVAILABLE` when it cannot be decrypted on this computer
   * (keyring changed or locked).
   */
  async load(): Promise<Credentials | null> {
    const record = this.record();
    if (!record) return null;
    const { cipher } = this.options;
    let plain: string;
    try {
      plain = await unseal(cipher, record.cipherText);
    } catch {
      throw new DealerDeskError(
        'SECURE_STORAGE_UNAVAILABLE',
        'The saved AutoGrab credentials cannot be unlocked on this computer. Unlock the keyring, or enter the credentials again.',
        { reason: 'storage.credentialsLocked' },
      );
    }
    const parsed = parseCredential(plain);
    if (!parsed) {
      throw new DealerDeskError('SECURE_STORAGE_UNAVAILABLE', 'The saved AutoGrab credentials are damaged. Enter them again.', {
        reason: 'storage.credentialsDamaged',
      });
    }
    const { input, boundTo } = parsed;
    const target = this.options.target();
    // A record saved before binding existed is bound, once, to the address it is used with now.
    if (boundTo === null || cipher.takeReEncryptHint?.()) await this.write(input, boundTo ?? target);
    const refused = untrustedOrigin(boundTo ?? target, target, this.options.trustedOrigins);
    if (refused) {
      throw new DealerDeskError('AUTH_NOT_CONFIGURED', 'stored credential not sent: saved for another address (origin in params.origin)', {
        field: refused.setting,
        reason: 'storage.credentialsOtherAddress',
        params: { origin: refused.origin },
      });
    }
    return input;
  }

  private async write(input: Credentials, boundTo: CredentialTarget): Promise<void> {
    const cipherText = await seal(this.options.cipher, JSON.stringify({ ...input, boundTo }));
    const record: StoredCredential = {
      kind: input.kind,
      hint: credentialHint(input),
      cipherText,
      updatedAt: (this.options.now?.() ?? new Date()).toISOString(),
      boundTo,
    };
    this.options.store.set(RECORD_KEY, record);
  }

  /** Deletes the stored credential. */
  remove(): CredentialStatus {
    this.options.store.delete(RECORD_KEY);
    return NO_CREDENTIAL;
  }

  private record(): StoredCredential | null {
    const value = this.options.store.get(RECORD_KEY) as Partial<StoredCredential> | undefined;
    const valid =
      value !== undefined &&
      value !== null &&
      (value.kind === 'apiKey' || value.kind === 'oauth') &&
      isSealed(value.cipherText) &&
      typeof value.updatedAt === 'string';
    if (!valid) return null;
    const record: StoredCredential = { kind: value.kind!, hint: typeof value.hint === 'string' ? value.hint : null, cipherText: value.cipherText!, updatedAt: value.updatedAt! };
    if (isCredentialTarget(value.boundTo)) record.boundTo = value.boundTo;
    return record;
  }
}

/** The decrypted credential and the origins encrypted with it (null for records saved before binding existed). */
function parseCredential(plain: string): { input: Credentials; boundTo: CredentialTarget | null } | null {
  try {
    const value = JSON.parse(plain) as Record<string, unknown>;
    const boundTo = isCredentialTarget(value.boundTo) ? { apiOrigin: value.boundTo.apiOrigin, tokenOrigin: value.boundTo.tokenOrigin } : null;
    if (value.kind === 'apiKey' && typeof value.apiKey === 'string') return { input: { kind: 'apiKey', apiKey: value.apiKey }, boundTo };
    if (value.kind === 'oauth' && typeof value.clientId === 'string' && typeof value.clientSecret === 'string') {
      return { input: { kind: 'oauth', clientId: value.clientId, clientSecret: value.clientSecret }, boundTo };
    }
    return null;
  } catch {
    return null;
  }
}
