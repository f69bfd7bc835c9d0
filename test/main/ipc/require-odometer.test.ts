/**
 * The "default kms behaviour" setting: a blank odometer means AutoGrab's
 * average unless the dealership requires a reading, in which case main refuses
 * the valuation before anything is sent (the form asks too, but a policy-locked
 * setting must hold whatever the renderer does).
 */
import { createAppBackend } from '../../../main/app-backend';
import type { AppBackend } from '../../../main/app-backend';
import { NO_POLICY } from '../../../main/core/policy/effective-policy';
import { startSandbox } from '../../../main/sandbox/index';
import type { Result } from '../../../preload/contract';
import { createFakeCipher } from '../../fixtures/fake-cipher';
import { makeTempDir } from '../../fixtures/temp-dirs';

const APP = { url: 'app://dealer-desk/index.html', isMainFrame: true, trustedWindow: true };
const TEST_VEHICLE = '1111111111111111';
let backend: AppBackend | null = null;
afterEach(async () => {
  await backend?.close();
  backend = null;
});

async function start(lockedSettings: typeof NO_POLICY.lockedSettings = []) {
  backend = await createAppBackend({
    dataDir: makeTempDir('dd-odometer-'),
    appOrigin: 'app://dealer-desk',
    cipher: createFakeCipher(),
    policy: { ...NO_POLICY, lockedSettings },
    startSandbox: () => startSandbox({ rateLimit: null }),
  });
  const running = backend;
  return (channel: string, payload?: unknown) => running.dispatch(channel, payload, APP) as Promise<Result<{ prediction: { kms: number | null } }>>;
}

describe('default kms behaviour', () => {
  test('out of the box a blank odometer is valued at the average kms AutoGrab reports', async () => {
    const call = await start();
    const result = await call('valuation:predict', { vehicleId: TEST_VEHICLE });
    expect(result.ok && result.data.prediction.kms).toBeGreaterThan(0);
  });

  test('when the dealership requires a reading, a blank odometer is refused before AutoGrab is asked', async () => {
    const call = await start();
    expect((await call('settings:update', { requireOdometer: true })).ok).toBe(true);
    const requestsBefore = backend!.demoSandbox!.stats.apiRequests;
    const refused = await call('valuation:predict', { vehicleId: TEST_VEHICLE });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'kms' } });
    expect(backend!.demoSandbox!.stats.apiRequests).toBe(requestsBefore);
    const valued = await call('valuation:predict', { vehicleId: TEST_VEHICLE, kms: 42_000 });
    expect(valued.ok && valued.data.prediction.kms).toBe(42_000);
  });

  test('an administrator can lock the setting', async () => {
    const call = await start(['requireOdometer']);
    expect(await call('settings:update', { requireOdometer: true })).toMatchObject({ ok: false, error: { code: 'POLICY_LOCKED' } });
  });
});
