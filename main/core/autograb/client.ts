/**
 * The AutoGrab client: one method per endpoint the app uses (§19 of the
 * reference), camelCase inputs validated before anything is sent, responses
 * validated into domain types, each result carrying the call's usage headers.
 * The endpoints are tables by API area (endpoints/vehicles, valuations,
 * sourcing); this file builds the transport they share.
 */
import type { z } from 'zod';
import type { ApiUsage, AuState, Region } from '../domain';
import type { Logger } from '../ports';
import { systemClock } from '../http/clock';
import type { Clock } from '../http/clock';
import { keepAlivePool } from '../http/keep-alive';
import type { Credentials } from '../auth/credentials';
import { requestToken } from '../auth/token-endpoint';
import { TokenManager } from '../auth/token-manager';
import type { CallOptions, EndpointContext } from './endpoints/context';
import { sourcingEndpoints } from './endpoints/sourcing';
import { valuationEndpoints } from './endpoints/valuations';
import { vehicleEndpoints } from './endpoints/vehicles';
import { cacheKindOf, requestKey } from './cache-kinds';
import type { ResponseCache } from './response-cache';
import { Transport } from './transport';
import type { CallSpec, RetryOptions } from './transport';
import { lookupResponseSchema, parseWire, searchResponseSchema } from './wire';

export type { CallOptions } from './endpoints/context';
export type { FacetsInput, LookupPlateInput, SearchVehiclesInput } from './endpoints/vehicles';
export type { GaugeInput, PredictValuationInput, ResidualInput } from './endpoints/valuations';
export type { MarketOverlayOptions, VehicleHistoryQuery } from './endpoints/sourcing';

/** How to build a client. */
export interface AutoGrabClientOptions {
  /** API host, e.g. `https://api.autograb.com.au` (no `/v2`). */
  baseUrl: string;
  /** OAuth token endpoint; defaults to `${baseUrl}/auth-broker/request-token`. */
  tokenUrl?: string;
  region: Region;
  /** Default state for AU plate lookups. */
  state?: AuState;
  credentials: Credentials;
  /** Sends the requests (tests count or fault them with it); always through the client's keep-alive pool (see http/keep-alive.ts). */
  fetch?: typeof fetch;
  /** Per-attempt timeout, ms (default 15 000). */
  timeoutMs?: number;
  clock?: Clock;
  /** Schedules token renewal at its refresh point; an unref'd `setTimeout` by default. */
  scheduleTokenRefresh?: (delayMs: number, refresh: () => void) => () => void;
  onUsage?: (usage: ApiUsage) => void;
  logger?: Logger;
  retry?: RetryOptions;
  /** Most requests on the wire at once; further calls queue (default 8). */
  maxConcurrentRequests?: number;
  /**
   * Reuses answers and merges identical requests in flight (see
   * response-cache.ts); the owner empties it when the account changes.
   * Without it every call goes to AutoGrab.
   */
  cache?: ResponseCache;
}

/** The AutoGrab client. */
export type AutoGrabClient = ReturnType<typeof createAutoGrabClient>;

const DEFAULT_TIMEOUT_MS = 15_000;
/** AutoGrab's documented MY test plate: a real authenticated call that is not billed. */
const TEST_PLATE = 'REG4SUCCESS';
const DEFAULT_RETRY: Required<RetryOptions> = { maxAttempts: 3, baseDelayMs: 250, maxRateLimitWaitMs: 10_000 };

/** A timer that does not keep the process alive (a token renewal must never hold up quitting). */
function unrefTimer(delayMs: number, run: () => void): () => void {
  const timer = setTimeout(run, delayMs);
  timer.unref();
  return () => clearTimeout(timer);
}

/** Creates a client. Nothing is sent until a method is called (or {@link warmUp}). */
export function createAutoGrabClient(options: AutoGrabClientOptions) {
  const clock = options.clock ?? systemClock;
  // Token and API requests share one pool, so every token warm-up also leaves a warm connection.
  const pool = keepAlivePool(options.fetch);
  const fetchImpl = pool.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const { credentials, region } = options;
  const tokens =
    credentials.kind === 'oauth'
      ? new TokenManager({
          clock,
          scheduleRefresh: options.scheduleTokenRefresh ?? unrefTimer,
          requestToken: () =>
            requestToken({ tokenUrl: options.tokenUrl ?? `${options.baseUrl.replace(/\/+$/, '')}/auth-broker/request-token`, credentials, fetch: fetchImpl, timeoutMs }),
        })
      : null;
  const transport = new Transport({
    baseUrl: options.baseUrl,
    region,
    credentials,
    tokens,
    fetch: fetchImpl,
    timeoutMs,
    clock,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    onUsage: options.onUsage,
    logger: options.logger,
    maxConcurrentRequests: options.maxConcurrentRequests,
  });

  const send = async <T>(spec: CallSpec, schema: z.ZodType<T>, signal?: AbortSignal) => {
    const result = await transport.call(spec, signal);
    return { data: parseWire(schema, result.body, result.status), usage: result.usage };
  };
  const context: EndpointContext = {
    region,
    defaultState: options.state,
    async call(spec, schema, callOptions) {
      const kind = options.cache ? cacheKindOf(spec) : null;
      if (!options.cache || kind === null) return { ...(await send(spec, schema, callOptions?.signal)), reusedFrom: null };
      const answer = await options.cache.fetch(kind, requestKey(spec), (signal) => send(spec, schema, signal), callOptions?.signal);
      return { ...answer.value, reusedFrom: answer.reused ? new Date(answer.fetchedAt).toISOString() : null };
    },
  };

  return {
    ...vehicleEndpoints(context),
    ...valuationEndpoints(context),
    ...sourcingEndpoints(context),

    /**
     * A cheap authenticated call: (for OAuth) a token request, then in
     * Malaysia a lookup of AutoGrab's free test plate `REG4SUCCESS` (not
     * billable), elsewhere a one-result search. Resolves with the usage
     * headers or throws the typed error.
     */
    async testConnection(callOptions?: CallOptions): Promise<{ usage: ApiUsage | null }> {
      const probe: [CallSpec, z.ZodType<unknown>] =
        region === 'my'
          ? [{ method: 'GET', path: `/v2/vehicles/registrations/${TEST_PLATE}` }, lookupResponseSchema]
          : [{ method: 'GET', path: '/v2/vehicles', query: { search: 'toyota', count: 1 } }, searchResponseSchema];
      // Always sent: a connection test answered from the cache would prove nothing.
      const { usage } = await send(probe[0], probe[1], callOptions?.signal);
      return { usage };
    },

    /**
     * Gets ready before the salesperson's first lookup (at start, after the
     * demo/live switch): loads the HTTP stack and, for OAuth, fetches the
     * token, which also opens the connection that lookup will use.
     */
    async warmUp(): Promise<void> {
      // Never rejects: whatever fails here, the first real request reports.
      await Promise.all([pool.prepare().catch(() => undefined), tokens?.warm()]);
    },

    /**
     * The machine resumed or the screen was unlocked: renews the OAuth token
     * now (see {@link TokenManager.renew}); the token request also reopens the
     * connection to AutoGrab. Nothing to do for an API key.
     */
    wake(): Promise<void> {
      return tokens?.renew() ?? Promise.resolve();
    },

    /** Forgets the cached token, stops its scheduled renewal and closes the client's connections. */
    close(): void {
      tokens?.clear();
      void pool.close();
    },
  };
}
