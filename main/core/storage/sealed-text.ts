/**
 * Text sealed with the OS secret store (the {@link SecretCipher} port): the
 * AutoGrab credential and customers' personal details both go through here,
 * so there is one ciphertext format (`v1:` + base64) and one rule for when
 * the OS store is good enough.
 */
import type { SecretCipher } from '../ports';

/** Ciphertext format written today; a future scheme gets a new prefix. */
export const SEALED_PREFIX = 'v1:';

/** Whether `value` looks like text this module sealed. */
export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(SEALED_PREFIX);
}

/** Encrypts `plainText` into the stored form. */
export async function seal(cipher: SecretCipher, plainText: string): Promise<string> {
  return SEALED_PREFIX + (await cipher.encrypt(plainText));
}

/** Decrypts the stored form; throws when the OS store cannot (keyring locked or changed). */
export async function unseal(cipher: SecretCipher, sealed: string): Promise<string> {
  if (!isSealed(sealed)) throw new Error('not sealed text');
  return cipher.decrypt(sealed.slice(SEALED_PREFIX.length));
}

/**
 * Whether the OS can keep sealed text secret: encryption is available and is
 * not Linux `basic_text` (a hard-coded key), unless the administrator's policy
 * accepts that.
 */
export async function secureStorageUsable(cipher: SecretCipher, allowInsecureStorage: boolean): Promise<boolean> {
  if (!(await cipher.isAvailable())) return false;
  return allowInsecureStorage || cipher.backend() !== 'basic_text';
}
