import { CredentialVault, SECURE_STORAGE_HELP } from '../../../../main/core/storage/credential-vault';
import { DealerDeskError } from '../../../../main/core/errors';
import { createFakeCipher } from '../../../fixtures/fake-cipher';
import { MemoryStore } from '../../../fixtures/memory-store';
import { vaultBinding } from '../../../fixtures/vault-binding';

const API_KEY = 'sec_test1234567890abcdWXYZ';

function vault(options: { backend?: string; available?: boolean; allowInsecure?: boolean } = {}) {
  const store = new MemoryStore();
  const cipher = createFakeCipher({ backend: options.backend, available: options.available });
  const created = new CredentialVault({ store, cipher, allowInsecureStorage: options.allowInsecure ?? false, ...vaultBinding(), now: () => new Date('2026-01-02T03:04:05Z') });
  return { store, cipher, vault: created };
}

describe('credential vault', () => {
  test('an API key round-trips through the cipher and only a hint is visible', async () => {
    const { vault: v, store } = vault();
    const status = await v.save({ kind: 'apiKey', apiKey: API_KEY });
    expect(status).toEqual({ configured: true, kind: 'apiKey', hint: '••••WXYZ', updatedAt: '2026-01-02T03:04:05.000Z' });
    expect(await v.load()).toEqual({ kind: 'apiKey', apiKey: API_KEY });
    const stored = JSON.stringify(store.data);
    expect(stored).not.toContain(API_KEY);
    expect(stored).toMatch(/"cipherText":"v1:[A-Za-z0-9+/=]+"/);
  });

  test('OAuth credentials round-trip; neither the client id nor the secret is stored in clear', async () => {
    const { vault: v, store } = vault();
    await v.save({ kind: 'oauth', clientId: 'client-abcdef-1234', clientSecret: 'very-secret-value-99' });
    expect(v.status()).toMatchObject({ configured: true, kind: 'oauth', hint: '••••1234' });
    expect(await v.load()).toEqual({ kind: 'oauth', clientId: 'client-abcdef-1234', clientSecret: 'very-secret-value-99' });
    expect(JSON.stringify(store.data)).not.toContain('very-secret-value-99');
    expect(JSON.stringify(store.data)).not.toContain('client-abcdef-1234');
  });

  test('short values get no hint at all', async () => {
    const { vault: v } = vault();
    expect((await v.save({ kind: 'apiKey', apiKey: 'abc12' })).hint).toBeNull();
  });

  test('on a Linux machine with only basic_text storage, saving is refused with the fix', async () => {
    const { vault: v, store, cipher } = vault({ backend: 'basic_text' });
    await expect(v.save({ kind: 'apiKey', apiKey: API_KEY })).rejects.toMatchObject({ code: 'SECURE_STORAGE_UNAVAILABLE', message: SECURE_STORAGE_HELP });
    expect(SECURE_STORAGE_HELP).toMatch(/gnome-keyring/);
    expect(cipher.encryptCalls).toBe(0);
    expect(store.data).toEqual({});
    expect(await v.secureStorageAvailable()).toBe(false);
  });

  test('policy allowInsecureSecretStorage lets basic_text store (still as ciphertext)', async () => {
    const { vault: v, store } = vault({ backend: 'basic_text', allowInsecure: true });
    await v.save({ kind: 'apiKey', apiKey: API_KEY });
    expect(JSON.stringify(store.data)).not.toContain(API_KEY);
    expect(await v.load()).toEqual({ kind: 'apiKey', apiKey: API_KEY });
  });

  test('no encryption at all is refused even with the policy switch', async () => {
    const { vault: v } = vault({ available: false, allowInsecure: true });
    await expect(v.save({ kind: 'apiKey', apiKey: API_KEY })).rejects.toMatchObject({ code: 'SECURE_STORAGE_UNAVAILABLE' });
  });

  test('a ciphertext this computer cannot decrypt is a typed error without the ciphertext', async () => {
    const { vault: v, store } = vault();
    await v.save({ kind: 'apiKey', apiKey: API_KEY });
    (store.data.credential as { cipherText: string }).cipherText = 'v1:!!!not-base64!!!';
    const error = await v.load().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SECURE_STORAGE_UNAVAILABLE' });
    expect(JSON.stringify(error)).not.toContain('not-base64');
  });

  test('a decrypt that throws (the OS rotated its key) is a typed error that says what to do, never the raw error', async () => {
    const store = new MemoryStore();
    const cipher = createFakeCipher();
    const v = new CredentialVault({ store, cipher, allowInsecureStorage: false, ...vaultBinding() });
    await v.save({ kind: 'apiKey', apiKey: API_KEY });
    cipher.decryptError = new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    const error = await v.load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DealerDeskError);
    expect(error).toMatchObject({ code: 'SECURE_STORAGE_UNAVAILABLE', message: expect.stringMatching(/cannot be unlocked on this computer.*enter the credentials again/) });
    expect((error as Error).message).not.toContain('safeStorage');
    // The record is kept: unlocking the keyring brings it back.
    cipher.decryptError = null;
    expect(await v.load()).toEqual({ kind: 'apiKey', apiKey: API_KEY });
  });

  test('a hand-edited record is backed up and reset, not silently ignored', () => {
    const store = new MemoryStore({ credential: { kind: 'apiKey', cipherText: 'plain-text-key' } });
    const v = new CredentialVault({ store, cipher: createFakeCipher(), allowInsecureStorage: false, ...vaultBinding() });
    expect(v.resetBackupPath).toBe('memory.corrupt-1');
    expect(v.status().configured).toBe(false);
  });

  test('remove forgets the credential', async () => {
    const { vault: v } = vault();
    await v.save({ kind: 'apiKey', apiKey: API_KEY });
    expect(v.remove()).toEqual({ configured: false, kind: null, hint: null, updatedAt: null });
    expect(await v.load()).toBeNull();
  });

  test('when the OS rotated its key, the credential is encrypted again', async () => {
    const store = new MemoryStore();
    const base = createFakeCipher();
    let hint = false;
    const cipher = { ...base, takeReEncryptHint: () => hint };
    const v = new CredentialVault({ store, cipher, allowInsecureStorage: false, ...vaultBinding() });
    await v.save({ kind: 'apiKey', apiKey: API_KEY });
    const before = base.encryptCalls;
    hint = true;
    await v.load();
    hint = false;
    expect(base.encryptCalls).toBe(before + 1);
  });
});

