/**
 * The example policy in docs/kiosk.md is what administrators copy: its PIN
 * hash is a placeholder that fails until edited (a published hash would be a
 * public PIN), and once edited it is accepted as a whole by the same loader
 * the app runs, and means what the document says it means.
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { hashExitPin, verifyExitPin } from '../../../main/core/policy/exit-pin';
import { loadPolicy } from '../../../main/core/policy/load-policy';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/kiosk.md', import.meta.url)), 'utf8');
/** The first ```json block of section 1. */
const example = /## 1\. Write the policy[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1];
const PLACEHOLDER = 'REPLACE-WITH-THE-LINE-PRINTED-BY---hash-pin';

describe.skipIf(process.platform === 'win32')('the example policy in docs/kiosk.md', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dd-doc-policy-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function load(text: string) {
    const file = path.join(dir, 'policy.json');
    await writeFile(file, text);
    await chmod(file, 0o644);
    return loadPolicy({ path: file, isPackaged: true, platform: process.platform, trustedOwnerUid: process.getuid!() });
  }

  test('as printed, it is rejected until the PIN hash placeholder is replaced', async () => {
    expect(example).toContain(PLACEHOLDER);
    const { status, notices } = await load(example!);
    expect(status).toBe('rejected');
    expect(notices[0]!.message).toContain('kiosk.exitPinHash');
  });

  test('with a real hash it loads in full, with its kiosk, lock, AutoGrab and dealership settings, and updates off', async () => {
    const { policy, notices } = await load(example!.replace(PLACEHOLDER, await hashExitPin('48291375')));
    expect(notices).toEqual([]);
    expect(policy.kiosk).toMatchObject({ enabled: true, idleResetSeconds: 180 });
    expect(policy.autograb).toMatchObject({ baseUrl: 'https://api.autograb.com.au', region: 'my' });
    expect(policy.lockedSettings).toEqual(expect.arrayContaining(['maxOffer', 'language', 'baseUrl', 'region']));
    expect(policy.updates).toEqual({ enabled: false });
    expect(policy.allowInsecureSecretStorage).toBe(false);
    expect(policy.appraisal.dealership).toMatchObject({ name: 'Kereta Jaya Sdn Bhd', ssm: '202301012345 (1234567-X)', offerValidityDays: 7 });
    expect(policy.appraisal.locked).toEqual(expect.arrayContaining(['maxOfferConfiguration', 'reconPresets']));
  });

  test('no document shows the old example hash any more', () => {
    expect(doc).not.toContain('2dWfa9ZP81WS5Wd');
    expect(doc).not.toContain('48213957');
  });
});

describe('the documented one-line PIN hashing command', () => {
  /** The `node -e "…"` script of section 2, as the shell passes it (`\$` is a plain `$` inside double quotes). */
  const script = /## 2\. Hash the exit PIN[\s\S]*?node -e "([^"]+)"/.exec(doc)?.[1]?.replaceAll('\\$', '$');

  test.each(['', '123456', '1234567', 'abcdefgh'])('refuses %j (one PIN rule: at least 8 digits)', (pin) => {
    const result = spawnSync(process.execPath, ['-e', script!], { input: pin, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('8 or more digits');
  });

  test('hashes an 8-digit PIN into a hash the app verifies', async () => {
    const result = spawnSync(process.execPath, ['-e', script!], { input: '48291375', encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(await verifyExitPin('48291375', result.stdout.trim())).toBe(true);
  });
});
