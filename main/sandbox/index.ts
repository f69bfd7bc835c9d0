/**
 * The built-in AutoGrab sandbox: a plain-Node HTTP server that speaks the
 * documented AutoGrab v2 wire format (OAuth token endpoint, vehicle search,
 * valuations, sourcing) over a deterministic catalogue, with rate-limit
 * headers and fault injection. Demo mode of the app starts it on loopback;
 * every test suite uses it.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { createApiRouter } from './api/router.ts';
import { authenticateApiRequest, handleTokenRequest, TokenStore } from './server/auth.ts';
import { FaultState } from './server/faults.ts';
import { readBody, SandboxHttpError } from './server/http.ts';
import type { JsonReply } from './server/http.ts';
import { DEFAULT_RATE_LIMIT, RateLimiter } from './server/rate-limit.ts';
import type { RateLimitConfig } from './server/rate-limit.ts';

/** How to start a sandbox. Every field is optional. */
export interface SandboxOptions {
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** `expires_in` of issued tokens, seconds. Default 3599, as AutoGrab. */
  tokenLifetimeSeconds?: number;
  /** Delay before every answer, ms. Default 0. */
  latencyMs?: number;
  /** Requests per window for `/v2`; default {@link DEFAULT_RATE_LIMIT}; `null` turns limiting off (headers still sent). */
  rateLimit?: RateLimitConfig;
  /** Which documented facet response shape to serve. Default `'values'` (`{make:[{value,count}]}`). */
  facetShape?: 'values' | 'facets';
  /** Which documented history shape to serve. Default `'wrapped'` (`{vehicle_history:{id,events}}`). */
  historyShape?: 'wrapped' | 'flat';
  /** Most requests `stats.requests` keeps; older ones are dropped (default {@link REQUEST_LOG_LIMIT}). */
  requestLogLimit?: number;
  /** Replace any of the demo credentials. */
  credentials?: Partial<SandboxCredentials>;
  /** Clock in epoch ms (token expiry, rate windows, dates in payloads). Inject one to test expiry without waiting. */
  now?: () => number;
  /**
   * How long an idle connection stays open, ms, and the `Keep-Alive: timeout`
   * hint sent with each answer (Node's default, 5 s, when omitted). 0 keeps it
   * until the client closes it and sends no hint, as a load balancer with a
   * long idle timeout does: then the client's own keep-alive decides.
   */
  keepAliveTimeoutMs?: number;
}

/** The secrets the sandbox accepts. */
export interface SandboxCredentials {
  apiKey: string;
  clientId: string;
  clientSecret: string;
}

/** Fault injection controls. Faults queue in call order; `reset()` clears them all. */
export interface SandboxFaults {
  /** Delay before every answer from now on, ms. */
  setLatency(ms: number): void;
  /** `expires_in` for tokens issued from now on, seconds. */
  setTokenLifetime(seconds: number): void;
  /** Every token issued so far now gets 401. */
  revokeTokens(): void;
  /** The API key and the OAuth client are rejected from now on (401 / `invalid_client`). Tokens already issued keep working until they expire or `revokeTokens()`, as with a real OAuth server. */
  revokeCredentials(): void;
  /** The next `times` (default 1) requests whose path starts with `path` (or matches the RegExp; all paths when omitted) get `status`; 429 carries `Retry-After` (default 1 s). */
  failNext(options: { path?: string | RegExp; status: number; times?: number; retryAfterSeconds?: number }): void;
  /** The next `times` (default 1) matching requests are accepted and never answered; `close()` destroys their sockets. */
  hangNext(options: { path?: string | RegExp; times?: number }): void;
  /** Makes the token endpoint slow (`latencyMs`), failing (`failWith` status) or hanging, until changed or reset. */
  tokenEndpoint(options: { latencyMs?: number; failWith?: number; hang?: boolean }): void;
  /** Clears every fault and restores the start options (latency, token lifetime, credentials). */
  reset(): void;
}

