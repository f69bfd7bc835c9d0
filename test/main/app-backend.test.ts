import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAppBackend } from '../../main/app-backend';
import type { AppBackendOptions } from '../../main/app-backend';
import { vehicleTitle } from '../../main/core/domain';
import { NO_POLICY } from '../../main/core/policy/effective-policy';
import { startSandbox } from '../../main/sandbox/index';
import type { Sandbox } from '../../main/sandbox/index';
import type { AppStatus, EventChannel, Result } from '../../preload/contract';
import { createFakeCipher } from '../fixtures/fake-cipher';
import { fileLogger, filesUnder } from '../fixtures/file-logger';
import { makeTempDir } from '../fixtures/temp-dirs';

const APP = { url: 'app://dealer-desk/index.html', isMainFrame: true, trustedWindow: true };
const LIVE_KEY = 'sec_LiveDealerKey0123456789abcdef';
const LIVE_SECRET = 'live-oauth-client-secret-0987654321';

let live: Sandbox;
const opened: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  live = await startSandbox({ credentials: { apiKey: LIVE_KEY, clientSecret: LIVE_SECRET }, rateLimit: null });
});
afterAll(async () => {
  await live.close();
});
afterEach(async () => {
  while (opened.length > 0) await opened.pop()!.close();
  live.faults.reset();
  live.stats.reset();
});

async function start(overrides: Partial<AppBackendOptions> = {}) {
  const dataDir = overrides.dataDir ?? makeTempDir('dd-backend-');
  const events: Array<{ channel: EventChannel; payload: unknown }> = [];
  const backend = await createAppBackend({
    dataDir,
    appOrigin: 'app://dealer-desk',
    cipher: createFakeCipher(),
    logger: fileLogger(dataDir),
    startSandbox: () => startSandbox({ rateLimit: null }),
    ...overrides,
  });
  opened.push(backend);
  backend.subscribe((channel, payload) => events.push({ channel, payload }));
  const call = async <T = unknown>(channel: string, payload?: unknown) => (await backend.dispatch(channel, payload, APP)) as Result<T>;
  const status = async () => {
    const result = await call<AppStatus>('app:get-status');
    if (!result.ok) throw new Error(result.error.code);
    return result.data;
  };
  return { backend, dataDir, events, call, status };
}

describe('demo mode', () => {
  test('with no credentials the app runs against the local sandbox: a plate search works and is kept in history', async () => {
    const { backend, call, status, events } = await start();
    expect((await status()).mode).toBe('demo');
    expect(backend.demoSandbox?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const result = await call<{ vehicle: { id: string; title: string } | null }>('vehicles:lookup-plate', { plate: 'REG4SUCCESS' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.vehicle?.title).toBeTruthy();
    const history = await call<Array<{ kind: string; query?: string; mode: string }>>('history:list-local');
    expect(history).toMatchObject({ ok: true, data: [{ kind: 'search', query: 'REG4SUCCESS', mode: 'demo' }] });
    expect(events.some((event) => event.channel === 'event:usage')).toBe(true);
  });

  test('a valuation asks for the price range, adds max offer when switched on, and is kept in history', async () => {
    const features: Array<string | null> = [];
    const probe: typeof fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname === '/v2/valuations/predict') features.push(url.searchParams.get('features'));
      return fetch(input, init);
    };
    const { call } = await start({ fetch: probe });
    const found = await call<{ vehicle: { id: string; title: string; transmission: string | null; transmissionType: string | null } }>('vehicles:lookup-plate', { plate: 'REG4SUCCESS' });
    if (!found.ok) throw new Error(found.error.code);
    const vehicleId = found.data.vehicle.id;
    const first = await call('valuation:predict', { vehicleId, kms: 42_000, conditionScore: 3 });
    expect(first.ok).toBe(true);
    await call('settings:update', { maxOffer: true });
    await call('valuation:predict', { vehicleId });
    expect(features).toEqual(['bounds', 'bounds,max_offer']);
    const history = await call<Array<{ kind: string; vehicle: { id: string; title: string } }>>('history:list-local');
    if (!history.ok) throw new Error(history.error.code);
    expect(history.data.filter((entry) => entry.kind === 'valuation')).toHaveLength(2);
    // History keeps the title as the screens show it: the gearbox named once, in its short form.
    expect(history.data[0]!.vehicle).toEqual({ id: vehicleId, title: vehicleTitle(found.data.vehicle) });
  });
});

