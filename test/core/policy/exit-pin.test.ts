import { exitPinProblem, hashExitPin, parsePinHash, verifyExitPin } from '../../../main/core/policy/exit-pin';

describe('exit PIN hashing', () => {
  test('a hashed PIN verifies; a wrong PIN does not', async () => {
    const hash = await hashExitPin('48291375');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(hash).not.toContain('48291375');
    expect(await verifyExitPin('48291375', hash)).toBe(true);
    expect(await verifyExitPin('48291376', hash)).toBe(false);
    expect(await verifyExitPin('', hash)).toBe(false);
  });

  test('the same PIN hashes differently each time (random salt)', async () => {
    expect(await hashExitPin('48291375')).not.toBe(await hashExitPin('48291375'));
  });

  test.each([
    ['', 'digits only'],
    ['123456', 'at least 8 digits'],
    ['1234567', 'at least 8 digits'],
    ['abcdefgh', 'digits only'],
    ['1234 5678', 'digits only'],
    ['1'.repeat(65), 'at most 64 digits'],
  ])('one PIN rule: %j is refused (%s)', async (pin, message) => {
    expect(exitPinProblem(pin)).toContain(message);
    await expect(hashExitPin(pin)).rejects.toThrow(message);
  });

  test('8 digits is the shortest PIN accepted', async () => {
    expect(exitPinProblem('12345678')).toBeNull();
    expect(await verifyExitPin('12345678', await hashExitPin('12345678'))).toBe(true);
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
    expect(await verifyExitPin('48291375', value)).toBe(false);
  });
});
