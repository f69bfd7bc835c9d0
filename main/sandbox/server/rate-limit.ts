/**
 * A fixed-window rate limiter that produces AutoGrab's rate-limit and
 * monthly-quota headers. AutoGrab counts requests per second per product and
 * contract; the sandbox has one contract, so one window covers every `/v2`
 * request.
 */

/** Window size and request budget; `null` turns limiting off (headers still sent). */
export type RateLimitConfig = { total: number; windowMs: number } | null;

/** The default: generous for an app in normal use, still reachable by a burst test. */
export const DEFAULT_RATE_LIMIT = { total: 60, windowMs: 1000 } as const;

/** Monthly quota figures the sandbox reports (contract values are per customer; these are plausible). */
const MONTHLY_BASE_QUOTA = 5000;
const MONTHLY_MAX_QUOTA = 100000;

/** Result of counting one request: whether it may proceed and the headers to send. */
export interface RateDecision {
  allowed: boolean;
  headers: Record<string, string>;
  /** Seconds until the window resets (for `Retry-After`). */
  retryAfterSeconds: number;
}

/** Counts requests in fixed windows and builds the headers. */
export class RateLimiter {
  private windowStart = 0;
  private used = 0;
  private monthlyTotal = 0;

  constructor(
    private readonly config: RateLimitConfig,
    private readonly now: () => number,
  ) {}

  /** Counts one `/v2` request (`count` false for requests outside the quota, e.g. the token endpoint). */
  check(count: boolean): RateDecision {
    const now = this.now();
    const total = this.config?.total ?? DEFAULT_RATE_LIMIT.total;
    const windowMs = this.config?.windowMs ?? DEFAULT_RATE_LIMIT.windowMs;
    if (now >= this.windowStart + windowMs) {
      this.windowStart = now - (now % windowMs);
      this.used = 0;
    }
    const limited = this.config !== null && count && this.used >= total;
    if (count && !limited) {
      this.used += 1;
      this.monthlyTotal += 1;
    }
    const resetMs = this.windowStart + windowMs;
    const headers = {
      'Rate-Limit-Remaining': String(Math.max(0, total - this.used)),
      'Rate-Limit-Total': String(total),
      'Rate-Limit-Reset': String(Math.ceil(resetMs / 1000)),
      'Monthly-Base-Request-Quota': String(MONTHLY_BASE_QUOTA),
      'Monthly-Max-Request-Quota': String(MONTHLY_MAX_QUOTA),
      'Monthly-Request-Total': String(this.monthlyTotal),
    };
    return { allowed: !limited, headers, retryAfterSeconds: Math.max(1, Math.ceil((resetMs - now) / 1000)) };
  }
}
