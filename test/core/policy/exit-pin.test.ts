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

  test('64 digits is the longest PIN accepted', () => {
    expect(exitPinProblem('1'.repeat(64))).toBeNull();
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

  /** `scrypt$N$r$p$salt$hash` with `saltBytes` and `hashBytes` zero bytes. */
  const hashWith = (N: number | string, r: number | string, p: number | string, saltBytes = 16, hashBytes = 32) =>
    ['scrypt', N, r, p, Buffer.alloc(saltBytes).toString('base64'), Buffer.alloc(hashBytes).toString('base64')].join('$');

  test.each([
    ['the weakest N and r, p accepted', hashWith(16384, 1, 1)],
    ['r 32 and p 16 (the largest accepted)', hashWith(16384, 32, 16)],
    ['exactly 256 MiB of memory', hashWith(262144, 8, 1)],
    ['a 64-byte hash', hashWith(32768, 8, 1, 16, 64)],
  ])('a hash at the edge of the rules (%s) is accepted', (_label, value) => {
    expect(parsePinHash(value)).toMatchObject({ N: Number(value.split('$')[1]) });
  });

  test.each([
    ['N below 16384', hashWith(8192, 8, 1), 'N must be a power of two'],
    ['N not a number', hashWith('32768x', 8, 1), 'N must be a power of two'],
    ['r 0', hashWith(32768, 0, 1), 'r must be 1–32 and p 1–16'],
    ['r 33', hashWith(16384, 33, 1), 'r must be 1–32 and p 1–16'],
    ['r not a number', hashWith(32768, 'x', 1), 'r must be 1–32 and p 1–16'],
    ['p 0', hashWith(32768, 8, 0), 'r must be 1–32 and p 1–16'],
    ['p 17', hashWith(32768, 8, 17), 'r must be 1–32 and p 1–16'],
    ['p not a number', hashWith(32768, 8, ''), 'r must be 1–32 and p 1–16'],
    ['more than 256 MiB of memory', hashWith(524288, 8, 1), 'more than 256 MiB'],
    ['a 15-byte salt', hashWith(32768, 8, 1, 15), 'salt must be at least 16 bytes'],
    ['a 31-byte hash', hashWith(32768, 8, 1, 16, 31), 'hash must be 32–64 bytes'],
    ['a 65-byte hash', hashWith(32768, 8, 1, 16, 65), 'hash must be 32–64 bytes'],
    ['a hash that is not base64', `${hashWith(32768, 8, 1).split('$').slice(0, 5).join('$')}$****`, 'must be base64'],
    ['a salt that is not base64', hashWith(32768, 8, 1).replace(/\$[^$]+\$([^$]+)$/, '$****$$$1'), 'must be base64'],
    ['a seventh part', `${hashWith(32768, 8, 1)}$x`, 'must look like scrypt$N$r$p'],
  ])('a hash that breaks a rule (%s) is refused with the reason', (_label, value, reason) => {
    const parsed = parsePinHash(value);
    expect(typeof parsed).toBe('string');
    expect(parsed).toContain(reason);
  });

  test('a PIN longer than 256 characters never matches, even against its own hash', async () => {
    const { scryptSync } = await import('node:crypto');
    const salt = Buffer.alloc(16, 7);
    const hashOf = (pin: string) => ['scrypt', 16384, 1, 1, salt.toString('base64'), scryptSync(pin, salt, 32, { N: 16384, r: 1, p: 1 }).toString('base64')].join('$');
    const longest = '1'.repeat(256);
    expect(await verifyExitPin(longest, hashOf(longest))).toBe(true);
    const tooLong = '1'.repeat(257);
    expect(await verifyExitPin(tooLong, hashOf(tooLong))).toBe(false);
  });

  test('an empty entry never opens the kiosk, even against a hand-made hash of the empty PIN', async () => {
    const { scryptSync } = await import('node:crypto');
    const salt = Buffer.alloc(16, 7);
    const emptyHash = ['scrypt', 16384, 1, 1, salt.toString('base64'), scryptSync('', salt, 32, { N: 16384, r: 1, p: 1 }).toString('base64')].join('$');
    expect(await verifyExitPin('', emptyHash)).toBe(false);
  });
});