/** What the sandbox has seen. Hung requests are recorded with status 0; the log keeps the newest {@link REQUEST_LOG_LIMIT}. */
export interface SandboxStats {
  tokenRequests: number;
  apiRequests: number;
  /** TCP connections accepted: a client that reuses its connections opens few. */
  connections: number;
  /** `query` is the query string as sent (`?region=my&…`, or empty), so tests can see which options a client asked for. */
  requests: Array<{ method: string; path: string; query: string; status: number }>;
  reset(): void;
}

/** A running sandbox. */
export interface Sandbox {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  credentials: SandboxCredentials;
  faults: SandboxFaults;
  stats: SandboxStats;
  /** Stops listening and destroys every connection, including keep-alive and hung ones. */
  close(): Promise<void>;
}

/** Fixed, public demo credentials (not secrets): what demo mode and the CLI use. */
export const DEMO_CREDENTIALS: SandboxCredentials = Object.freeze({
  apiKey: 'sec_demo_dealerdesk_sandbox_key',
  clientId: 'dealerdesk-demo-client',
  clientSecret: 'dealerdesk-demo-client-secret',
});

const TOKEN_PATH = '/auth-broker/request-token';
const DEFAULT_TOKEN_LIFETIME_SECONDS = 3599;
/** Most requests `stats.requests` keeps (the counters keep counting). */
export const REQUEST_LOG_LIMIT = 10_000;

function isApiPath(pathname: string): boolean {
  return pathname === '/v2' || pathname.startsWith('/v2/');
}

function forcedMessage(status: number): string {
  if (status === 401) return 'Unauthorized.';
  if (status === 429) return 'Too many requests; slow down and retry later.';
  if (status >= 500) return 'The service is temporarily unavailable.';
  return 'The request failed.';
}

