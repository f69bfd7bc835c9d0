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
 * A pool whose requests all go through one keep-alive `Agent`, created by
 * {@link KeepAlivePool.prepare} or the first request.
 *
 * Without `base` (the app), requests are sent by undici's own `fetch`, from
 * the same package as the Agent. A dispatcher handed to the `fetch` of another
 * undici major can be refused outright (undici 8, bundled from Node 26,
 * rejects older dispatchers before sending a byte), and every Electron update
 * moves the Node, and so the undici, inside the app.
 * With `base` (a test's or a benchmark's counting wrapper around Node's
 * `fetch`), requests go through `base`; a `fetch` that ignores `dispatcher`
 * (a test double) is unaffected.
 */
export function keepAlivePool(base?: typeof fetch): KeepAlivePool {
  let loaded: Promise<{ agent: Agent; send: typeof fetch }> | null = null;
  const load = () =>
    (loaded ??= import('undici').then((undici) => ({
      agent: new undici.Agent({ keepAliveTimeout: IDLE_CONNECTION_MS, keepAliveMaxTimeout: IDLE_CONNECTION_MS }),
      // undici's Response and Request types differ from the DOM's in TypeScript only; at run time both are the WHATWG fetch.
      send: base ?? (undici.fetch as unknown as typeof fetch),
    })));
  return {
    fetch: async (input, init) => {
      const { agent, send } = await load();
      // `dispatcher` is undici's extension of RequestInit, which the DOM typing lacks.
      return send(input, { ...init, dispatcher: agent } as RequestInit);
    },
    prepare: async () => {
      await load();
    },
    close: async () => {
      if (loaded) await (await loaded).agent.destroy();
    },
  };
}
