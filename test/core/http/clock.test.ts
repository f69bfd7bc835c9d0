/**
 * The real clock (everything else uses a fake one): sleeps last as long as
 * asked, cancel at once, and leave no timer or listener behind. Vitest's fake
 * timers drive it, so nothing here waits for real time.
 */
import { getEventListeners } from 'node:events';
import { systemClock } from '../../../main/core/http/clock';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function settledState(promise: Promise<void>) {
  const state = { done: false, error: null as unknown };
  promise.then(
    () => (state.done = true),
    (error: unknown) => (state.error = error),
  );
  return state;
}

test('now() is the wall clock', () => {
  vi.setSystemTime(Date.UTC(2026, 5, 1));
  expect(systemClock.now()).toBe(Date.UTC(2026, 5, 1));
});

test('sleep(ms) resolves after exactly ms, and leaves no abort listener on the signal', async () => {
  const signal = new AbortController().signal;
  const state = settledState(systemClock.sleep(1_000, signal));
  await vi.advanceTimersByTimeAsync(999);
  expect(state.done).toBe(false);
  expect(getEventListeners(signal, 'abort')).toHaveLength(1);
  await vi.advanceTimersByTimeAsync(1);
  expect(state.done).toBe(true);
  expect(getEventListeners(signal, 'abort')).toHaveLength(0);
});

test('a negative wait is no wait', async () => {
  const state = settledState(systemClock.sleep(-50));
  await vi.advanceTimersByTimeAsync(0);
  expect(state.done).toBe(true);
});

test('an already-aborted signal rejects with CANCELLED and starts no timer', async () => {
  await expect(systemClock.sleep(1_000, AbortSignal.abort())).rejects.toMatchObject({ code: 'CANCELLED' });
  expect(vi.getTimerCount()).toBe(0);
});

test('aborting during the sleep rejects with CANCELLED at once and clears the timer', async () => {
  const controller = new AbortController();
  const state = settledState(systemClock.sleep(60_000, controller.signal));
  controller.abort();
  await vi.advanceTimersByTimeAsync(0);
  expect(state.error).toMatchObject({ code: 'CANCELLED' });
  expect(vi.getTimerCount()).toBe(0);
  expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
});
