/**
 * The example policy in docs/kiosk.md is what administrators copy: it must be
 * accepted as a whole by the same loader the app runs, and mean what the
 * document says it means.
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPolicy } from '../../../main/core/policy/load-policy';
import { parsePinHash } from '../../../main/core/policy/exit-pin';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/kiosk.md', import.meta.url)), 'utf8');
/** The first ```json block of section 1. */
const example = /## 1\. Write the policy[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1];

test.skipIf(process.platform === 'win32')('the example policy in docs/kiosk.md loads in full, with its kiosk, lock, AutoGrab, dealership and update settings', async () => {
  expect(example).toBeDefined();
  const dir = await mkdtemp(path.join(tmpdir(), 'dd-doc-policy-'));
  try {
    const file = path.join(dir, 'policy.json');
    await writeFile(file, example!);
    await chmod(file, 0o644);
    const { policy, notices } = await loadPolicy({ path: file, isPackaged: true, platform: process.platform, trustedOwnerUid: process.getuid!() });
    expect(notices).toEqual([]);
    expect(policy.kiosk).toMatchObject({ enabled: true, idleResetSeconds: 180 });
    expect(typeof parsePinHash(policy.kiosk.exitPinHash!)).toBe('object');
    expect(policy.autograb).toMatchObject({ baseUrl: 'https://api.autograb.com.au', region: 'my' });
    expect(policy.lockedSettings).toEqual(expect.arrayContaining(['maxOffer', 'language', 'baseUrl', 'region']));
    expect(policy.updates).toMatchObject({ enabled: true, channel: 'latest', maintenanceWindow: { start: '02:00', end: '04:00' } });
    expect(policy.allowInsecureSecretStorage).toBe(false);
    expect(policy.appraisal.dealership).toMatchObject({ name: 'Kereta Jaya Sdn Bhd', ssm: '202301012345 (1234567-X)', offerValidityDays: 7 });
    expect(policy.appraisal.locked).toEqual(expect.arrayContaining(['maxOfferConfiguration', 'reconPresets']));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
