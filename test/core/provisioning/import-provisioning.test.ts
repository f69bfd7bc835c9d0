import { mkdtemp, readFile, rm, symlink, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AppError, Credentials } from '../../../preload/contract';
import { DealerDeskError } from '../../../main/core/errors';
import { importProvisioning } from '../../../main/core/provisioning/import-provisioning';
import type { ProvisioningOptions, ProvisioningResult } from '../../../main/core/provisioning/import-provisioning';
import type { Logger } from '../../../main/core/ports';
import { recordingLogger } from '../policy/recording-logger';

const API_KEY = 'sec_9f8e7d6c5b4a39281706';
const CLIENT_SECRET = 'cs_Zq81LmN0pQr7StUv';

let dir: string;
let file: string;
let logs: string[];
let logger: Logger;
let store: Credentials | null;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dd-provisioning-'));
  file = path.join(dir, 'provisioning.json');
  ({ logger, lines: logs } = recordingLogger());
  store = null;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const exists = (p: string) => access(p).then(() => true, () => false);
const verified = async () => ({ ok: true, error: null });
const failing = (error: AppError) => async () => ({ ok: false, error });

function run(overrides: Partial<ProvisioningOptions> = {}) {
  const storeCredential = vi.fn(async (input: Credentials) => {
    store = input;
  });
  const verifyCredential = vi.fn(verified);
  const options: ProvisioningOptions = {
    path: file,
    platform: process.platform,
    storeCredential,
    loadStoredCredential: async () => store,
    verifyCredential,
    logger,
    ...overrides,
  };
  return { result: importProvisioning(options), storeCredential, verifyCredential: options.verifyCredential };
}

/** Every text a user or log reader could see. */
function visibleText(result: ProvisioningResult): string {
  return JSON.stringify(result) + logs.join('\n');
}

