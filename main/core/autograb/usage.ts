/**
 * AutoGrab's rate-limit and quota headers: `Rate-Limit-Remaining`,
 * `Rate-Limit-Total`, `Rate-Limit-Reset` (epoch seconds), the `Monthly-*`
 * quota headers, and `Retry-After` on 429s.
 */
import type { ApiUsage, QuotaInfo, RateLimitInfo } from '../domain';

function headerNumber(headers: Headers, name: string): number | null {
  const value = headers.get(name);
  if (value === null || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return null;
  return Number(value);
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
  const reset = headerNumber(headers, 'Rate-Limit-Reset');
  const rateLimit: RateLimitInfo | null =
    remaining === null && total === null && reset === null ? null : { remaining, total, resetAt: reset === null ? null : resetToEpochMs(reset, now) };
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
 * date), else until `Rate-Limit-Reset`; null when neither says.
 */
export function retryAfterMs(headers: Headers, now: number): number | null {
  const retryAfter = headers.get('Retry-After');
  if (retryAfter !== null) {
    const trimmed = retryAfter.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
    const date = Date.parse(trimmed);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = headerNumber(headers, 'Rate-Limit-Reset');
  if (reset !== null) return Math.max(0, resetToEpochMs(reset, now) - now);
  return null;
}
