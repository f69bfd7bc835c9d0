/**
 * Offline provisioning through the backend: the administrator's one-time
 * credential file is verified against AutoGrab, moved into the encrypted vault
 * and deleted before the first connection; a rejected file stays and kiosk
 * mode is refused while it does.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAppBackend } from '../../main/app-backend';
import type { AppBackend } from '../../main/app-backend';
import { NO_POLICY } from '../../main/core/policy/effective-policy';
import type { EffectivePolicy } from '../../main/core/policy/effective-policy';
import { startSandbox } from '../../main/sandbox/index';
import type { Sandbox } from '../../main/sandbox/index';
import type { AppStatus, Result } from '../../preload/contract';
import { createFakeCipher } from '../fixtures/fake-cipher';
import { makeTempDir } from '../fixtures/temp-dirs';

const APP = { url: 'app://dealer-desk/index.html', isMainFrame: true, trustedWindow: true };
const KIOSK_KEY = 'sec_KioskProvisionedKey_5566778899';

let live: Sandbox;
let backend: AppBackend | null = null;
beforeAll(async () => {
  live = await startSandbox({ credentials: { apiKey: KIOSK_KEY }, rateLimit: null });
});
afterAll(() => live.close());
afterEach(async () => {
  await backend?.close();
  backend = null;
});

function kioskPolicy(): EffectivePolicy {
  return { ...NO_POLICY, kiosk: { enabled: true, idleResetSeconds: 120, exitPinHash: null, allowDeepLinks: false }, autograb: { baseUrl: live.url } };
}

async function startWithProvisioning(contents: unknown, policy: EffectivePolicy = kioskPolicy()) {
  const dataDir = makeTempDir('dd-provision-data-');
  const provisioningPath = join(makeTempDir('dd-provision-etc-'), 'provisioning.json');
  writeFileSync(provisioningPath, JSON.stringify(contents), { mode: 0o600 });
  backend = await createAppBackend({
    dataDir,
    appOrigin: 'app://dealer-desk',
    cipher: createFakeCipher(),
    policy,
    provisioningPath,
    startSandbox: () => startSandbox({ rateLimit: null }),
  });
  const status = (await backend.dispatch('app:get-status', undefined, APP)) as Result<AppStatus>;
  if (!status.ok) throw new Error(status.error.code);
  return { dataDir, provisioningPath, status: status.data };
}

describe('offline provisioning', () => {
  test('a valid credential file is imported, verified, deleted, and the kiosk runs live', async () => {
    const { dataDir, provisioningPath, status } = await startWithProvisioning({ apiKey: KIOSK_KEY });
    expect(existsSync(provisioningPath)).toBe(false);
    expect(status.mode).toBe('live');
    expect(status.kiosk).toEqual({ enabled: true, idleResetSeconds: 120 });
    expect(backend!.kioskEnabled).toBe(true);
    for (const name of readdirSync(dataDir)) expect(readFileSync(join(dataDir, name), 'utf8')).not.toContain(KIOSK_KEY);
  });

  test('a credential AutoGrab rejects is not saved, the file stays, and kiosk mode is refused with the reason', async () => {
    const { provisioningPath, status } = await startWithProvisioning({ apiKey: 'sec_wrong_key_for_this_account' });
    expect(existsSync(provisioningPath)).toBe(true);
    expect(status.mode).toBe('demo');
    expect(status.kiosk.enabled).toBe(false);
    expect(backend!.kioskEnabled).toBe(false);
    expect(status.notices.map((notice) => notice.kind)).toContain('kiosk-refused');
    expect(JSON.stringify(status)).not.toContain('sec_wrong_key_for_this_account');
  });

  test('on a workstation (no kiosk policy) a rejected file is reported, but no kiosk refusal is announced', async () => {
    const { provisioningPath, status } = await startWithProvisioning({ apiKey: 'sec_wrong_key_for_this_account' }, { ...kioskPolicy(), kiosk: NO_POLICY.kiosk });
    expect(existsSync(provisioningPath)).toBe(true);
    const kinds = status.notices.map((notice) => notice.kind);
    expect(kinds).toContain('provisioning-rejected');
    expect(kinds).not.toContain('kiosk-refused');
  });
});
