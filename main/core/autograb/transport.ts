/**
 * Sends one logical AutoGrab call and applies the resilience rules:
 *
 * - a timeout on every attempt (see `exchange`);
 * - 401 on a Bearer call: drop that token, fetch a new one and retry once; a
 *   second 401 is surfaced (never a loop). On an API key a 401 is final;
 * - 429: wait `Retry-After` (or until `Rate-Limit-Reset`) while the total wait
 *   stays within `maxRateLimitWaitMs`, then retry (also for POSTs: a 429 means
 *   the server did not process the request); beyond the budget `RATE_LIMITED`
 *   with `retryAfterMs`, or `QUOTA` when the monthly quota is used up;
 * - 5xx, network errors and timeouts: retried with exponential backoff and
 *   jitter for idempotent methods (GET, PUT) within `maxAttempts`; POSTs are
 *   not retried, since AutoGrab may have processed (and billed) them. A failed
 *   token request is retried for any method, because nothing was sent;
 * - at most `maxConcurrentRequests` on the wire; the rest queue (see `limiter`);
 * - usage headers parsed on every response and passed to `onUsage`.
 */
import type { ApiUsage, Region } from '../domain';
import type { Logger } from '../ports';
import { isDealerDeskError } from '../errors';
import type { Clock } from '../http/clock';
import type { Credentials } from '../auth/credentials';
import type { TokenManager } from '../auth/token-manager';
import { exchange, parseJson } from '../http/exchange';
import { ConcurrencyLimiter } from './limiter';
import type { RawResponse } from '../http/exchange';
import {
  badResponse,
  forbidden,
  notFound,
  quotaExhausted,
  rateLimited,
  refused,
  rejectedRequest,
  serverFailure,
  tooManyResults,
  unauthorised,
} from '../failures';
import { isQuotaExhausted, parseUsage, retryAfterMs } from './usage';

/** Retry budget. */
export interface RetryOptions {
  /** Attempts for idempotent calls on 5xx, network errors and timeouts (default 3). */
  maxAttempts?: number;
  /** First backoff delay; doubles per attempt, with jitter (default 250 ms). */
  baseDelayMs?: number;
  /** Most time one call may spend waiting out 429s before surfacing RATE_LIMITED (default 10 s). */
  maxRateLimitWaitMs?: number;
}

/** Everything the transport needs. */
export interface TransportOptions {
  baseUrl: string;
  region: Region;
  credentials: Credentials;
  /** Present for OAuth credentials. */
  tokens: TokenManager | null;
  fetch: typeof fetch;
  timeoutMs: number;
  clock: Clock;
  retry: Required<RetryOptions>;
  onUsage?: (usage: ApiUsage) => void;
  logger?: Logger;
  /** Most requests on the wire at once; more calls wait in a queue (default 8). */
  maxConcurrentRequests?: number;
  /** Source of jitter in [0, 1); injectable for tests. */
  random?: () => number;
}

/** Query values; undefined entries are left out. */
export type QueryValue = string | number | boolean | undefined;

/** One logical API call. */
export interface CallSpec {
  method: 'GET' | 'POST' | 'PUT';
  /** Path below the base URL, e.g. `/v2/vehicles`; dynamic segments already encoded. */
  path: string;
  query?: Record<string, QueryValue>;
  /** JSON body for POST/PUT; POSTs get `region` added. */
  body?: Record<string, unknown>;
}

/** A successful response: parsed JSON and usage. */
export interface CallResult {
  status: number;
  body: unknown;
  usage: ApiUsage | null;
}

/** Most 429 retries per call, whatever the budget, so `Retry-After: 0` cannot spin. */
const MAX_RATE_LIMIT_RETRIES = 5;
/** Wait used when a 429 names no time. */
const DEFAULT_RATE_LIMIT_WAIT_MS = 1000;
const TOO_MANY_VEHICLES = /too many vehicles/i;
/** Like a browser's per-host connection cap: plenty for one desk, and no socket storms. */
const DEFAULT_MAX_CONCURRENT_REQUESTS = 8;

/** Sends calls to AutoGrab with auth, timeouts, retries and error mapping. */
export class Transport {
  private readonly options: TransportOptions;
  private readonly limiter: ConcurrencyLimiter;

  constructor(options: TransportOptions) {
    this.options = options;
    this.limiter = new ConcurrencyLimiter(options.maxConcurrentRequests ?? DEFAULT_MAX_CONCURRENT_REQUESTS);
  }

