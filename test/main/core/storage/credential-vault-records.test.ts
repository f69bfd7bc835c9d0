/**
 * What the vault accepts as a stored record and as decrypted content: a record
 * of the wrong shape is backed up and reset (never half-read), content that
 * is not a complete credential is "damaged", and the hint needs 8 characters.
 */
import { CredentialVault, credentialHint } from '../../../../main/core/storage/credential-vault';
import { createFakeCipher } from '../../../fixtures/fake-cipher';
import { MemoryStore } from '../../../fixtures/memory-store';
import { vaultBinding } from '../../../fixtures/vault-binding';

const GOOD = { kind: 'apiKey', hint: '••••WXYZ', cipherText: 'v1:abc', updatedAt: '2026-01-02T03:04:05.000Z' };

function open(record?: unknown) {
  const store = new MemoryStore(record === undefined ? {} : { credential: record });
  const cipher = createFakeCipher();
  return { store, cipher, vault: new CredentialVault({ store, cipher, allowInsecureStorage: false, ...vaultBinding() }) };
}

test('the hint shows the last 4 characters from 8 characters up, and nothing below', () => {
  expect(credentialHint({ kind: 'apiKey', apiKey: '12345678' })).toBe('••••5678');
  expect(credentialHint({ kind: 'apiKey', apiKey: '1234567' })).toBeNull();
  expect(credentialHint({ kind: 'oauth', clientId: 'client-0042', clientSecret: 'x' })).toBe('••••0042');
});

test('no record: nothing is reset and nothing is configured', () => {
  const { store, vault } = open();
  expect(vault.resetBackupPath).toBeNull();
  expect(store.backups).toBe(0);
  expect(vault.status().configured).toBe(false);
});

test('a well-formed record is kept as it is; a hint that is not text reads as none', () => {
  expect(open(GOOD).vault.resetBackupPath).toBeNull();
  expect(open(GOOD).vault.status()).toEqual({ configured: true, kind: 'apiKey', hint: '••••WXYZ', updatedAt: GOOD.updatedAt });
  expect(open({ ...GOOD, hint: 42 }).vault.status().hint).toBeNull();
  expect(open({ ...GOOD, kind: 'oauth' }).vault.status().kind).toBe('oauth');
});

test.each([
  ['null', null],
  ['an unknown kind', { ...GOOD, kind: 'password' }],
  ['ciphertext that is not text', { ...GOOD, cipherText: 123 }],
  ['ciphertext without the v1: prefix', { ...GOOD, cipherText: 'plain-key' }],
  ['no date', { ...GOOD, updatedAt: undefined }],
  ['a date that is not text', { ...GOOD, updatedAt: 20260102 }],
])('a record with %s is backed up and reset, and reads as not configured', (_name, record) => {
  const { store, vault } = open(record);
  expect(vault.resetBackupPath).toBe('memory.corrupt-1');
  expect(store.backups).toBe(1);
  expect(vault.status().configured).toBe(false);
});

test.each([
  ['not JSON', 'not json at all'],
  ['an API key that is not text', JSON.stringify({ kind: 'apiKey', apiKey: 42 })],
  ['an API-key record without the key', JSON.stringify({ kind: 'apiKey', clientId: 'a', clientSecret: 'b' })],
  ['OAuth without the client id', JSON.stringify({ kind: 'oauth', clientSecret: 'b' })],
  ['OAuth without the secret', JSON.stringify({ kind: 'oauth', clientId: 'a' })],
  ['OAuth with a secret that is not text', JSON.stringify({ kind: 'oauth', clientId: 'a', clientSecret: 1 })],
  ['an unknown kind', JSON.stringify({ kind: 'basic', apiKey: 'k', clientId: 'a', clientSecret: 'b' })],
])('decrypted content with %s is "damaged": a typed error asking to enter the credentials again', async (_name, plain) => {
  const { store, cipher, vault } = open();
  store.data.credential = { ...GOOD, cipherText: `v1:${await cipher.encrypt(plain)}` };
  await expect(vault.load()).rejects.toMatchObject({
    code: 'SECURE_STORAGE_UNAVAILABLE',
    message: 'The saved AutoGrab credentials are damaged. Enter them again.',
  });
});

test('complete OAuth content loads as exactly the OAuth credential', async () => {
  const { store, cipher, vault } = open();
  store.data.credential = { ...GOOD, kind: 'oauth', cipherText: `v1:${await cipher.encrypt(JSON.stringify({ kind: 'oauth', clientId: 'a', clientSecret: 'b', extra: 1 }))}` };
  expect(await vault.load()).toEqual({ kind: 'oauth', clientId: 'a', clientSecret: 'b' });
});

test('loading does not encrypt again unless the OS asks for it', async () => {
  const { cipher, vault } = open();
  await vault.save({ kind: 'apiKey', apiKey: 'sec_1234567890' });
  const before = cipher.encryptCalls;
  await vault.load();
  await vault.load();
  expect(cipher.encryptCalls).toBe(before);
});
