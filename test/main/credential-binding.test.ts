/**
 * A compromised screen cannot move the stored credential: after it changes
 * the API or token address, then tests the connection, searches and values,
 * its server has received 0 requests carrying a secret. The credential goes
 * only where it was entered for, to AutoGrab's own hosts, or to an address
 * the administrator's policy fixes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppBackend } from '../../main/app-backend';
import type { AppBackendOptions } from '../../main/app-backend';
import { NO_POLICY } from '../../main/core/policy/effective-policy';
import { startSandbox } from '../../main/sandbox/index';
import type { Sandbox } from '../../main/sandbox/index';
import type { AppStatus, Result } from '../../preload/contract';
import { createFakeCipher } from '../fixtures/fake-cipher';
import { sendJson, startRecordingServer } from '../core/helpers/recording-server';
import type { RecordedRequest, RecordingServer } from '../core/helpers/recording-server';

const APP = { url: 'app://dealer-desk/index.html', isMainFrame: true, trustedWindow: true };
const LIVE_KEY = 'sec_BoundDealerKey0123456789abcdef';
const LIVE_SECRET = 'bound-oauth-client-secret-0987654321';
const VEHICLE = '1111111111111111';

let live: Sandbox;
let attacker: RecordingServer;
const cleanups: Array<() => Promise<void> | void> = [];

/** Requests that carry any credential: an ApiKey, Basic client credentials or a Bearer token. */
const withSecret = (requests: RecordedRequest[]) => requests.filter((request) => request.headers.apikey !== undefined || request.headers.authorization !== undefined);

beforeAll(async () => {
  live = await startSandbox({ credentials: { apiKey: LIVE_KEY, clientSecret: LIVE_SECRET }, rateLimit: null });
  // Answers like AutoGrab would, so nothing on the app's side fails early by accident.
  attacker = await startRecordingServer((request, response) => {
    if (request.path.includes('request-token')) sendJson(response, 200, { access_token: 'stolen', expires_in: 3599, token_type: 'bearer' });
    else sendJson(response, 200, { success: true, vehicles: [] });
  });
});
afterAll(async () => {
  await Promise.all([live.close(), attacker.close()]);
});
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
  attacker.requests.length = 0;
});

async function start(overrides: Partial<AppBackendOptions> = {}) {
  const dataDir = overrides.dataDir ?? mkdtempSync(join(tmpdir(), 'dd-binding-'));
  if (overrides.dataDir === undefined) cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const backend = await createAppBackend({
    dataDir,
    appOrigin: 'app://dealer-desk',
    cipher: createFakeCipher(),
    startSandbox: () => startSandbox({ rateLimit: null }),
    ...overrides,
  });
  cleanups.push(() => backend.close());
  const call = async <T = unknown>(channel: string, payload?: unknown) => (await backend.dispatch(channel, payload, APP)) as Result<T>;
  const status = async () => ((await call<AppStatus>('app:get-status')) as { data: AppStatus }).data;
  return { backend, dataDir, call, status };
}

/** What a hostile renderer does once the address points at its server. */
async function useEverything(call: (channel: string, payload?: unknown) => Promise<Result<unknown>>) {
  await call('credentials:test');
  await call('vehicles:search', { search: 'myvi' });
  await call('vehicles:lookup-plate', { plate: 'REG4SUCCESS' });
  await call('valuation:predict', { vehicleId: VEHICLE, kms: 40_000 });
}

describe.each([
  ['API key', { kind: 'apiKey', apiKey: LIVE_KEY }],
  ['OAuth client', { kind: 'oauth', clientId: 'bound-client-id', clientSecret: LIVE_SECRET }],
] as const)('%s', (_label, credential) => {
  test('changing the API address to another host is refused while a credential is stored; its server gets 0 requests with a secret', async () => {
    const { call, status } = await start();
    await call('settings:update', { baseUrl: live.url });
    expect(await call('credentials:set', credential)).toMatchObject({ ok: true });
    expect((await status()).mode).toBe('live');

    const moved = await call('settings:update', { baseUrl: attacker.origin });
    expect(moved).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'baseUrl' } });
    expect(moved).toMatchObject({ error: { reason: 'settings.credentialBound', params: { origin: attacker.origin } } });
    const tokenMoved = await call('settings:update', { tokenUrl: `${attacker.origin}/auth-broker/request-token` });
    expect(tokenMoved).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'tokenUrl' } });
    expect((await status()).settings).toMatchObject({ baseUrl: live.url, tokenUrl: null });

    await useEverything(call);
    expect(withSecret(attacker.requests)).toHaveLength(0);
    expect(attacker.requests).toHaveLength(0);
  });

  test('a settings file edited behind the app\'s back: the vault refuses to send the credential there, the app says so and uses demo data', async () => {
    const first = await start();
    await first.call('settings:update', { baseUrl: live.url });
    await first.call('credentials:set', credential);
    await first.backend.close();
    const settingsFile = join(first.dataDir, 'settings.json');
    writeFileSync(settingsFile, readFileSync(settingsFile, 'utf8').replace(live.url, attacker.origin));

    const second = await start({ dataDir: first.dataDir });
    const status = await second.status();
    expect(status.mode).toBe('demo');
    expect(status.notices).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'credentials-other-address' })]));
    await useEverything(second.call);
    expect(withSecret(attacker.requests)).toHaveLength(0);
  });
});

test('AutoGrab\'s own hosts are trusted: moving between them keeps the credential', async () => {
  const { call } = await start();
  await call('settings:update', { baseUrl: live.url });
  await call('credentials:set', { kind: 'apiKey', apiKey: LIVE_KEY });
  expect(await call('settings:update', { baseUrl: 'https://api.autograb.co.uk' })).toMatchObject({ ok: true });
  expect(await call('settings:update', { baseUrl: 'https://api.autograb.com.au' })).toMatchObject({ ok: true });
});

test('an address fixed by the administrator\'s policy is trusted', async () => {
  const first = await start();
  await first.call('settings:update', { baseUrl: live.url });
  await first.call('credentials:set', { kind: 'apiKey', apiKey: LIVE_KEY });
  await first.backend.close();
  const policyServer = await startSandbox({ credentials: { apiKey: LIVE_KEY, clientSecret: LIVE_SECRET }, rateLimit: null });
  cleanups.push(() => policyServer.close());
  const second = await start({ dataDir: first.dataDir, policy: { ...NO_POLICY, source: 'file', autograb: { baseUrl: policyServer.url } } });
  expect((await second.status()).mode).toBe('live');
  expect(await second.call('vehicles:lookup-plate', { plate: 'REG4SUCCESS' })).toMatchObject({ ok: true });
  expect(policyServer.stats.apiRequests).toBe(1);
});

test('with no credential stored, the address can change freely', async () => {
  const { call } = await start();
  expect(await call('settings:update', { baseUrl: attacker.origin })).toMatchObject({ ok: true });
});
