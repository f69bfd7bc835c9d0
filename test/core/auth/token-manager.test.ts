import { getEventListeners } from 'node:events';
import { TokenManager, refreshMarginMs, WAKE_GRACE_MS } from '../../../main/core/auth/token-manager';
import type { IssuedToken } from '../../../main/core/auth/token-manager';
import { authUnavailable } from '../../../main/core/failures';
import { fakeClock } from '../helpers/fakes';

function setup(lifetimeSeconds = 3599) {
  const clock = fakeClock();
  let issued = 0;
  let release: (() => void) | null = null;
  const manager = new TokenManager({
    clock,
    requestToken: async (): Promise<IssuedToken> => {
      issued += 1;
      const token = `token-${issued}`;
      if (release === null) return { accessToken: token, expiresInSeconds: lifetimeSeconds };
      await new Promise<void>((resolve) => {
        const previous = release;
        release = () => {
          previous?.();
          resolve();
        };
      });
      return { accessToken: token, expiresInSeconds: lifetimeSeconds };
    },
  });
  return {
    clock,
    manager,
    issued: () => issued,
    /** Holds token requests until `open()` is called. */
    gate() {
      release = () => undefined;
      return () => {
        const open = release;
        release = null;
        open?.();
      };
    },
  };
}

test('refresh margin is a minute for long tokens and a tenth of the lifetime for short ones', () => {
  expect(refreshMarginMs(3_599_000)).toBe(60_000);
  expect(refreshMarginMs(10_000)).toBe(1_000);
  expect(refreshMarginMs(600_000)).toBe(60_000);
});

test('N concurrent calls on a cold manager make exactly one token request', async () => {
  const { manager, issued, gate } = setup();
  const open = gate();
  const calls = Array.from({ length: 50 }, () => manager.getToken());
  open();
  const tokens = await Promise.all(calls);
  expect(issued()).toBe(1);
  expect(new Set(tokens)).toEqual(new Set(['token-1']));
});

test('a 3599 s token is reused until one minute before expiry, then refreshed', async () => {
  const { manager, issued, clock } = setup(3599);
  await manager.getToken();
  clock.advance(3_539_000 - 1);
  expect(await manager.getToken()).toBe('token-1');
  clock.advance(1);
  expect(await manager.getToken()).toBe('token-2');
  expect(issued()).toBe(2);
});

test('a 10 s token is not fetched on every call: it serves 9 s, then is refreshed', async () => {
  const { manager, issued, clock } = setup(10);
  for (let elapsed = 0; elapsed < 9_000; elapsed += 500) {
    expect(await manager.getToken()).toBe('token-1');
    clock.advance(500);
  }
  expect(issued()).toBe(1);
  expect(await manager.getToken()).toBe('token-2');
});

test('invalidate drops the token only while it is still the cached one', async () => {
  const { manager } = setup();
  const first = await manager.getToken();
  manager.invalidate(first);
  const second = await manager.getToken();
  expect(second).toBe('token-2');
  manager.invalidate(first); // a late 401 for the old token must not drop the new one
  expect(await manager.getToken()).toBe('token-2');
});

test('a failed token request reaches every waiter, and the next call tries again', async () => {
  const clock = fakeClock();
  let calls = 0;
  const manager = new TokenManager({
    clock,
    requestToken: async () => {
      calls += 1;
      if (calls === 1) throw authUnavailable(503);
      return { accessToken: 'fresh', expiresInSeconds: 3599 };
    },
  });
  const results = await Promise.allSettled([manager.getToken(), manager.getToken(), manager.getToken()]);
  expect(results.every((result) => result.status === 'rejected' && (result.reason as { code: string }).code === 'AUTH_UNAVAILABLE')).toBe(true);
  expect(calls).toBe(1);
  expect(await manager.getToken()).toBe('fresh');
});

test('one caller giving up does not cancel the shared token request for the others', async () => {
  const { manager, issued, gate } = setup();
  const open = gate();
  const controller = new AbortController();
  const impatient = manager.getToken(controller.signal);
  const patient = manager.getToken();
  controller.abort();
  await expect(impatient).rejects.toMatchObject({ code: 'CANCELLED' });
  open();
  expect(await patient).toBe('token-1');
  expect(issued()).toBe(1);
});

test('the token lifetime counts from when the request was sent, so a slow token endpoint shortens it', async () => {
  const clock = fakeClock();
  let issued = 0;
  const manager = new TokenManager({
    clock,
    requestToken: async () => {
      issued += 1;
      clock.advance(30_000); // the token endpoint takes 30 s to answer
      return { accessToken: `token-${issued}`, expiresInSeconds: 3599 };
    },
  });
  const sentAt = clock.now();
  expect(await manager.getToken()).toBe('token-1');
  // Refresh one minute before expiry, counted from the moment the request left: sentAt + 3539 s.
  clock.advance(sentAt + 3_539_000 - 1 - clock.now());
  expect(await manager.getToken()).toBe('token-1');
  clock.advance(1);
  expect(await manager.getToken()).toBe('token-2');
  expect(issued).toBe(2);
});