  /** Performs `spec`, retrying as the rules above allow. */
  async call(spec: CallSpec, signal?: AbortSignal): Promise<CallResult> {
    const { retry, clock } = this.options;
    const idempotent = spec.method !== 'POST';
    const url = this.url(spec);
    let attempt = 0;
    let reauthenticated = false;
    let rateLimitWaitedMs = 0;
    let rateLimitRetries = 0;

    for (;;) {
      attempt += 1;
      let token: string | null = null;
      let response: RawResponse;
      try {
        // The token is read once a slot is free, so calls that queued behind a 401 go out with the refreshed token.
        response = await this.limiter.run(async () => {
          const auth = await this.authorise(signal);
          token = auth.token;
          const started = clock.now();
          const answer = await exchange(this.options.fetch, url, this.init(spec, auth.header), { timeoutMs: this.options.timeoutMs }, signal);
          this.options.logger?.debug('AutoGrab call', { method: spec.method, path: spec.path, status: answer.status, attempt, ms: clock.now() - started });
          // Drop a rejected token before the slot is released, so the next queued call cannot pick it up.
          if (answer.status === 401 && auth.token !== null) this.options.tokens?.invalidate(auth.token);
          return answer;
        }, signal);
      } catch (error) {
        const tokenFailure = token === null && isDealerDeskError(error) && error.code === 'AUTH_UNAVAILABLE';
        if (isRetryableFailure(error) && (idempotent || tokenFailure) && attempt < retry.maxAttempts) {
          this.options.logger?.warn('AutoGrab call failed; retrying', { method: spec.method, path: spec.path, attempt, code: codeOf(error) });
          await clock.sleep(this.backoffMs(attempt), signal);
          continue;
        }
        throw error;
      }

      const usage = parseUsage(response.headers, clock.now());
      if (usage) this.reportUsage(usage);
      const { status } = response;

      if (status >= 200 && status < 300) {
        const body = parseJson(response.text);
        if (body === null || typeof body !== 'object') throw badResponse('body', status);
        if ((body as { error?: unknown }).error === true) throw errorBodyFailure(body, status);
        return { status, body, usage };
      }
      if (status === 401) {
        if (token !== null && !reauthenticated) {
          reauthenticated = true;
          attempt -= 1;
          continue;
        }
        throw unauthorised(this.options.credentials.kind);
      }
      if (status === 429) {
        if (isQuotaExhausted(usage)) throw quotaExhausted();
        const waitMs = retryAfterMs(response.headers, clock.now()) ?? DEFAULT_RATE_LIMIT_WAIT_MS;
        if (rateLimitWaitedMs + waitMs <= retry.maxRateLimitWaitMs && rateLimitRetries < MAX_RATE_LIMIT_RETRIES) {
          this.options.logger?.info('AutoGrab rate limit; waiting', { path: spec.path, waitMs });
          rateLimitWaitedMs += waitMs;
          rateLimitRetries += 1;
          await clock.sleep(waitMs, signal);
          attempt -= 1;
          continue;
        }
        throw rateLimited(waitMs);
      }
      if (status >= 500) {
        if (idempotent && attempt < retry.maxAttempts) {
          this.options.logger?.warn('AutoGrab server error; retrying', { method: spec.method, path: spec.path, status, attempt });
          await clock.sleep(this.backoffMs(attempt), signal);
          continue;
        }
        throw serverFailure(status);
      }
      throw clientErrorFailure(status, response.text);
    }
  }

  /** Passes usage to `onUsage`; a failing listener is logged, never allowed to fail the call. */
  private reportUsage(usage: ApiUsage): void {
    try {
      this.options.onUsage?.(usage);
    } catch {
      this.options.logger?.warn('onUsage listener failed');
    }
  }

  /** The auth header for this attempt, and the Bearer token it carries (for invalidation). */
  private async authorise(signal?: AbortSignal): Promise<{ header: [string, string]; token: string | null }> {
    const { credentials, tokens } = this.options;
    if (credentials.kind === 'apiKey' || !tokens) {
      return { header: ['ApiKey', credentials.kind === 'apiKey' ? credentials.apiKey : ''], token: null };
    }
    const token = await tokens.getToken(signal);
    return { header: ['Authorization', `Bearer ${token}`], token };
  }

  private url(spec: CallSpec): string {
    const params = new URLSearchParams();
    const query: Record<string, QueryValue> = regionInBody(spec.method) ? { ...spec.query } : { ...spec.query, region: this.options.region };
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) params.set(key, String(value));
    }
    const search = params.toString();
    return `${this.options.baseUrl.replace(/\/+$/, '')}${spec.path}${search ? `?${search}` : ''}`;
  }

  private init(spec: CallSpec, auth: [string, string]): RequestInit {
    const headers: Record<string, string> = { Accept: 'application/json', [auth[0]]: auth[1] };
    if (spec.method === 'GET') return { method: 'GET', headers };
    headers['Content-Type'] = 'application/json';
    const body = regionInBody(spec.method) ? { ...spec.body, region: this.options.region } : spec.body;
    return { method: spec.method, headers, body: JSON.stringify(body ?? {}) };
  }

  /** Exponential backoff with "equal jitter": half fixed, half random, so retries from many clients spread out. */
  private backoffMs(attempt: number): number {
    const ceiling = this.options.retry.baseDelayMs * 2 ** (attempt - 1);
    const random = this.options.random ?? Math.random;
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
  }
}

/**
 * AutoGrab takes `region` in the JSON body of POSTs and in the query of GETs.
 * The max-offer PUT body is the configuration itself (the sandbox rejects
 * extra keys there), so PUT carries the region in the query like a GET.
 */
function regionInBody(method: CallSpec['method']): boolean {
  return method === 'POST';
}

function isRetryableFailure(error: unknown): boolean {
  return isDealerDeskError(error) && error.code !== 'CANCELLED' && error.retryable;
}

function codeOf(error: unknown): string {
  return isDealerDeskError(error) ? error.code : 'INTERNAL';
}

/** A 2xx body with `{"error": true}`. */
function errorBodyFailure(body: object, status: number) {
  const message = (body as { message?: unknown }).message;
  return typeof message === 'string' && TOO_MANY_VEHICLES.test(message) ? tooManyResults(status) : rejectedRequest(status);
}

/** 4xx other than 401 and 429. The body is only inspected, never passed on. */
function clientErrorFailure(status: number, text: string) {
  if (status === 404) return notFound();
  if (status === 403) return forbidden();
  if (status === 400 || status === 422) {
    const body = parseJson(text) as { message?: unknown } | null;
    if (typeof body?.message === 'string' && TOO_MANY_VEHICLES.test(body.message)) return tooManyResults(status);
    return rejectedRequest(status);
  }
  return refused(status);
}
