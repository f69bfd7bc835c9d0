/**
 * {@link SecretCipher} over Electron's safeStorage, using the asynchronous API
 * Electron 45 recommends (`encryptStringAsync`/`decryptStringAsync`;
 * the sync calls are deprecated). Ciphertext travels as base64 so it can live
 * in a JSON store. When the OS rotated its key, `decryptStringAsync` says
 * `shouldReEncrypt`; the vault then stores a fresh ciphertext.
 */
import type { SafeStorage } from 'electron';
import type { ReEncryptHint } from '../core/storage/credential-vault';
import type { SecretCipher } from '../core/ports';

/** The safeStorage calls used (a subset, so tests can pass a double). */
export type SafeStorageApi = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

/** A cipher over safeStorage. Call only after `app` is ready. */
export function createSafeStorageCipher(safeStorage: SafeStorageApi, platform: NodeJS.Platform = process.platform): SecretCipher & ReEncryptHint {
  let reEncrypt = false;
  return {
    isAvailable: () => safeStorage.isAsyncEncryptionAvailable(),
    // getSelectedStorageBackend exists on Linux only; elsewhere the OS store is always real.
    backend: () => (platform === 'linux' ? safeStorage.getSelectedStorageBackend() : platform === 'darwin' ? 'keychain' : 'dpapi'),
    encrypt: async (plainText) => (await safeStorage.encryptStringAsync(plainText)).toString('base64'),
    decrypt: async (cipherText) => {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(cipherText, 'base64'));
      reEncrypt ||= shouldReEncrypt;
      return result;
    },
    takeReEncryptHint: () => {
      const value = reEncrypt;
      reEncrypt = false;
      return value;
    },
  };
}