test('an already-aborted caller gets CANCELLED, even while a token is cached', async () => {
  const { manager } = setup();
  await manager.getToken();
  await expect(manager.getToken(AbortSignal.abort())).rejects.toMatchObject({ code: 'CANCELLED' });
});

test('clear() forgets the token: the next call requests a new one', async () => {
  const { manager, issued } = setup();
  await manager.getToken();
  manager.clear();
  expect(await manager.getToken()).toBe('token-2');
  expect(issued()).toBe(2);
});

test('waiting callers leave no abort listener behind on a long-lived signal, whether the token arrives, fails or they give up', async () => {
  const signal = new AbortController().signal;
  const { manager, gate } = setup();
  const open = gate();
  const waiting = Array.from({ length: 20 }, () => manager.getToken(signal));
  expect(getEventListeners(signal, 'abort')).toHaveLength(20);
  open();
  await Promise.all(waiting);
  expect(getEventListeners(signal, 'abort')).toHaveLength(0);

  const failing = new TokenManager({ clock: fakeClock(), requestToken: () => Promise.reject(authUnavailable(503)) });
  await expect(failing.getToken(signal)).rejects.toMatchObject({ code: 'AUTH_UNAVAILABLE' });
  expect(getEventListeners(signal, 'abort')).toHaveLength(0);

  const controller = new AbortController();
  const held = setup();
  const release = held.gate();
  const impatient = held.manager.getToken(controller.signal);
  controller.abort();
  await expect(impatient).rejects.toMatchObject({ code: 'CANCELLED' });
  expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  release();
});

/** A scheduler that records what was scheduled and runs it on demand (no real timers). */
function manualScheduler() {
  const pending: Array<{ delayMs: number; run: () => void; cancelled: boolean }> = [];
  return {
    pending,
    schedule(delayMs: number, run: () => void) {
      const entry = { delayMs, run, cancelled: false };
      pending.push(entry);
      return () => void (entry.cancelled = true);
    },
  };
}

test('warm fetches the token before any call needs it, and the first call then sends no token request', async () => {
  const { manager, issued } = setup();
  await manager.warm();
  expect(issued()).toBe(1);
  await manager.getToken();
  expect(issued()).toBe(1);
});

/** A manager whose token request number `failing` fails (AutoGrab's sign-in unreachable); the others issue `token-<n>`. */
function managerFailingOnAttempt(failing: number): TokenManager {
  let attempts = 0;
  return new TokenManager({
    clock: fakeClock(),
    requestToken: async () => {
      attempts += 1;
      if (attempts === failing) throw authUnavailable();
      return { accessToken: `token-${attempts}`, expiresInSeconds: 3599 };
    },
  });
}

test('a failing warm-up is silent; the next real call tries again', async () => {
  const manager = managerFailingOnAttempt(1);
  await expect(manager.warm()).resolves.toBeUndefined();
  await expect(manager.getToken()).resolves.toBe('token-2');
});

test('with a scheduler, each token is renewed at its refresh point, before a call would wait for it; clear stops it', async () => {
  const clock = fakeClock();
  const scheduler = manualScheduler();
  let issued = 0;
  const manager = new TokenManager({
    clock,
    scheduleRefresh: scheduler.schedule,
    requestToken: async () => ({ accessToken: `token-${++issued}`, expiresInSeconds: 3599 }),
  });
  await manager.warm();
  expect(scheduler.pending[0]!.delayMs).toBe(3_599_000 - 60_000);
  clock.advance(3_599_000 - 60_000);
  scheduler.pending[0]!.run();
  await manager.warm();
  expect(issued).toBe(2);
  // The renewed token serves the next call without another request.
  await expect(manager.getToken()).resolves.toBe('token-2');
  manager.clear();
  expect(scheduler.pending.at(-1)!.cancelled).toBe(true);
});

test('renew (back from sleep) fetches a new token even though the cached one has not reached its refresh point', async () => {
  const { manager, issued } = setup();
  await manager.warm();
  await manager.renew();
  expect(issued()).toBe(2);
  await expect(manager.getToken()).resolves.toBe('token-2');
  expect(issued()).toBe(2);
});

test('resume and unlock together renew once; a wake after the grace period renews again', async () => {
  const { manager, issued, clock } = setup();
  await manager.warm();
  await Promise.all([manager.renew(), manager.renew()]);
  clock.advance(WAKE_GRACE_MS - 1);
  await manager.renew();
  expect(issued()).toBe(2);
  clock.advance(1);
  await manager.renew();
  expect(issued()).toBe(3);
});

test('a call made while the renewal is in flight waits for the new token instead of sending the stale one', async () => {
  const { manager, issued, gate } = setup();
  await manager.warm();
  const open = gate();
  const renewal = manager.renew();
  const call = manager.getToken();
  open();
  await renewal;
  await expect(call).resolves.toBe('token-2');
  expect(issued()).toBe(2);
});

test('a failed renewal is silent and leaves no stale token: the next call asks again', async () => {
  const manager = managerFailingOnAttempt(2);
  await manager.warm();
  await expect(manager.renew()).resolves.toBeUndefined();
  await expect(manager.getToken()).resolves.toBe('token-3');
});