/** Starts a sandbox on 127.0.0.1 and resolves once it is listening. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const now = options.now ?? Date.now;
  const credentials: SandboxCredentials = { ...DEMO_CREDENTIALS, ...options.credentials };
  const faults = new FaultState({
    latencyMs: options.latencyMs ?? 0,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS,
  });
  const tokens = new TokenStore(now);
  const limiter = new RateLimiter(options.rateLimit === undefined ? DEFAULT_RATE_LIMIT : options.rateLimit, now);
  const route = createApiRouter({ now, facetShape: options.facetShape ?? 'values', historyShape: options.historyShape ?? 'wrapped' });
  const stats: SandboxStats = {
    tokenRequests: 0,
    apiRequests: 0,
    connections: 0,
    requests: [],
    reset() {
      stats.tokenRequests = 0;
      stats.apiRequests = 0;
      stats.connections = 0;
      stats.requests = [];
    },
  };
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  async function answer(request: IncomingMessage, pathname: string, query: URLSearchParams): Promise<JsonReply> {
    const rate = limiter.check(isApiPath(pathname));
    const reply = await compute(request, pathname, query, rate.allowed, rate.retryAfterSeconds);
    return { ...reply, headers: { ...rate.headers, ...reply.headers } };
  }

  async function compute(request: IncomingMessage, pathname: string, query: URLSearchParams, allowed: boolean, retryAfterSeconds: number): Promise<JsonReply> {
    const isToken = pathname === TOKEN_PATH;
    const isApi = isApiPath(pathname);
    try {
      const bodyText = await readBody(request);
      const forced = faults.takeFailure(pathname);
      if (forced) {
        const retryAfter = forced.status === 429 ? { 'Retry-After': String(forced.retryAfterSeconds ?? 1) } : undefined;
        // A forced 401 from the token endpoint looks like the real rejection, so clients take the same path.
        const extra = isToken && forced.status === 401 ? { error_code: 'invalid_client' } : {};
        throw new SandboxHttpError(forced.status, forcedMessage(forced.status), extra, retryAfter);
      }
      if (isToken && faults.tokenEndpoint.failWith !== undefined) {
        throw new SandboxHttpError(faults.tokenEndpoint.failWith, forcedMessage(faults.tokenEndpoint.failWith));
      }
      if (!allowed) {
        throw new SandboxHttpError(429, 'Too many requests; slow down and retry later.', {}, { 'Retry-After': String(retryAfterSeconds) });
      }
      if (isToken) {
        if (request.method !== 'POST') throw new SandboxHttpError(405, 'Use POST to request a token.');
        return handleTokenRequest({
          request,
          body: bodyText,
          credentials,
          credentialsRevoked: faults.credentialsRevoked,
          lifetimeSeconds: faults.tokenLifetimeSeconds,
          tokens,
        });
      }
      if (!isApi) throw new SandboxHttpError(404, 'No such endpoint.');
      authenticateApiRequest(request, credentials, faults.credentialsRevoked, tokens);
      return route({ method: request.method ?? 'GET', pathname, query, bodyText });
    } catch (error) {
      // Unexpected errors become a generic 500 so a bad request can never take the server down.
      return error instanceof SandboxHttpError ? error.toReply() : new SandboxHttpError(500, 'Internal sandbox error.').toReply();
    }
  }

  function delay(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });
  }

  /** Logs one request, keeping only the newest: demo mode runs all day. */
  const requestLogLimit = options.requestLogLimit ?? REQUEST_LOG_LIMIT;
  const logRequest = (entry: SandboxStats['requests'][number]) => {
    stats.requests.push(entry);
    if (stats.requests.length > requestLogLimit) stats.requests.splice(0, stats.requests.length - requestLogLimit);
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://sandbox.invalid');
    const pathname = url.pathname;
    const isToken = pathname === TOKEN_PATH;
    if (isToken) stats.tokenRequests += 1;
    if (isApiPath(pathname)) stats.apiRequests += 1;
    const method = request.method ?? 'GET';
    if (faults.takeHang(pathname) || (isToken && faults.tokenEndpoint.hang)) {
      logRequest({ method, path: pathname, query: url.search, status: 0 });
      request.resume();
      return;
    }
    const reply = await answer(request, pathname, url.searchParams);
    await delay(faults.latencyMs + (isToken ? (faults.tokenEndpoint.latencyMs ?? 0) : 0));
    logRequest({ method, path: pathname, query: url.search, status: reply.status });
    if (closed || response.destroyed) return;
    const payload = JSON.stringify(reply.body);
    response.writeHead(reply.status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(payload),
      'Cache-Control': 'no-store',
      ...reply.headers,
      ...(reply.status === 413 ? { Connection: 'close' } : {}),
    });
    response.end(payload);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent && !response.destroyed) {
        response.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify({ error: true, message: 'Internal sandbox error.' }));
      }
    });
  });
  if (options.keepAliveTimeoutMs !== undefined) server.keepAliveTimeout = options.keepAliveTimeoutMs;
  server.on('connection', (socket) => {
    stats.connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const faultControls: SandboxFaults = {
    setLatency: (ms) => {
      faults.latencyMs = Math.max(0, ms);
    },
    setTokenLifetime: (seconds) => {
      faults.tokenLifetimeSeconds = seconds;
    },
    revokeTokens: () => tokens.revokeAll(),
    revokeCredentials: () => {
      faults.credentialsRevoked = true;
    },
    failNext: ({ path, status, times = 1, retryAfterSeconds }) => faults.addFailure({ path, status, remaining: times, retryAfterSeconds }),
    hangNext: ({ path, times = 1 }) => faults.addHang({ path, remaining: times }),
    tokenEndpoint: (fault) => {
      faults.tokenEndpoint = { ...fault };
    },
    reset: () => faults.reset(),
  };

  return {
    url: `http://127.0.0.1:${port}`,
    credentials,
    faults: faultControls,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        if (closed) return resolve();
        closed = true;
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      }),
  };
}