describe('credential binding', () => {
  function boundVault(store: MemoryStore, baseUrl: { current: string }) {
    return new CredentialVault({
      store,
      cipher: createFakeCipher(),
      allowInsecureStorage: false,
      target: () => ({ apiOrigin: new URL(baseUrl.current).origin, tokenOrigin: new URL(baseUrl.current).origin }),
      trustedOrigins: ['https://api.autograb.com.au', 'https://api.autograb.co.uk'],
    });
  }

  test('the credential is handed out only for the address it was saved for (or AutoGrab\'s own)', async () => {
    const address = { current: 'https://proxy.dealer.example' };
    const v = boundVault(new MemoryStore(), address);
    await v.save({ kind: 'apiKey', apiKey: API_KEY });
    address.current = 'https://api.autograb.co.uk';
    expect(await v.load()).toEqual({ kind: 'apiKey', apiKey: API_KEY });
    address.current = 'https://evil.example';
    await expect(v.load()).rejects.toMatchObject({ code: 'AUTH_NOT_CONFIGURED', field: 'baseUrl' });
    expect(() => v.assertUsableAt({ apiOrigin: 'https://evil.example', tokenOrigin: 'https://proxy.dealer.example' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', field: 'baseUrl' }),
    );
    expect(() => v.assertUsableAt({ apiOrigin: 'https://proxy.dealer.example', tokenOrigin: 'https://evil.example' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', field: 'tokenUrl' }),
    );
  });

  test('editing the clear copy of the binding does not move the credential: the encrypted one decides', async () => {
    const address = { current: 'https://proxy.dealer.example' };
    const store = new MemoryStore();
    const v = boundVault(store, address);
    await v.save({ kind: 'apiKey', apiKey: API_KEY });
    (store.data.credential as { boundTo: unknown }).boundTo = { apiOrigin: 'https://evil.example', tokenOrigin: 'https://evil.example' };
    address.current = 'https://evil.example';
    await expect(v.load()).rejects.toMatchObject({ code: 'AUTH_NOT_CONFIGURED' });
  });

  test('a credential saved before binding existed is bound to the address it is first used with', async () => {
    const address = { current: 'https://proxy.dealer.example' };
    const store = new MemoryStore();
    const cipher = createFakeCipher();
    const legacy = { kind: 'apiKey', hint: null, updatedAt: '2026-01-01T00:00:00.000Z', cipherText: `v1:${await cipher.encrypt(JSON.stringify({ kind: 'apiKey', apiKey: API_KEY }))}` };
    store.data.credential = legacy;
    const v = boundVault(store, address);
    expect(await v.load()).toEqual({ kind: 'apiKey', apiKey: API_KEY });
    expect(store.data.credential).toMatchObject({ boundTo: { apiOrigin: 'https://proxy.dealer.example' } });
    address.current = 'https://evil.example';
    await expect(v.load()).rejects.toMatchObject({ code: 'AUTH_NOT_CONFIGURED' });
  });
});

describe('what the screen is told (reason codes the renderer words)', () => {
  const DEALER = 'https://proxy.dealer.example';
  const at = (origin: string) => ({ apiOrigin: origin, tokenOrigin: origin });

  function dealerVault(store = new MemoryStore(), cipher = createFakeCipher()) {
    return new CredentialVault({ store, cipher, allowInsecureStorage: false, ...vaultBinding(DEALER) });
  }

  test('no secure storage: storage.secureStorageMissing', async () => {
    const v = new CredentialVault({ store: new MemoryStore(), cipher: createFakeCipher({ backend: 'basic_text' }), allowInsecureStorage: false, ...vaultBinding() });
    await expect(v.save({ kind: 'apiKey', apiKey: API_KEY })).rejects.toMatchObject({ code: 'SECURE_STORAGE_UNAVAILABLE', reason: 'storage.secureStorageMissing' });
  });

  test('a credential saved for a dealer address loads there, and only there', async () => {
    const v = dealerVault();
    await v.save({ kind: 'apiKey', apiKey: API_KEY });
    expect(await v.load()).toEqual({ kind: 'apiKey', apiKey: API_KEY });
    expect(() => v.assertUsableAt(at(DEALER))).not.toThrow();
  });

  test('moving the address away from a stored credential is refused naming the setting and the new origin', async () => {
    const v = dealerVault();
    expect(() => v.assertUsableAt(at('https://evil.example'))).not.toThrow();
    await v.save({ kind: 'apiKey', apiKey: API_KEY });
    expect(() => v.assertUsableAt(at('https://evil.example'))).toThrow(
      expect.objectContaining({ code: 'VALIDATION', field: 'baseUrl', reason: 'settings.credentialBound', params: { origin: 'https://evil.example' }, message: expect.stringContaining('address change refused') }),
    );
  });

  test('a credential asked for at another address: storage.credentialsOtherAddress with that origin', async () => {
    const store = new MemoryStore();
    await dealerVault(store).save({ kind: 'apiKey', apiKey: API_KEY });
    const moved = new CredentialVault({ store, cipher: createFakeCipher(), allowInsecureStorage: false, ...vaultBinding('https://evil.example') });
    await expect(moved.load()).rejects.toMatchObject({
      code: 'AUTH_NOT_CONFIGURED',
      field: 'baseUrl',
      reason: 'storage.credentialsOtherAddress',
      params: { origin: 'https://evil.example' },
      message: expect.stringContaining('saved for another address'),
    });
  });

  test('a keyring that cannot decrypt: storage.credentialsLocked; decrypted content that is not a credential: storage.credentialsDamaged', async () => {
    const store = new MemoryStore();
    const cipher = createFakeCipher();
    await dealerVault(store, cipher).save({ kind: 'apiKey', apiKey: API_KEY });
    cipher.decryptError = new Error('key rotated');
    await expect(dealerVault(store, cipher).load()).rejects.toMatchObject({ code: 'SECURE_STORAGE_UNAVAILABLE', reason: 'storage.credentialsLocked' });
    cipher.decryptError = null;
    (store.data.credential as { cipherText: string }).cipherText = `v1:${await cipher.encrypt('{"kind":"apiKey"}')}`;
    await expect(dealerVault(store, cipher).load()).rejects.toMatchObject({ code: 'SECURE_STORAGE_UNAVAILABLE', reason: 'storage.credentialsDamaged' });
  });

  test('a clear copy of the binding that is not a binding is ignored: the address in use decides', async () => {
    const store = new MemoryStore();
    await dealerVault(store).save({ kind: 'apiKey', apiKey: API_KEY });
    (store.data.credential as { boundTo: unknown }).boundTo = 'anywhere';
    expect(() => dealerVault(store).assertUsableAt(at(DEALER))).not.toThrow();
  });
});
