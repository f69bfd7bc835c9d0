import { TokenManager, refreshMarginMs } from '../../../main/core/auth/token-manager';
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
