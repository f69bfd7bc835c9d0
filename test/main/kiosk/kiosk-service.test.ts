import { hashExitPin } from '../../../main/core/policy/exit-pin';
import { NO_POLICY } from '../../../main/core/policy/effective-policy';
import type { EffectivePolicy } from '../../../main/core/policy/effective-policy';
import { createKioskService, MAX_PIN_FAILURES, PIN_LOCKOUT_MS } from '../../../main/kiosk/kiosk-service';

// Each attempt is a real scrypt (N = 32768): tests here do up to 8 of them. Under heavy load
// that is CPU work, not waiting, so the budget is generous; the outcome never depends on time.
vi.setConfig({ testTimeout: 120_000 });

const PIN = '482913';
let pinHash: string;
beforeAll(async () => {
  pinHash = await hashExitPin(PIN);
});

function kioskPolicy(exitPinHash: string | null): EffectivePolicy {
  return { ...NO_POLICY, source: 'file', kiosk: { enabled: true, idleResetSeconds: 120, exitPinHash, allowDeepLinks: false } };
}

function setup(policy = kioskPolicy(pinHash)) {
  let now = 1_000_000;
  const quit = vi.fn();
  const kiosk = createKioskService({ policy, quit, now: () => now });
  return { kiosk, quit, advance: (ms: number) => (now += ms) };
}

describe('kiosk exit', () => {
  test('the right PIN grants the exit, then quits', async () => {
    const { kiosk, quit } = setup();
    expect(kiosk.isExitGranted()).toBe(false);
    expect(await kiosk.exit(PIN)).toBe(true);
    expect(kiosk.isExitGranted()).toBe(true);
    expect(quit).toHaveBeenCalledTimes(1);
  });

  test('a wrong PIN neither quits nor grants', async () => {
    const { kiosk, quit } = setup();
    expect(await kiosk.exit('000000')).toBe(false);
    expect(kiosk.isExitGranted()).toBe(false);
    expect(quit).not.toHaveBeenCalled();
  });

  test(`after ${MAX_PIN_FAILURES} wrong PINs even the right one is refused for 30 s`, async () => {
    const { kiosk, quit, advance } = setup();
    for (let i = 0; i < MAX_PIN_FAILURES; i += 1) expect(await kiosk.exit(`00000${i}`)).toBe(false);
    expect(await kiosk.exit(PIN)).toBe(false);
    advance(PIN_LOCKOUT_MS - 1);
    expect(await kiosk.exit(PIN)).toBe(false);
    expect(quit).not.toHaveBeenCalled();
    advance(1);
    expect(await kiosk.exit(PIN)).toBe(true);
    expect(quit).toHaveBeenCalledTimes(1);
  });

  test('parallel guesses are counted one by one, so they cannot beat the lock-out', async () => {
    const { kiosk, quit } = setup();
    const guesses = Array.from({ length: MAX_PIN_FAILURES }, (_, i) => kiosk.exit(`11111${i}`));
    const withRightPin = kiosk.exit(PIN);
    expect(await Promise.all(guesses)).toEqual(Array(MAX_PIN_FAILURES).fill(false));
    expect(await withRightPin).toBe(false);
    expect(quit).not.toHaveBeenCalled();
  });

  test('a right PIN resets the failure count: 4 wrong, right, 1 wrong, and the right PIN still works', async () => {
    const { kiosk, quit } = setup();
    for (let i = 0; i < MAX_PIN_FAILURES - 1; i += 1) expect(await kiosk.exit('999999')).toBe(false);
    expect(await kiosk.exit(PIN)).toBe(true);
    expect(await kiosk.exit('999999')).toBe(false);
    expect(await kiosk.exit(PIN)).toBe(true);
    expect(quit).toHaveBeenCalledTimes(2);
  });

  test(`the lock-out needs ${MAX_PIN_FAILURES} wrong PINs in a row: ${MAX_PIN_FAILURES - 1} are not enough`, async () => {
    const { kiosk } = setup();
    for (let i = 0; i < MAX_PIN_FAILURES - 1; i += 1) expect(await kiosk.exit('999999')).toBe(false);
    expect(await kiosk.exit(PIN)).toBe(true);
  });

  test('no PIN hash in the policy: the PIN exit is off', async () => {
    const { kiosk, quit } = setup(kioskPolicy(null));
    expect(await kiosk.exit(PIN)).toBe(false);
    expect(quit).not.toHaveBeenCalled();
  });

  test('outside kiosk mode: exit answers false and closing is always allowed', async () => {
    const { kiosk, quit } = setup(NO_POLICY);
    expect(await kiosk.exit(PIN)).toBe(false);
    expect(quit).not.toHaveBeenCalled();
    expect(kiosk.isExitGranted()).toBe(true);
  });

  test('the updater can be allowed to close the kiosk without a PIN', () => {
    const { kiosk, quit } = setup();
    kiosk.allowExit('update install');
    expect(kiosk.isExitGranted()).toBe(true);
    expect(quit).not.toHaveBeenCalled();
  });
});