describe('demo ↔ live without a restart', () => {
  test('saving credentials switches to live, deleting them returns to demo; the secret never shows up anywhere', async () => {
    const { backend, call, status, events, dataDir } = await start();
    const responses: unknown[] = [];
    const record = async (channel: string, payload?: unknown) => {
      const result = await call(channel, payload);
      responses.push(result);
      return result;
    };
    await record('settings:update', { baseUrl: live.url });
    expect((await status()).mode).toBe('demo');

    const saved = await record('credentials:set', { kind: 'apiKey', apiKey: LIVE_KEY });
    expect(saved).toEqual({ ok: true, data: { configured: true, kind: 'apiKey', hint: '••••cdef', updatedAt: expect.any(String) } });
    expect((await status()).mode).toBe('live');
    expect(backend.demoSandbox).toBeNull();
    expect(events.some((e) => e.channel === 'event:status-changed' && (e.payload as AppStatus).mode === 'live')).toBe(true);

    const lookup = await record('vehicles:lookup-plate', { plate: 'REG4SUCCESS' });
    expect(lookup.ok).toBe(true);
    expect(live.stats.apiRequests).toBe(1);

    const test = await record('credentials:test');
    expect(test).toMatchObject({ ok: true, data: { ok: true, mode: 'live', error: null, checks: [] } });

    live.faults.revokeCredentials();
    const failed = await record('credentials:test');
    expect(failed).toMatchObject({ ok: true, data: { ok: false, mode: 'live', error: { code: 'AUTH_INVALID_KEY' } } });
    expect((failed as { data: { checks: string[] } }).data.checks.length).toBeGreaterThan(0);
    const rejected = await record('vehicles:search', { search: 'myvi' });
    expect(rejected).toMatchObject({ ok: false, error: { code: 'AUTH_INVALID_KEY' } });
    await record('credentials:get-status');

    const removed = await record('credentials:delete');
    expect(removed).toEqual({ ok: true, data: { configured: false, kind: null, hint: null, updatedAt: null } });
    expect((await status()).mode).toBe('demo');
    expect(backend.demoSandbox).not.toBeNull();
    const before = live.stats.apiRequests;
    expect((await record('vehicles:lookup-plate', { plate: 'REG4SUCCESS' })).ok).toBe(true);
    expect(live.stats.apiRequests).toBe(before);

    const everything = JSON.stringify(responses) + JSON.stringify(events) + filesUnder(dataDir).map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(readFileSync(join(dataDir, 'test.log'), 'utf8').length).toBeGreaterThan(0);
    expect(everything).not.toContain(LIVE_KEY);
    expect(everything).not.toContain(LIVE_KEY.slice(0, 20));
  });

  test('OAuth credentials work live; the client secret appears in no file, log, response or event', async () => {
    const { call, status, events, dataDir } = await start();
    await call('settings:update', { baseUrl: live.url });
    const saved = await call('credentials:set', { kind: 'oauth', clientId: live.credentials.clientId, clientSecret: LIVE_SECRET });
    expect(saved.ok).toBe(true);
    expect((await status()).mode).toBe('live');
    const result = await call('vehicles:search', { search: 'myvi' });
    expect(result.ok).toBe(true);
    expect(live.stats.tokenRequests).toBe(1);
    live.faults.revokeTokens();
    live.faults.revokeCredentials();
    // A different question: the same one would be answered from the session's cache.
    const failure = await call('vehicles:search', { search: 'city' });
    expect(failure.ok).toBe(false);
    const everything = JSON.stringify([saved, result, failure, events]) + filesUnder(dataDir).map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(everything).not.toContain(LIVE_SECRET);
  });

  test('back from sleep (every token expired meanwhile): wake renews the token, so the first lookup is one request, not a 401 and a retry', async () => {
    const { backend, call } = await start();
    await call('settings:update', { baseUrl: live.url });
    await call('credentials:set', { kind: 'oauth', clientId: live.credentials.clientId, clientSecret: LIVE_SECRET });
    await vi.waitFor(() => expect(live.stats.tokenRequests).toBe(1));
    live.faults.revokeTokens();
    await backend.wake();
    expect(live.stats.tokenRequests).toBe(2);
    const apiBefore = live.stats.apiRequests;
    expect((await call('vehicles:lookup-plate', { plate: 'REG4SUCCESS' })).ok).toBe(true);
    expect(live.stats.apiRequests).toBe(apiBefore + 1);
    expect(live.stats.tokenRequests).toBe(2);
  });

  test('within a session the same lookup is sent once; a switch of account or a deleted credential empties the cache', async () => {
    const { call } = await start();
    await call('settings:update', { baseUrl: live.url });
    await call('credentials:set', { kind: 'apiKey', apiKey: LIVE_KEY });
    const lookups = () => live.stats.apiRequests;
    const before = lookups();
    expect((await call('vehicles:lookup-plate', { plate: 'WXY 1234' })).ok).toBe(true);
    expect((await call('vehicles:lookup-plate', { plate: 'WXY 1234' })).ok).toBe(true);
    expect(lookups()).toBe(before + 1);
    // Saved again (a switch of account): nothing from before is reused.
    await call('credentials:set', { kind: 'apiKey', apiKey: LIVE_KEY });
    expect((await call('vehicles:lookup-plate', { plate: 'WXY 1234' })).ok).toBe(true);
    expect(lookups()).toBe(before + 2);
    await call('credentials:delete');
    await call('credentials:set', { kind: 'apiKey', apiKey: LIVE_KEY });
    expect((await call('vehicles:lookup-plate', { plate: 'WXY 1234' })).ok).toBe(true);
    expect(lookups()).toBe(before + 3);
  });

  test('clearing local history (the kiosk reset) also forgets the answers kept for reuse: the next customer\'s same plate is asked afresh', async () => {
    const { call } = await start();
    await call('settings:update', { baseUrl: live.url });
    await call('credentials:set', { kind: 'apiKey', apiKey: LIVE_KEY });
    const before = live.stats.apiRequests;
    expect((await call('vehicles:lookup-plate', { plate: 'WXY 1234' })).ok).toBe(true);
    expect((await call('history:clear-local')).ok).toBe(true);
    const again = await call<{ fetchedAt?: string }>('vehicles:lookup-plate', { plate: 'WXY 1234' });
    expect(live.stats.apiRequests).toBe(before + 2);
    expect(again.ok && again.data.fetchedAt).toBeUndefined();
  });

  test('revaluing with the same inputs answers from the cache, says when it was fetched, and keeps one history entry', async () => {
    const { call } = await start();
    const { data } = (await call<{ vehicle: { id: string } }>('vehicles:lookup-plate', { plate: 'WXY 1234' })) as { data: { vehicle: { id: string } } };
    const request = { vehicleId: data.vehicle.id, kms: 45_000, conditionScore: 3 };
    const first = await call<{ fetchedAt?: string }>('valuation:predict', request);
    const second = await call<{ fetchedAt?: string }>('valuation:predict', request);
    expect(first.ok && first.data.fetchedAt).toBeUndefined();
    expect(second.ok && second.data.fetchedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const history = await call<Array<{ kind: string }>>('history:list-local');
    expect(history.ok && history.data.filter((entry) => entry.kind === 'valuation')).toHaveLength(1);
  });

  test('at start with a stored account, the token is fetched once the window shows (warmUpAfter), before any lookup', async () => {
    const dataDir = makeTempDir('dd-backend-');
    const first = await start({ dataDir });
    await first.call('settings:update', { baseUrl: live.url });
    await first.call('credentials:set', { kind: 'oauth', clientId: live.credentials.clientId, clientSecret: LIVE_SECRET });
    await vi.waitFor(() => expect(live.stats.tokenRequests).toBe(1));
    await opened.pop()!.close();
    let shown: () => void = () => undefined;
    const { call, status } = await start({ dataDir, warmUpAfter: new Promise<void>((resolve) => (shown = resolve)) });
    expect((await status()).mode).toBe('live');
    expect(live.stats.tokenRequests).toBe(1);
    shown();
    await vi.waitFor(() => expect(live.stats.tokenRequests).toBe(2));
    const apiBefore = live.stats.apiRequests;
    expect((await call('vehicles:lookup-plate', { plate: 'REG4SUCCESS' })).ok).toBe(true);
    expect(live.stats.apiRequests).toBe(apiBefore + 1);
    expect(live.stats.tokenRequests).toBe(2);
  });

  test('wake in demo mode sends nothing (the local sandbox needs no token)', async () => {
    const { backend, status } = await start();
    expect((await status()).mode).toBe('demo');
    const demo = backend.demoSandbox!;
    const before = { api: demo.stats.apiRequests, tokens: demo.stats.tokenRequests };
    await backend.wake();
    expect({ api: demo.stats.apiRequests, tokens: demo.stats.tokenRequests }).toEqual(before);
  });

  test('after the switch to live OAuth the token is fetched at once, so the first lookup is a single request', async () => {
    const { call } = await start();
    await call('settings:update', { baseUrl: live.url });
    await call('credentials:set', { kind: 'oauth', clientId: live.credentials.clientId, clientSecret: LIVE_SECRET });
    await vi.waitFor(() => expect(live.stats.tokenRequests).toBe(1));
    const apiBefore = live.stats.apiRequests;
    expect((await call('vehicles:lookup-plate', { plate: 'REG4SUCCESS' })).ok).toBe(true);
    expect(live.stats.tokenRequests).toBe(1);
    expect(live.stats.apiRequests).toBe(apiBefore + 1);
  });

  test('credentials are kept across restarts (encrypted) and the app starts live', async () => {
    const first = await start();
    await first.call('settings:update', { baseUrl: live.url });
    await first.call('credentials:set', { kind: 'apiKey', apiKey: LIVE_KEY });
    await first.backend.close();
    const second = await start({ dataDir: first.dataDir });
    expect((await second.status()).mode).toBe('live');
    expect(second.backend.demoSandbox).toBeNull();
  });
});

describe('secure storage and policy', () => {
  test('on a keyring-less Linux (basic_text) credentials are refused with the fix, and the app stays in demo', async () => {
    const { call, status } = await start({ cipher: createFakeCipher({ backend: 'basic_text' }) });
    const result = await call('credentials:set', { kind: 'apiKey', apiKey: LIVE_KEY });
    expect(result).toMatchObject({ ok: false, error: { code: 'SECURE_STORAGE_UNAVAILABLE', message: expect.stringMatching(/keyring/) } });
    expect(await status()).toMatchObject({ mode: 'demo', secureStorageAvailable: false });
  });

  test('a stored credential the OS can no longer decrypt (rotated key): the app starts in demo with a notice, never a crash', async () => {
    const first = await start();
    await first.call('settings:update', { baseUrl: live.url });
    expect((await first.call('credentials:set', { kind: 'apiKey', apiKey: LIVE_KEY })).ok).toBe(true);
    await first.backend.close();
    const cipher = createFakeCipher({ decryptError: new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.') });
    const second = await start({ dataDir: first.dataDir, cipher });
    const status = await second.status();
    expect(status.mode).toBe('demo');
    expect(status.notices).toEqual([
      expect.objectContaining({ level: 'error', kind: 'credentials-locked', message: expect.stringMatching(/cannot be unlocked on this computer/) }),
    ]);
    expect(JSON.stringify(status)).not.toContain('safeStorage');
    expect((await second.call('vehicles:search', { search: 'myvi' })).ok).toBe(true);
  });

  test('policy allowInsecureSecretStorage permits basic_text', async () => {
    const policy = { ...NO_POLICY, allowInsecureSecretStorage: true };
    const { call } = await start({ cipher: createFakeCipher({ backend: 'basic_text' }), policy });
    expect((await call('credentials:set', { kind: 'apiKey', apiKey: LIVE_KEY })).ok).toBe(true);
  });

  test('policy-locked settings are reported with a reason and cannot be changed', async () => {
    const policy = { ...NO_POLICY, source: 'file' as const, lockedSettings: ['baseUrl' as const], autograb: { region: 'my' as const } };
    const { call, status } = await start({ policy });
    expect((await status()).locks).toEqual([
      { key: 'baseUrl', reason: 'policy' },
      { key: 'region', reason: 'policy' },
    ]);
    expect(await call('settings:update', { baseUrl: live.url })).toMatchObject({ ok: false, error: { code: 'POLICY_LOCKED', field: 'baseUrl' } });
    expect(await call('settings:update', { language: 'ms' })).toMatchObject({ ok: true, data: { language: 'ms' } });
  });

  test('a corrupt settings file is backed up and reset with a visible notice; the app still works', async () => {
    const dataDir = makeTempDir('dd-backend-');
    writeFileSync(join(dataDir, 'settings.json'), '{"settings": {"region": "my"');
    writeFileSync(join(dataDir, 'history.json'), '{"entries": "not a list"}');
    const { status, call } = await start({ dataDir });
    const notices = (await status()).notices;
    expect(notices.map((notice) => notice.kind).sort()).toEqual(['history-reset', 'settings-reset']);
    const backup = readdirSync(dataDir).find((name) => name.startsWith('settings.json.corrupt-'));
    expect(backup).toBeDefined();
    expect(readFileSync(join(dataDir, backup!), 'utf8')).toBe('{"settings": {"region": "my"');
    expect(notices.find((n) => n.kind === 'settings-reset')?.message).toContain(backup!);
    expect((await call('vehicles:lookup-plate', { plate: 'REG4SUCCESS' })).ok).toBe(true);
    expect((await call('settings:update', { language: 'ms' })).ok).toBe(true);
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({ settings: { language: 'ms' } });
  });
});

describe('when demo data cannot start', () => {
  test('the app still opens, says why, and answers requests with a typed error', async () => {
    const { call, status } = await start({
      startSandbox: async () => {
        throw new Error('listen EACCES 127.0.0.1');
      },
    });
    const current = await status();
    expect(current.mode).toBe('demo');
    expect(current.notices.map((notice) => notice.kind)).toContain('demo-unavailable');
    expect(await call('vehicles:search', { search: 'myvi' })).toMatchObject({ ok: false, error: { code: 'AUTH_NOT_CONFIGURED' } });
  });
});

describe('cancellation', () => {
  test('requests:cancel stops a running search; a newer search supersedes an older one', async () => {
    const { backend, call } = await start();
    backend.demoSandbox!.faults.hangNext({ path: '/v2/vehicles', times: 2 });
    const first = call('vehicles:search', { search: 'myvi', requestId: 'first' });
    const second = call('vehicles:search', { search: 'myvi av', requestId: 'second' });
    expect(await first).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    // No wait is needed: dispatch registers the second search's requestId synchronously, before call() returns.
    expect(await call('requests:cancel', { requestId: 'second' })).toEqual({ ok: true, data: { cancelled: true } });
    expect(await second).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await call('requests:cancel', { requestId: 'unknown' })).toEqual({ ok: true, data: { cancelled: false } });
  });
});

describe('services the shell hosts', () => {
  test('updates and kiosk channels go to their services; defaults are off', async () => {
    const { call } = await start();
    expect(await call('updates:get-status')).toMatchObject({ ok: true, data: { state: 'disabled' } });
    expect(await call('kiosk:exit', { pin: '1234' })).toEqual({ ok: true, data: { exiting: false } });
    expect(await call('report:save-pdf', { suggestedName: 'valuation-myvi' })).toEqual({ ok: true, data: { saved: false, path: null } });
  });

  test('update status changes are pushed as events; save-pdf gets the sender', async () => {
    let push: (status: { state: 'checking' }) => void = () => undefined;
    const updates = {
      status: () => ({ state: 'idle' as const, lastCheckedAt: null }),
      check: async () => ({ state: 'checking' as const }),
      install: async () => ({ state: 'idle' as const, lastCheckedAt: null }),
      onStatus: (listener: (status: { state: 'checking' }) => void) => {
        push = listener;
        return () => undefined;
      },
    };
    const savePdf = vi.fn(async () => ({ saved: true, path: '/tmp/x.pdf' }));
    const kiosk = { exit: vi.fn(async (pin: string) => pin === '2468') };
    const { call, events } = await start({ updates, savePdf, kiosk });
    push({ state: 'checking' });
    expect(events).toContainEqual({ channel: 'event:update-status', payload: { state: 'checking' } });
    expect(await call('updates:check')).toEqual({ ok: true, data: { state: 'checking' } });
    expect(await call('report:save-pdf', { suggestedName: 'valuation-myvi' })).toEqual({ ok: true, data: { saved: true, path: '/tmp/x.pdf' } });
    expect(savePdf).toHaveBeenCalledWith({ suggestedName: 'valuation-myvi' }, APP);
    expect(await call('kiosk:exit', { pin: '2468' })).toEqual({ ok: true, data: { exiting: true } });
  });
});