describe('offline provisioning', () => {
  test('no file: nothing happens and kiosk mode is allowed', async () => {
    const { result, storeCredential } = run();
    expect(await result).toEqual({ outcome: 'absent', notices: [], kioskRefusal: null });
    expect(storeCredential).not.toHaveBeenCalled();
  });

  test('an API key is verified, stored, and the file deleted', async () => {
    await writeFile(file, JSON.stringify({ apiKey: API_KEY }));
    const { result, verifyCredential } = run();
    const outcome = await result;
    expect(outcome).toMatchObject({ outcome: 'imported', kioskRefusal: null });
    expect(outcome.notices).toEqual([expect.objectContaining({ level: 'info', kind: 'provisioning-imported' })]);
    expect(verifyCredential).toHaveBeenCalledWith({ kind: 'apiKey', apiKey: API_KEY });
    expect(store).toEqual({ kind: 'apiKey', apiKey: API_KEY });
    expect(await exists(file)).toBe(false);
    expect(visibleText(outcome)).not.toContain(API_KEY);
  });

  test('OAuth client credentials are imported the same way', async () => {
    await writeFile(file, JSON.stringify({ clientId: 'dealer-group-kl', clientSecret: CLIENT_SECRET }));
    const outcome = await run().result;
    expect(outcome.outcome).toBe('imported');
    expect(store).toEqual({ kind: 'oauth', clientId: 'dealer-group-kl', clientSecret: CLIENT_SECRET });
    expect(visibleText(outcome)).not.toContain(CLIENT_SECRET);
  });

  test('already imported (same credential in the store): deleted without asking AutoGrab again', async () => {
    await writeFile(file, JSON.stringify({ apiKey: API_KEY }));
    store = { kind: 'apiKey', apiKey: API_KEY };
    const { result, verifyCredential, storeCredential } = run();
    expect(await result).toEqual({ outcome: 'already-imported', notices: [], kioskRefusal: null });
    expect(verifyCredential).not.toHaveBeenCalled();
    expect(storeCredential).not.toHaveBeenCalled();
    expect(await exists(file)).toBe(false);
  });

  test('running twice is harmless: the second run finds no file', async () => {
    await writeFile(file, JSON.stringify({ apiKey: API_KEY }));
    expect((await run().result).outcome).toBe('imported');
    expect((await run().result).outcome).toBe('absent');
  });

  test('AutoGrab rejects the key: nothing stored, file kept, kiosk refused, notice says so', async () => {
    await writeFile(file, JSON.stringify({ apiKey: API_KEY }));
    const rejected: AppError = { code: 'AUTH_INVALID_KEY', message: 'AutoGrab did not accept the API key.', retryable: false };
    const { result, storeCredential } = run({ verifyCredential: failing(rejected) });
    const outcome = await result;
    expect(outcome.outcome).toBe('rejected');
    expect(storeCredential).not.toHaveBeenCalled();
    expect(await exists(file)).toBe(true);
    expect(outcome.notices[0]).toMatchObject({ level: 'error', kind: 'provisioning-rejected' });
    expect(outcome.notices[0]!.message).toContain('was left in place so an administrator can fix it');
    expect(outcome.kioskRefusal).toContain('still holds a credential in plain text');
    expect(visibleText(outcome)).not.toContain(API_KEY);
  });

  test('AutoGrab unreachable (offline first boot): saved, file deleted, warning that it is unverified', async () => {
    await writeFile(file, JSON.stringify({ apiKey: API_KEY }));
    const offline: AppError = { code: 'NETWORK', message: 'AutoGrab could not be reached. Check the internet connection.', retryable: true };
    const outcome = await run({ verifyCredential: failing(offline) }).result;
    expect(outcome).toMatchObject({ outcome: 'imported-unverified', kioskRefusal: null });
    expect(outcome.notices).toEqual([expect.objectContaining({ level: 'warning', kind: 'provisioning-unverified' })]);
    expect(outcome.notices[0]!.message).toContain('could not be checked yet');
    expect(store).toEqual({ kind: 'apiKey', apiKey: API_KEY });
    expect(await exists(file)).toBe(false);
  });

  test('the verification itself throws: treated as unverified, never a crash', async () => {
    await writeFile(file, JSON.stringify({ apiKey: API_KEY }));
    const outcome = await run({ verifyCredential: () => Promise.reject(new Error(`boom ${API_KEY}`)) }).result;
    expect(outcome.outcome).toBe('imported-unverified');
    expect(visibleText(outcome)).not.toContain(API_KEY);
  });

  test('secure storage unavailable: file kept, kiosk refused, the fix is in the notice', async () => {
    await writeFile(file, JSON.stringify({ apiKey: API_KEY }));
    const noKeyring = new DealerDeskError('SECURE_STORAGE_UNAVAILABLE', 'This computer has no secure password store. Install gnome-keyring.');
    const outcome = await run({ storeCredential: () => Promise.reject(noKeyring) }).result;
    expect(outcome.outcome).toBe('store-failed');
    expect(outcome.notices[0]!.message).toContain('Install gnome-keyring');
    expect(outcome.kioskRefusal).not.toBeNull();
    expect(await exists(file)).toBe(true);
  });

  test('the file cannot be deleted: credential saved, but kiosk mode is refused with the reason', async () => {
    await writeFile(file, JSON.stringify({ apiKey: API_KEY }));
    const denied = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    const outcome = await run({ removeFile: () => Promise.reject(denied) }).result;
    expect(outcome.outcome).toBe('imported');
    expect(store).toEqual({ kind: 'apiKey', apiKey: API_KEY });
    expect(outcome.notices.map((n) => n.kind)).toEqual(['provisioning-imported', 'provisioning-not-deleted']);
    expect(outcome.kioskRefusal).toContain('could not delete');
    expect(outcome.kioskRefusal).toContain('EACCES');
    expect(visibleText(outcome)).not.toContain(API_KEY);
    expect(logs.join('\n')).toContain('provisioning file could not be deleted');
  });

  test('already imported but still not deletable: kiosk still refused (each start)', async () => {
    await writeFile(file, JSON.stringify({ apiKey: API_KEY }));
    store = { kind: 'apiKey', apiKey: API_KEY };
    const outcome = await run({ removeFile: () => Promise.reject(Object.assign(new Error('EPERM'), { code: 'EPERM' })) }).result;
    expect(outcome.outcome).toBe('already-imported');
    expect(outcome.kioskRefusal).toContain('EPERM');
  });

  test.each([
    ['not JSON', `{"apiKey": ${API_KEY}`, 'it is not valid JSON'],
    ['an array', '[]', 'must be a JSON object'],
    ['empty key', JSON.stringify({ apiKey: '' }), 'apiKey: must be the AutoGrab API key as text'],
    ['a key shorter than the Settings form accepts', JSON.stringify({ apiKey: 'sec_abc' }), 'apiKey: is too short to be the AutoGrab API key'],
    ['key with a space', JSON.stringify({ apiKey: `${API_KEY} x` }), 'apiKey: must be the AutoGrab API key without spaces'],
    ['secret missing', JSON.stringify({ clientId: 'dealer-group-kl' }), 'clientSecret: must be the OAuth client secret as text'],
    ['both kinds', JSON.stringify({ apiKey: API_KEY, clientSecret: CLIENT_SECRET }), 'has a field Dealer Desk does not know'],
    ['an unknown field named like a secret', JSON.stringify({ apiKey: 'k'.repeat(12), [API_KEY]: true }), 'has a field Dealer Desk does not know'],
  ])('an invalid file (%s) is kept, named in a notice, never quoted', async (_label, content, message) => {
    await writeFile(file, content);
    const { result, storeCredential } = run();
    const outcome = await result;
    expect(outcome.outcome).toBe('invalid');
    expect(outcome.notices[0]!.message).toContain(message);
    expect(outcome.kioskRefusal).not.toBeNull();
    expect(storeCredential).not.toHaveBeenCalled();
    expect(await readFile(file, 'utf8')).toBe(content);
    expect(visibleText(outcome)).not.toContain(API_KEY);
    expect(visibleText(outcome)).not.toContain(CLIENT_SECRET);
  });

  test.skipIf(process.platform === 'win32')('a symlink is not followed (and not deleted through)', async () => {
    const real = path.join(dir, 'elsewhere.json');
    await writeFile(real, JSON.stringify({ apiKey: API_KEY }));
    await symlink(real, file);
    const outcome = await run().result;
    expect(outcome.outcome).toBe('unreadable');
    expect(outcome.notices[0]!.message).toContain('symbolic link');
    expect(await exists(real)).toBe(true);
    expect(store).toBeNull();
  });
});
