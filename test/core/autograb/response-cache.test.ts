/**
 * The session's response cache on its own: reuse within each kind's lifetime,
 * identical requests in flight merged, each caller free to give up, failures
 * never kept, bounded size, and clear. Fake clock, no waiting.
 */
import { CACHE_LIFETIMES_MS, ResponseCache } from '../../../main/core/autograb/response-cache';
import type { CacheKind } from '../../../main/core/autograb/response-cache';
import { isDealerDeskError } from '../../../main/core/errors';
import { serverFailure } from '../../../main/core/failures';
import { fakeClock } from '../helpers/fakes';

/** A loader that counts its calls and can be held open; `signals` are the ones it was given. */
function loader() {
  let sent = 0;
  const signals: AbortSignal[] = [];
  let held: Array<() => void> | null = null;
  const load = async (signal: AbortSignal) => {
    sent += 1;
    signals.push(signal);
    const answer = `answer-${sent}`;
    if (held) await new Promise<void>((resolve) => held!.push(resolve));
    if (signal.aborted) throw new DOMException('aborted', 'AbortError');
    return answer;
  };
  return {
    load,
    signals,
    sent: () => sent,
    hold() {
      held = [];
      return () => {
        const waiting = held ?? [];
        held = null;
        for (const resolve of waiting) resolve();
      };
    },
  };
}

function setup(maxEntries?: number) {
  const clock = fakeClock();
  return { clock, cache: new ResponseCache({ clock, maxEntries }) };
}

test.each(Object.entries(CACHE_LIFETIMES_MS) as Array<[CacheKind, number]>)('a %s answer is reused for its lifetime (%i ms), then asked again', async (kind, lifetime) => {
  const { cache, clock } = setup();
  const source = loader();
  const first = await cache.fetch(kind, 'k', source.load);
  expect(first).toMatchObject({ value: 'answer-1', reused: false });
  clock.advance(lifetime - 1);
  const again = await cache.fetch(kind, 'k', source.load);
  // The reused answer says when it was fetched, not now.
  expect(again).toEqual({ value: 'answer-1', fetchedAt: first.fetchedAt, reused: true });
  clock.advance(1);
  expect(await cache.fetch(kind, 'k', source.load)).toMatchObject({ value: 'answer-2', reused: false });
  expect(source.sent()).toBe(2);
});

test('lifetimes: identity and catalogue for a working day, market longer than valuations, valuations minutes', () => {
  expect(CACHE_LIFETIMES_MS.identity).toBeGreaterThanOrEqual(8 * 3_600_000);
  expect(CACHE_LIFETIMES_MS.catalogue).toBeGreaterThanOrEqual(8 * 3_600_000);
  expect(CACHE_LIFETIMES_MS.market).toBeGreaterThan(CACHE_LIFETIMES_MS.valuation);
  expect(CACHE_LIFETIMES_MS.valuation).toBeLessThanOrEqual(15 * 60_000);
});

test('two identical calls in flight at once send one request and both get its answer', async () => {
  const { cache } = setup();
  const source = loader();
  const open = source.hold();
  const calls = [cache.fetch('valuation', 'k', source.load), cache.fetch('valuation', 'k', source.load)];
  expect(cache.inFlight).toBe(1);
  open();
  const answers = await Promise.all(calls);
  expect(answers.map((answer) => answer.value)).toEqual(['answer-1', 'answer-1']);
  expect(source.sent()).toBe(1);
  expect(cache.inFlight).toBe(0);
});

test('different questions are different requests', async () => {
  const { cache } = setup();
  const source = loader();
  await cache.fetch('identity', 'plate WXY1234', source.load);
  await cache.fetch('identity', 'plate VBX2020', source.load);
  expect(source.sent()).toBe(2);
});

test('one caller giving up does not cancel the request the other still waits for', async () => {
  const { cache } = setup();
  const source = loader();
  const open = source.hold();
  const impatient = new AbortController();
  const first = cache.fetch('identity', 'k', source.load, impatient.signal);
  const second = cache.fetch('identity', 'k', source.load);
  impatient.abort();
  await expect(first).rejects.toMatchObject({ code: 'CANCELLED' });
  expect(source.signals[0]!.aborted).toBe(false);
  open();
  await expect(second).resolves.toMatchObject({ value: 'answer-1' });
});

test('when every caller gives up the request is cancelled on the wire, and the next identical call sends afresh', async () => {
  const { cache } = setup();
  const source = loader();
  const open = source.hold();
  const a = new AbortController();
  const b = new AbortController();
  const calls = [cache.fetch('catalogue', 'k', source.load, a.signal), cache.fetch('catalogue', 'k', source.load, b.signal)];
  a.abort();
  b.abort();
  await Promise.all(calls.map((call) => expect(call).rejects.toMatchObject({ code: 'CANCELLED' })));
  expect(source.signals[0]!.aborted).toBe(true);
  expect(cache.inFlight).toBe(0);
  open();
  expect(await cache.fetch('catalogue', 'k', source.load)).toMatchObject({ value: 'answer-2', reused: false });
  expect(cache.size).toBe(1);
});

test('an already aborted call sends nothing', async () => {
  const { cache } = setup();
  const source = loader();
  await expect(cache.fetch('identity', 'k', source.load, AbortSignal.abort())).rejects.toMatchObject({ code: 'CANCELLED' });
  expect(source.sent()).toBe(0);
});

test('a failure reaches every waiting caller and is never kept: the next call asks again', async () => {
  const { cache } = setup();
  let sent = 0;
  const failing = async () => {
    sent += 1;
    if (sent === 1) throw serverFailure(503);
    return 'recovered';
  };
  const calls = [cache.fetch('market', 'k', failing), cache.fetch('market', 'k', failing)];
  for (const call of calls) await expect(call).rejects.toSatisfy((error: unknown) => isDealerDeskError(error) && error.code === 'SERVER');
  expect(cache.size).toBe(0);
  await expect(cache.fetch('market', 'k', failing)).resolves.toMatchObject({ value: 'recovered' });
  expect(sent).toBe(2);
});

test('bounded: past the limit the least recently used answer is dropped first', async () => {
  const { cache } = setup(3);
  const source = loader();
  for (const key of ['a', 'b', 'c']) await cache.fetch('identity', key, source.load);
  // Using "a" again makes "b" the least recently used.
  await cache.fetch('identity', 'a', source.load);
  await cache.fetch('identity', 'd', source.load);
  expect(cache.size).toBe(3);
  expect(source.sent()).toBe(4);
  expect((await cache.fetch('identity', 'a', source.load)).reused).toBe(true);
  expect((await cache.fetch('identity', 'b', source.load)).reused).toBe(false);
});

test('clear forgets every answer, and an answer still in flight at the time is not kept', async () => {
  const { cache } = setup();
  const source = loader();
  await cache.fetch('identity', 'kept', source.load);
  const open = source.hold();
  const late = cache.fetch('identity', 'late', source.load);
  cache.clear();
  expect(cache.size).toBe(0);
  open();
  await expect(late).resolves.toMatchObject({ value: 'answer-2' });
  expect(cache.size).toBe(0);
  expect((await cache.fetch('identity', 'kept', source.load)).reused).toBe(false);
});
