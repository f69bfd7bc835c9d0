/**
 * Answers AutoGrab already gave in this session, reused instead of asking
 * (and paying) again: reopening a vehicle, going back and forth, or revaluing
 * with the same inputs sends nothing. In memory only, never written to disk
 * (lookups carry the customer's plate), bounded, and emptied by the owner on
 * every switch of account and when the credential is deleted.
 *
 * - **Per-kind lifetimes** ({@link CACHE_LIFETIMES_MS}): how long an answer of
 *   that kind stays true enough to show again, each with its reason.
 * - **Merged requests.** Identical calls in flight at once share one HTTP
 *   request. Each caller can still give up with its own signal; the shared
 *   request is aborted only when every caller has given up, so a superseded
 *   typeahead search is still cancelled on the wire.
 * - **Bounded.** At most {@link MAX_CACHE_ENTRIES} answers; the least recently
 *   used is dropped first.
 * - **Honest.** A reused answer says when it was fetched, so the screen never
 *   shows it as fresh.
 */
import { cancelled } from '../failures';
import type { Clock } from '../http/clock';

/** What an answer is about, which decides how long it can be reused. */
export type CacheKind = 'identity' | 'catalogue' | 'valuation' | 'market';

/**
 * How long an answer of each kind is reused, ms.
 *
 * - `identity` (plate and VIN lookups, a vehicle by ID): 8 hours, a working
 *   day. Which vehicle a registration or VIN is does not change; a day bounds
 *   the rare re-registration.
 * - `catalogue` (text search, facets, facet search): 8 hours. AutoGrab's
 *   vehicle catalogue changes with model releases, not within a day.
 * - `valuation` (predict, every condition, residual): 10 minutes. The same
 *   inputs give the same price within a customer's visit, which is when the
 *   salesperson goes back and forth; short, so a price shown again is never
 *   far behind AutoGrab's model.
 * - `market` (comparable listings, a car's listing history): 30 minutes.
 *   Listings are added, repriced and sold over hours and days; half an hour
 *   covers an appraisal without hiding the day's movement.
 */
export const CACHE_LIFETIMES_MS: Readonly<Record<CacheKind, number>> = {
  identity: 8 * 60 * 60_000,
  catalogue: 8 * 60 * 60_000,
  valuation: 10 * 60_000,
  market: 30 * 60_000,
};

/**
 * Answers kept at most. A busy desk values a few dozen cars a day at about
 * eight answers each; the largest answers (100 search results, an overlay of
 * listings) are tens of KB, so the cache stays within a few MB.
 */
export const MAX_CACHE_ENTRIES = 200;

/** An answer and when AutoGrab sent it. */
export interface CacheAnswer<T> {
  value: T;
  /** Epoch ms when the answer arrived. */
  fetchedAt: number;
  /** True when this call sent nothing: the answer was kept from an earlier call. */
  reused: boolean;
}

interface Entry {
  kind: CacheKind;
  value: unknown;
  fetchedAt: number;
}

interface Flight {
  promise: Promise<{ value: unknown; fetchedAt: number }>;
  controller: AbortController;
  waiters: number;
}

/** The session's reusable answers and the requests in flight for them. */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly flights = new Map<string, Flight>();
  /** Bumped by {@link clear}: an answer to a request sent before it is not kept. */
  private generation = 0;
  private readonly clock: Pick<Clock, 'now'>;
  private readonly maxEntries: number;

  constructor(options: { clock: Pick<Clock, 'now'>; maxEntries?: number }) {
    this.clock = options.clock;
    this.maxEntries = options.maxEntries ?? MAX_CACHE_ENTRIES;
  }

  /**
   * The answer for `key`: kept and still within its kind's lifetime, or the
   * answer of an identical request already in flight, or `load`'s (sent now).
   * Failures are never kept. Aborting `signal` rejects with CANCELLED.
   */
  async fetch<T>(kind: CacheKind, key: string, load: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<CacheAnswer<T>> {
    if (signal?.aborted) throw cancelled();
    const kept = this.fresh(key);
    if (kept) return { value: kept.value as T, fetchedAt: kept.fetchedAt, reused: true };
    const flight = this.flights.get(key) ?? this.send(kind, key, load);
    flight.waiters += 1;
    const answer = await waitForFlight(flight, signal, () => {
      // Nobody wants it any more: cancel it on the wire, and let the next identical call send afresh.
      flight.controller.abort();
      if (this.flights.get(key) === flight) this.flights.delete(key);
    });
    return { value: answer.value as T, fetchedAt: answer.fetchedAt, reused: false };
  }

  /** Forgets every answer; requests in flight still answer their callers but are not kept. */
  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  /** Answers kept now. */
  get size(): number {
    return this.entries.size;
  }

  /** Distinct requests in flight now. */
  get inFlight(): number {
    return this.flights.size;
  }

  private fresh(key: string): Entry | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (this.clock.now() - entry.fetchedAt >= CACHE_LIFETIMES_MS[entry.kind]) {
      this.entries.delete(key);
      return null;
    }
    // Most recently used last, so the oldest use is the first key.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  private send(kind: CacheKind, key: string, load: (signal: AbortSignal) => Promise<unknown>): Flight {
    const controller = new AbortController();
    const generation = this.generation;
    const promise = load(controller.signal)
      .then((value) => {
        const fetchedAt = this.clock.now();
        if (generation === this.generation) this.keep(key, { kind, value, fetchedAt });
        return { value, fetchedAt };
      })
      .finally(() => {
        if (this.flights.get(key) === flight) this.flights.delete(key);
      });
    // Every caller may have given up before it settles: its failure then has no one to reach.
    promise.catch(() => undefined);
    const flight: Flight = { promise, controller, waiters: 0 };
    this.flights.set(key, flight);
    return flight;
  }

  private keep(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }
}

/** Waits for the shared request; a caller that aborts stops waiting, and the last one to leave calls `abandon`. */
function waitForFlight(flight: Flight, signal: AbortSignal | undefined, abandon: () => void): Promise<{ value: unknown; fetchedAt: number }> {
  return new Promise((resolve, reject) => {
    let done = false;
    const leave = () => {
      done = true;
      signal?.removeEventListener('abort', onAbort);
      flight.waiters -= 1;
    };
    const onAbort = () => {
      if (done) return;
      leave();
      if (flight.waiters === 0) abandon();
      reject(cancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    flight.promise.then(
      (answer) => {
        if (done) return;
        leave();
        resolve(answer);
      },
      (error: unknown) => {
        if (done) return;
        leave();
        reject(error as Error);
      },
    );
  });
}
