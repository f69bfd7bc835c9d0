/**
 * AutoGrab's rate-limit and quota headers: `Rate-Limit-Remaining`,
 * `Rate-Limit-Total`, `Rate-Limit-Reset` (epoch seconds), the `Monthly-*`
 * quota headers, and `Retry-After` on 429s.
 */
import type { ApiUsage, QuotaInfo, RateLimitInfo } from '../domain';

/**
 * Longest wait any server-given time may ask for: one hour. `Retry-After` and
 * `Rate-Limit-Reset` come from the network; a value of 400 nines is
 * `Infinity` in JavaScript (and `null` once it crosses IPC), so every wait is
 * clamped to this.
 */
export const MAX_SERVER_WAIT_MS = 60 * 60 * 1000;

/** A non-negative number from a header (`Infinity` when it has too many digits); null when absent or malformed. */
function headerValue(headers: Headers, name: string): number | null {
  const value = headers.get(name);
  if (value === null || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return null;
  return Number(value);
}

/** A count from a header; null when absent, malformed or too large to be real. */
function headerNumber(headers: Headers, name: string): number | null {
  const number = headerValue(headers, name);
  return number !== null && Number.isFinite(number) ? number : null;
}

/** `Rate-Limit-Reset` as epoch ms, at most {@link MAX_SERVER_WAIT_MS} from now; null when absent. */
function resetAtMs(headers: Headers, now: number): number | null {
  const reset = headerValue(headers, 'Rate-Limit-Reset');
  return reset === null ? null : Math.min(resetToEpochMs(reset, now), now + MAX_SERVER_WAIT_MS);
}

/** `ms` limited to [0, {@link MAX_SERVER_WAIT_MS}]. */
function clampWait(ms: number): number {
  return Math.min(MAX_SERVER_WAIT_MS, Math.max(0, Math.round(ms)));
}

/**
 * Converts a reset header to epoch ms. AutoGrab documents epoch seconds; epoch
 * ms and "seconds from now" are accepted too, told apart by magnitude.
 */
function resetToEpochMs(value: number, now: number): number {
  if (value >= 1e12) return value;
  if (value >= 1e9) return value * 1000;
  return now + value * 1000;
}

/** The usage headers of one response; null when it carried none. */
export function parseUsage(headers: Headers, now: number): ApiUsage | null {
  const remaining = headerNumber(headers, 'Rate-Limit-Remaining');
  const total = headerNumber(headers, 'Rate-Limit-Total');
  const reset = resetAtMs(headers, now);
  const rateLimit: RateLimitInfo | null =
    remaining === null && total === null && reset === null
      ? null
      : { remaining, total, resetAt: reset };
  const base = headerNumber(headers, 'Monthly-Base-Request-Quota');
  const max = headerNumber(headers, 'Monthly-Max-Request-Quota');
  const used = headerNumber(headers, 'Monthly-Request-Total');
  const quota: QuotaInfo | null = base === null && max === null && used === null ? null : { base, max, used };
  return rateLimit || quota ? { rateLimit, quota } : null;
}

/** Whether the monthly quota headers say the contract maximum is used up. */
export function isQuotaExhausted(usage: ApiUsage | null): boolean {
  const quota = usage?.quota;
  return quota?.max !== null && quota?.max !== undefined && quota.used !== null && quota.used >= quota.max;
}

/**
 * How long a 429 asks us to wait, in ms: `Retry-After` (seconds or an HTTP
 * date), else until `Rate-Limit-Reset`; null when neither says. Always
 * finite and at most {@link MAX_SERVER_WAIT_MS}.
 */
export function retryAfterMs(headers: Headers, now: number): number | null {
  const retryAfter = headers.get('Retry-After');
  if (retryAfter !== null) {
    const trimmed = retryAfter.trim();
    // Seconds of any length: too many digits for a number (Infinity) means "very long", which the clamp caps.
    if (/^\d+(\.\d+)?$/.test(trimmed)) return clampWait(Number(trimmed) * 1000);
    const date = Date.parse(trimmed);
    if (!Number.isNaN(date)) return clampWait(date - now);
  }
  const reset = resetAtMs(headers, now);
  if (reset !== null) return clampWait(reset - now);
  return null;
}
