/**
 * Keeps one OAuth access token in memory and hands it to API calls.
 *
 * - **Safe expiry.** A token is refreshed once less than
 *   `min(60 s, 10 % of its lifetime)` remains, measured from when the token
 *   request was *sent* (so the token endpoint's own latency counts against the
 *   token, not for it). For AutoGrab's 3599 s tokens that is one minute of
 *   margin for clock drift and slow requests; a 10 s token is still reused for
 *   9 s instead of being fetched on every call, and a short token never gets a
 *   margin larger than itself.
 * - **Single flight.** However many calls need a token at once, one token
 *   request is made and all of them share it. A caller that gives up (abort)
 *   stops waiting without cancelling the shared request for the others.
 * - **Invalidation.** After a 401 the caller drops the token it used, but only
 *   if it is still the cached one, so a late 401 cannot throw away a fresh
 *   token that another call just fetched.
 * - **Warm before needed.** {@link TokenManager.warm} fetches a token ahead of
 *   the first call (at start, after a switch of account, on resume), and with
 *   `scheduleRefresh` each token is renewed when it reaches its refresh
 *   point, so a lookup never waits for the token endpoint (one round trip
 *   saved over a WAN).
 * - **Renewed on wake.** {@link TokenManager.renew} (the machine resumed, the
 *   screen was unlocked) fetches a new token at once: while the machine slept
 *   the scheduled renewal could not run on time (timers follow the monotonic
 *   clock, which stops in suspend) and AutoGrab may have expired the token, so
 *   without it the first lookup after idle paid a 401, a token request and the
 *   retry (3 round trips instead of 1).
 */
import { cancelled } from '../failures';
import type { Clock } from '../http/clock';

/** A token as the token endpoint issued it. */
export interface IssuedToken {
  accessToken: string;
  expiresInSeconds: number;
}

/** What the token manager needs. */
export interface TokenManagerOptions {
  /** Performs one token request. */
  requestToken(): Promise<IssuedToken>;
  clock: Clock;
  /**
   * Runs `refresh` after `delayMs`; returns a cancel function. When given, every
   * token is renewed at its refresh point instead of on the next call.
   */
  scheduleRefresh?: (delayMs: number, refresh: () => void) => () => void;
}

/** Longest refresh margin, for long-lived tokens. */
const MAX_REFRESH_MARGIN_MS = 60_000;
/**
 * Wakes this close to the last renewal are served by it: 'resume' and
 * 'unlock-screen' usually fire together, and one token request serves both.
 */
export const WAKE_GRACE_MS = 60_000;
/** Share of a token's lifetime kept as margin for short-lived tokens. */
const REFRESH_MARGIN_SHARE = 0.1;

/** How long before expiry a token of `lifetimeMs` is refreshed. */
export function refreshMarginMs(lifetimeMs: number): number {
  return Math.min(MAX_REFRESH_MARGIN_MS, lifetimeMs * REFRESH_MARGIN_SHARE);
}

/** Caches, refreshes and invalidates the OAuth access token. */
export class TokenManager {
  private cached: { token: string; refreshAt: number } | null = null;
  private lastRenewalAt: number | null = null;
  private inFlight: Promise<string> | null = null;
  private cancelRefresh: (() => void) | null = null;
  private readonly options: TokenManagerOptions;

  constructor(options: TokenManagerOptions) {
    this.options = options;
  }

  /** A token safe to use now: the cached one, or a fresh one (one request for all concurrent callers). */
  async getToken(signal?: AbortSignal): Promise<string> {
    if (signal?.aborted) throw cancelled();
    const cached = this.cached;
    if (cached && this.options.clock.now() < cached.refreshAt) return cached.token;
    if (!this.inFlight) {
      this.inFlight = this.fetchToken().finally(() => {
        this.inFlight = null;
      });
    }
    return waitUnlessAborted(this.inFlight, signal);
  }

  /**
   * Makes sure a usable token is cached, without a caller waiting for it. A
   * failure is left for the next real call to report (it will try again).
   */
  async warm(): Promise<void> {
    await this.getToken().catch(() => undefined);
  }

  /**
   * After idle or sleep: drops the cached token and fetches a new one, so the
   * next call finds a token that AutoGrab still accepts (unless the last
   * renewal was within {@link WAKE_GRACE_MS}). Calls made meanwhile wait for
   * that one request. A failure is left for the next real call, as with {@link warm}.
   */
  async renew(): Promise<void> {
    const now = this.options.clock.now();
    if (this.lastRenewalAt !== null && now - this.lastRenewalAt < WAKE_GRACE_MS) return;
    this.lastRenewalAt = now;
    this.cached = null;
    await this.warm();
  }

  /** Drops `token` after a 401, unless a newer token has replaced it already. */
  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = null;
  }

  /** Forgets the token (credentials changed or client closed). */
  clear(): void {
    this.cached = null;
    this.cancelRefresh?.();
    this.cancelRefresh = null;
  }

  private async fetchToken(): Promise<string> {
    const requestedAt = this.options.clock.now();
    const issued = await this.options.requestToken();
    const lifetimeMs = issued.expiresInSeconds * 1000;
    const refreshAt = requestedAt + lifetimeMs - refreshMarginMs(lifetimeMs);
    this.cached = { token: issued.accessToken, refreshAt };
    this.cancelRefresh?.();
    this.cancelRefresh = this.options.scheduleRefresh?.(Math.max(0, refreshAt - this.options.clock.now()), () => void this.warm()) ?? null;
    return issued.accessToken;
  }
}

/** Waits for `promise`, but rejects with CANCELLED as soon as `signal` aborts. */
function waitUnlessAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}
