/**
 * Sealed text: only text in the `v1:` format is ever handed to the OS for
 * decryption, so clear text planted in a store file is never taken for a secret.
 */
import { isSealed, seal, unseal } from '../../../../main/core/storage/sealed-text';
import { createFakeCipher } from '../../../fixtures/fake-cipher';

test('text without the v1: prefix is refused before the OS store is asked', async () => {
  const cipher = createFakeCipher();
  await expect(unseal(cipher, 'sec_planted_in_clear')).rejects.toThrow('not sealed text');
  expect(cipher.decryptCalls).toBe(0);
  expect(isSealed('sec_planted_in_clear')).toBe(false);
  expect(isSealed(42)).toBe(false);
});

test('sealed text opens again', async () => {
  const cipher = createFakeCipher();
  const sealed = await seal(cipher, 'Siti 012-345 6789');
  expect(isSealed(sealed)).toBe(true);
  expect(await unseal(cipher, sealed)).toBe('Siti 012-345 6789');
});
