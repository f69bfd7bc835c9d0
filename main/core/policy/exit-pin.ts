/**
 * The kiosk exit PIN, stored in the policy only as a scrypt hash:
 * `scrypt$N$r$p$<salt base64>$<hash base64>`, e.g.
 * `scrypt$32768$8$1$3q2+7w…==$kX9…=`. The policy file is readable by the
 * kiosk user, so the hash must be slow to brute-force and the PIN long: one
 * rule everywhere (the hashing commands, the checker, docs/kiosk.md), at
 * least {@link MIN_PIN_DIGITS} digits; the app also rate-limits wrong attempts.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** Parameters written by {@link hashExitPin}: 32 MiB and ~0.1 s per guess. */
export const SCRYPT_DEFAULTS = Object.freeze({ N: 32768, r: 8, p: 1, saltBytes: 16, keyBytes: 32 });

/** Fewest digits an exit PIN may have (10^8 guesses at ~0.1 s each is years on one core). */
export const MIN_PIN_DIGITS = 8;

/** Longest PIN accepted (the kiosk's PIN field takes 64 characters). */
const MAX_PIN_DIGITS = 64;

/**
 * Hashes published in our documentation (their PINs are public): a policy that
 * still carries one is flagged by the checker. The first is the example from
 * docs/kiosk.md before it became a placeholder (PIN 48213957).
 */
export const PUBLISHED_PIN_HASHES: ReadonlySet<string> = new Set([
  'scrypt$32768$8$1$2dWfa9ZP81WS5Wd+CxR9XQ==$uvxuDhSVqjRBbl5oeTGtCkSuuNkHQPknU2Tp27TZSyY=',
]);

/** Why `pin` cannot be an exit PIN, or null: digits only, at least {@link MIN_PIN_DIGITS}. */
export function exitPinProblem(pin: string): string | null {
  if (!/^\d+$/.test(pin)) return 'The exit PIN must be digits only (the kiosk shows a number pad).';
  if (pin.length < MIN_PIN_DIGITS) return `The exit PIN must have at least ${MIN_PIN_DIGITS} digits.`;
  if (pin.length > MAX_PIN_DIGITS) return `The exit PIN must have at most ${MAX_PIN_DIGITS} digits.`;
  return null;
}

/**
 * Upper bound on scrypt memory (128·N·r bytes) for hashes read from a policy,
 * so a hostile or mistyped policy cannot make the app allocate gigabytes.
 */
const MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;

/** The parts of an exit PIN hash. */
export interface PinHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Parses `scrypt$N$r$p$salt$hash`; returns a plain-language reason string when
 * the value is not a usable hash (wrong format, weak or excessive parameters).
 */
export function parsePinHash(value: string): PinHash | string {
  const parts = value.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return 'must look like scrypt$N$r$p$<salt>$<hash> (see docs/kiosk.md)';
  const [N, r, p] = parts.slice(1, 4).map((part) => (/^\d{1,9}$/.test(part) ? Number(part) : NaN)) as [number, number, number];
  const [salt, hash] = parts.slice(4) as [string, string];
  if (!Number.isInteger(N) || N < 16384 || (N & (N - 1)) !== 0) return 'N must be a power of two of at least 16384';
  if (!Number.isInteger(r) || r < 1 || r > 32 || !Number.isInteger(p) || p < 1 || p > 16) return 'r must be 1–32 and p 1–16';
  if (128 * N * r > MAX_SCRYPT_MEMORY) return 'N and r ask for more than 256 MiB of memory';
  if (!BASE64.test(salt) || !BASE64.test(hash)) return 'salt and hash must be base64';
  const parsed = { N, r, p, salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
  if (parsed.salt.length < 16) return 'salt must be at least 16 bytes';
  if (parsed.hash.length < 32 || parsed.hash.length > 64) return 'hash must be 32–64 bytes';
  return parsed;
}

function derive(pin: string, salt: Buffer, keyBytes: number, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // Async scrypt runs on the libuv pool, so a PIN check never freezes the window.
    scrypt(pin.normalize('NFC'), salt, keyBytes, { ...params, maxmem: 2 * 128 * params.N * params.r }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** Hashes an exit PIN for the policy file (administrators run this once, see docs/kiosk.md). */
export async function hashExitPin(pin: string): Promise<string> {
  const problem = exitPinProblem(pin);
  if (problem) throw new Error(problem);
  const { N, r, p, saltBytes, keyBytes } = SCRYPT_DEFAULTS;
  const salt = randomBytes(saltBytes);
  const hash = await derive(pin, salt, keyBytes, { N, r, p });
  return ['scrypt', N, r, p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** Whether `pin` matches `pinHash`, compared in constant time. A malformed hash never matches. */
export async function verifyExitPin(pin: string, pinHash: string): Promise<boolean> {
  const parsed = parsePinHash(pinHash);
  if (typeof parsed === 'string' || pin.length === 0 || pin.length > 256) return false;
  const candidate = await derive(pin, parsed.salt, parsed.hash.length, parsed);
  return timingSafeEqual(candidate, parsed.hash);
}
