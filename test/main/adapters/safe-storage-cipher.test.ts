import { resetElectronDouble, safeStorage } from '../../mocks/electron';
import { createSafeStorageCipher } from '../../../main/adapters/safe-storage-cipher';
import type { SafeStorageApi } from '../../../main/adapters/safe-storage-cipher';
import { CredentialVault } from '../../../main/core/storage/credential-vault';
import { MemoryStore } from '../../fixtures/memory-store';
import { vaultBinding } from '../../fixtures/vault-binding';

const double = safeStorage;
/** The double, typed as the Electron API the adapter expects. */
const api = safeStorage as unknown as SafeStorageApi;

beforeEach(() => (resetElectronDouble as () => void)());

describe('safeStorage cipher (Electron 45 async API)', () => {
  test('round-trips through encryptStringAsync/decryptStringAsync as base64 without the plain text', async () => {
    const cipher = createSafeStorageCipher(api, 'linux');
    const encrypted = await cipher.encrypt('sec_round_trip_value');
    expect(encrypted).toMatch(/^[A-Za-z0-9+/=]+$/);
    expect(Buffer.from(encrypted, 'base64').toString()).not.toContain('sec_round_trip_value');
    expect(await cipher.decrypt(encrypted)).toBe('sec_round_trip_value');
    expect(safeStorage.encryptStringAsync).toHaveBeenCalled();
    expect(safeStorage.decryptStringAsync).toHaveBeenCalled();
    expect(await cipher.isAvailable()).toBe(true);
    expect(safeStorage.isAsyncEncryptionAvailable).toHaveBeenCalled();
  });

  test('the Linux backend is reported (basic_text means no keyring); other systems use their OS store', () => {
    double.backend = 'basic_text';
    expect(createSafeStorageCipher(api, 'linux').backend()).toBe('basic_text');
    expect(createSafeStorageCipher(api, 'darwin').backend()).toBe('keychain');
    expect(createSafeStorageCipher(api, 'win32').backend()).toBe('dpapi');
  });

  test('shouldReEncrypt makes the vault store a fresh ciphertext', async () => {
    const store = new MemoryStore();
    const vault = new CredentialVault({ store, cipher: createSafeStorageCipher(api, 'linux'), allowInsecureStorage: false, ...vaultBinding() });
    await vault.save({ kind: 'apiKey', apiKey: 'sec_rotate_me_123456' });
    const calls = double.encryptStringAsync.mock.calls.length;
    double.reEncrypt = true;
    expect(await vault.load()).toEqual({ kind: 'apiKey', apiKey: 'sec_rotate_me_123456' });
    expect(double.encryptStringAsync.mock.calls.length).toBe(calls + 1);
    double.reEncrypt = false;
    await vault.load();
    expect(double.encryptStringAsync.mock.calls.length).toBe(calls + 1);
  });
});
