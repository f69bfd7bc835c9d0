import { hashExitPin, parsePinHash, verifyExitPin } from '../../../main/core/policy/exit-pin';

describe('exit PIN hashing', () => {
  test('a hashed PIN verifies; a wrong PIN does not', async () => {
    const hash = await hashExitPin('482913');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(hash).not.toContain('482913');
    expect(await verifyExitPin('482913', hash)).toBe(true);
    expect(await verifyExitPin('482914', hash)).toBe(false);
    expect(await verifyExitPin('', hash)).toBe(false);
  });

  test('the same PIN hashes differently each time (random salt)', async () => {
    expect(await hashExitPin('482913')).not.toBe(await hashExitPin('482913'));
  });

  test('PINs shorter than 6 characters are refused', async () => {
    await expect(hashExitPin('1234')).rejects.toThrow('at least 6');
  });

  test('a hash made with the documented node one-liner verifies', async () => {
    // Same derivation as docs/kiosk.md, done here with node:crypto directly.
    const { randomBytes, scryptSync } = await import('node:crypto');
    const salt = randomBytes(16);
    const key = scryptSync('739104', salt, 32, { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const hash = ['scrypt', 32768, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
    expect(await verifyExitPin('739104', hash)).toBe(true);
  });

  test.each([
    ['wrong prefix', 'bcrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='],
    ['weak N', 'scrypt$1024$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='],
    ['N not a power of two', 'scrypt$30000$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='],
    ['gigabytes of memory', 'scrypt$1048576$32$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='],
    ['short salt', 'scrypt$32768$8$1$AAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='],
    ['not base64', 'scrypt$32768$8$1$!!!!$????'],
    ['missing parts', 'scrypt$32768$8'],
  ])('a malformed hash (%s) is reported and never matches', async (_label, value) => {
    expect(typeof parsePinHash(value)).toBe('string');
    expect(await verifyExitPin('482913', value)).toBe(false);
  });
});
