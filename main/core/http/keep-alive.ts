/**
 * Connections to AutoGrab that stay open between lookups.
 *
 * Node's `fetch` closes a connection after about 4 s idle when the server
 * gives no `Keep-Alive` hint (undici's default `keepAliveTimeout`). Over a
 * real network the next lookup then pays a new TCP and TLS handshake, two
 * round trips to Australia, before its own. A salesperson's lookups are
 * seconds to minutes apart, so each client sends its requests through its own
 * undici `Agent` that keeps idle connections for {@link IDLE_CONNECTION_MS}
 * (a server that closes sooner, or says so in its hint, still wins).
 *
 * The warm-up paths that fetch the OAuth token (start, demo/live switch,
 * before expiry, resume) go through the same pool, so they also leave a warm
 * connection for the salesperson's next lookup.
 *
 * undici is loaded by the warm-up (or the first request), not at import:
 * loading it takes 0.1-0.4 s on a 2-core machine, and the warm-up only runs
 * once the window shows.
 */
import type { Agent } from 'undici';

/** How long an idle connection to AutoGrab is kept open, ms (5 minutes: the pause between two customers). */
export const IDLE_CONNECTION_MS = 5 * 60_000;

/** A `fetch` whose connections outlive short pauses, and the way to close them. */
export interface KeepAlivePool {
  /** Sends like `base`, over this pool's connections. */
  fetch: typeof fetch;
  /** Loads undici and creates the agent now, so the first request does not wait for it (the warm-up calls it). */
  prepare(): Promise<void>;
  /** Closes every connection at once, in flight or idle (the client is being discarded). */
  close(): Promise<void>;
}

/**
 * Wraps `base` (the global `fetch`, or a test's wrapper around it) so every
 * request goes through one keep-alive `Agent`, created by {@link KeepAlivePool.prepare}
 * or the first request.
 * A `fetch` that ignores `dispatcher` (a test double) is unaffected.
 */
export function keepAlivePool(base: typeof fetch): KeepAlivePool {
  let agent: Promise<Agent> | null = null;
  const dispatcher = () =>
    (agent ??= import('undici').then(({ Agent: KeepAliveAgent }) => new KeepAliveAgent({ keepAliveTimeout: IDLE_CONNECTION_MS, keepAliveMaxTimeout: IDLE_CONNECTION_MS })));
  return {
    // `dispatcher` is Node's own extension of RequestInit (undici's option), which the DOM typing lacks.
    fetch: async (input, init) => base(input, { ...init, dispatcher: await dispatcher() } as RequestInit),
    prepare: async () => {
      await dispatcher();
    },
    close: async () => {
      if (agent) await (await agent).destroy();
    },
  };
}
