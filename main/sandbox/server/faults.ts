/**
 * Fault injection state: forced failures, hung requests, a slow or failing
 * token endpoint, latency, and the revocation switches. The server consults
 * it on every request; tests and demos drive it through `sandbox.faults`.
 */

/** Which request paths a fault applies to: a path prefix, a pattern, or all when omitted. */
export type PathMatcher = string | RegExp | undefined;

/** Whether `pathname` is covered by `matcher` (a string matches as a prefix). */
function matchesPath(matcher: PathMatcher, pathname: string): boolean {
  if (matcher === undefined) return true;
  if (typeof matcher === 'string') return pathname.startsWith(matcher);
  matcher.lastIndex = 0;
  return matcher.test(pathname);
}

/** A forced failure waiting to be served. */
export interface ForcedFailure {
  path: PathMatcher;
  status: number;
  remaining: number;
  retryAfterSeconds?: number;
}

/** A forced hang waiting to be served. */
export interface ForcedHang {
  path: PathMatcher;
  remaining: number;
}

/** How the token endpoint misbehaves, if at all. */
export interface TokenEndpointFault {
  latencyMs?: number;
  failWith?: number;
  hang?: boolean;
}

/** Mutable fault state with the queue logic; the public facade lives in index.ts. */
export class FaultState {
  latencyMs: number;
  tokenLifetimeSeconds: number;
  credentialsRevoked = false;
  tokenEndpoint: TokenEndpointFault = {};
  private failures: ForcedFailure[] = [];
  private hangs: ForcedHang[] = [];

  constructor(private readonly defaults: { latencyMs: number; tokenLifetimeSeconds: number }) {
    this.latencyMs = defaults.latencyMs;
    this.tokenLifetimeSeconds = defaults.tokenLifetimeSeconds;
  }

  /** Queues a forced failure. */
  addFailure(failure: ForcedFailure): void {
    this.failures.push(failure);
  }

  /** Queues a forced hang. */
  addHang(hang: ForcedHang): void {
    this.hangs.push(hang);
  }

  /** Takes one forced failure for this path, if any is queued (first queued wins). */
  takeFailure(pathname: string): ForcedFailure | undefined {
    return take(this.failures, pathname);
  }

  /** Takes one forced hang for this path, if any is queued. */
  takeHang(pathname: string): ForcedHang | undefined {
    return take(this.hangs, pathname);
  }

  /** Back to the options the sandbox was started with. */
  reset(): void {
    this.latencyMs = this.defaults.latencyMs;
    this.tokenLifetimeSeconds = this.defaults.tokenLifetimeSeconds;
    this.credentialsRevoked = false;
    this.tokenEndpoint = {};
    this.failures = [];
    this.hangs = [];
  }
}

function take<T extends { path: PathMatcher; remaining: number }>(queue: T[], pathname: string): T | undefined {
  const index = queue.findIndex((entry) => matchesPath(entry.path, pathname));
  if (index < 0) return undefined;
  const entry = queue[index] as T;
  entry.remaining -= 1;
  if (entry.remaining <= 0) queue.splice(index, 1);
  return entry;
}
