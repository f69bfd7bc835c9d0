import { INVOKE_CHANNELS } from '../../../preload/contract';
import { DealerDeskError } from '../../../main/core/errors';
import { createDispatcher } from '../../../main/ipc/dispatcher';
import { ROUTES } from '../../../main/ipc/routes/index';
import type { Routes } from '../../../main/ipc/routes/index';
import type { SenderInfo } from '../../../main/ipc/sender';
import type { BackendServices } from '../../../main/ipc/services';

const ORIGIN = 'app://dealer-desk';
const APP: SenderInfo = { url: 'app://dealer-desk/index.html', isMainFrame: true, trustedWindow: true };

/** The real routes' schemas in front of the given handlers. */
const routesWith = (handlers: Record<string, unknown>) =>
  Object.fromEntries(INVOKE_CHANNELS.map((channel) => [channel, { schema: ROUTES[channel].schema, handle: handlers[channel] }])) as unknown as Routes;
const SERVICES = {} as BackendServices;

function setup() {
  const spies = Object.fromEntries(INVOKE_CHANNELS.map((channel) => [channel, vi.fn(async () => ({ handled: channel }))]));
  const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const dispatch = createDispatcher(routesWith(spies), { appOrigin: ORIGIN, logger, services: SERVICES });
  const calls = () => Object.values(spies).reduce((sum, spy) => sum + spy.mock.calls.length, 0);
  return { dispatch, spies, calls, logger };
}

describe('dispatcher: sender check (checklist 17)', () => {
  test('the app window main frame gets through', async () => {
    const { dispatch } = setup();
    expect(await dispatch('app:get-status', undefined, APP)).toEqual({ ok: true, data: { handled: 'app:get-status' } });
  });

  test.each<[string, SenderInfo]>([
    ['no frame (navigated away or destroyed)', { url: '', isMainFrame: false, trustedWindow: true }],
    ['another origin', { url: 'https://evil.example/index.html', isMainFrame: true, trustedWindow: true }],
    ['a look-alike host', { url: 'app://dealer-desk.attacker.com/index.html', isMainFrame: true, trustedWindow: true }],
    ['user info in the URL', { url: 'app://x@dealer-desk/index.html', isMainFrame: true, trustedWindow: true }],
    ['file://', { url: 'file:///app/index.html', isMainFrame: true, trustedWindow: true }],
    ['a sub-frame of the app', { url: 'app://dealer-desk/index.html', isMainFrame: false, trustedWindow: true }],
    ['a webContents the app did not create', { url: 'app://dealer-desk/index.html', isMainFrame: true, trustedWindow: false }],
  ])('%s → FORBIDDEN, handler not run', async (_label, sender) => {
    const { dispatch, calls } = setup();
    const result = await dispatch('credentials:set', { kind: 'apiKey', apiKey: 'sec_abcdefgh12345' }, sender);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', retryable: false, reason: 'request.forbidden' } });
    expect(calls()).toBe(0);
  });

  test('the harness origin is trusted only when configured', async () => {
    const spies = Object.fromEntries(INVOKE_CHANNELS.map((c) => [c, vi.fn(async () => 1)]));
    const dispatch = createDispatcher(routesWith(spies), { appOrigin: 'http://127.0.0.1:4173', logger: setup().logger, services: SERVICES });
    expect((await dispatch('app:get-status', undefined, { url: 'http://127.0.0.1:4173/', isMainFrame: true, trustedWindow: true })).ok).toBe(true);
    expect((await dispatch('app:get-status', undefined, { url: 'http://127.0.0.1:4174/', isMainFrame: true, trustedWindow: true })).ok).toBe(false);
  });
});

describe('dispatcher: schema check', () => {
  test.each<[string, unknown]>([
    ['vehicles:search', { search: 'myvi', extra: 1 }],
    ['vehicles:search', { search: 42 }],
    ['vehicles:search', { search: 'x'.repeat(201) }],
    ['vehicles:lookup-plate', {}],
    ['vehicles:lookup-plate', JSON.parse('{"plate":"WXY1234","__proto__":{"polluted":true}}')],
    ['vehicles:lookup-plate', { plate: 'WXY1234', constructor: { prototype: { polluted: true } } }],
    ['valuation:predict', { vehicleId: '1111111111111111', conditionScore: 6 }],
    ['valuation:predict', { vehicleId: '1111111111111111', kms: -5 }],
    ['valuation:predict', { vehicleId: '1111111111111111', features: ['max_offer'] }],
    ['credentials:set', { kind: 'apiKey' }],
    ['credentials:set', { kind: 'password', password: 'hunter2hunter2' }],
    ['settings:update', { baseUrl: 'http://evil.example' }],
    ['settings:update', { region: 'xx' }],
    ['report:save-pdf', { suggestedName: '../../etc/passwd' }],
    ['app:get-status', { anything: true }],
    ['app:get-status', 'text'],
    ['no:such-channel', undefined],
  ])('%s %j → VALIDATION, handler not run', async (channel, payload) => {
    const { dispatch, calls } = setup();
    const result = await dispatch(channel, payload, APP);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(calls()).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('messages are for a salesperson, name the field and never echo the input', async () => {
    const { dispatch } = setup();
    const result = await dispatch('valuation:predict', { vehicleId: '1111111111111111', kms: 9_999_999 }, APP);
    expect(result).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'That odometer reading is too high. Check it.', retryable: false, field: 'kms', reason: 'input.kms' } });
    const secretish = await dispatch('credentials:set', { kind: 'apiKey', apiKey: 'sec_leak', junk: 'sec_leak' }, APP);
    expect(JSON.stringify(secretish)).not.toContain('sec_leak');
  });

  test('a null payload is accepted for channels that take none', async () => {
    const { dispatch } = setup();
    expect((await dispatch('history:list-local', null, APP)).ok).toBe(true);
  });
});

describe('dispatcher: results are values', () => {
  test('a typed error passes through; anything else becomes INTERNAL without its message', async () => {
    const { dispatch, spies, logger } = setup();
    spies['vehicles:get']!.mockRejectedValueOnce(new DealerDeskError('NOT_FOUND', 'AutoGrab has no record of this.', { status: 404 }));
    expect(await dispatch('vehicles:get', { vehicleId: '1111111111111111' }, APP)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'AutoGrab has no record of this.', retryable: false, status: 404 },
    });
    spies['vehicles:get']!.mockRejectedValueOnce(new Error('socket hang up at https://api/?ApiKey=sec_zzzzzzzzzzzz'));
    const internal = await dispatch('vehicles:get', { vehicleId: '1111111111111111' }, APP);
    expect(internal).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(internal)).not.toMatch(/socket|sec_|stack/);
    expect(logger.error).toHaveBeenCalled();
  });
});

describe('dispatcher: what IT finds in the log', () => {
  const CAR = { vehicleId: '1111111111111111' };

  test('a refused sender is logged as a warning naming the channel, an unknown channel name is not copied into the log', async () => {
    const { dispatch, logger } = setup();
    const stranger: SenderInfo = { url: 'https://evil.example/', isMainFrame: true, trustedWindow: true };
    await dispatch('vehicles:get', CAR, stranger);
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/untrusted sender/), { channel: 'vehicles:get' });
    await dispatch('evil\nFAKE LOG LINE', CAR, stranger);
    expect(logger.warn).toHaveBeenLastCalledWith(expect.stringMatching(/untrusted sender/), { channel: 'unknown' });
    expect(JSON.stringify(logger.warn.mock.calls)).not.toContain('FAKE LOG LINE');
  });

  test('an unknown channel is refused with a reason code and an English message for the log', async () => {
    const { dispatch } = setup();
    const result = await dispatch('no:such-channel', undefined, APP);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'request.unknown', retryable: false } });
    expect(result.ok === false && result.error.message).toMatch(/does not know/);
  });

  test('an unexpected failure is logged as an error with its kind and text, for IT only', async () => {
    const { dispatch, spies, logger } = setup();
    spies['vehicles:get']!.mockRejectedValueOnce(new TypeError('boom in the parser'));
    await dispatch('vehicles:get', CAR, APP);
    expect(logger.error).toHaveBeenCalledWith(expect.stringMatching(/unexpected failure/), { channel: 'vehicles:get', error: 'TypeError: boom in the parser' });
    spies['vehicles:get']!.mockRejectedValueOnce('a thrown string');
    await dispatch('vehicles:get', CAR, APP);
    expect(logger.error).toHaveBeenLastCalledWith(expect.stringMatching(/unexpected failure/), { channel: 'vehicles:get', error: 'a thrown string' });
    expect(logger.info).not.toHaveBeenCalled();
  });

  test('an expected failure is logged once at info level with its code, never as an error', async () => {
    const { dispatch, spies, logger } = setup();
    spies['vehicles:get']!.mockRejectedValueOnce(new DealerDeskError('NOT_FOUND', 'AutoGrab has no record of this.', { status: 404 }));
    await dispatch('vehicles:get', CAR, APP);
    expect(logger.info).toHaveBeenCalledTimes(1);
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/request failed/), { channel: 'vehicles:get', code: 'NOT_FOUND' });
    expect(logger.error).not.toHaveBeenCalled();
  });

  test('a refused sender and a cancelled request are not logged as failures (no noise for IT)', async () => {
    const { dispatch, spies, logger } = setup();
    await dispatch('vehicles:get', CAR, { ...APP, isMainFrame: false });
    spies['vehicles:get']!.mockRejectedValueOnce(new DealerDeskError('CANCELLED', 'The search was replaced by a newer one.'));
    expect(await dispatch('vehicles:get', CAR, APP)).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    spies['vehicles:get']!.mockRejectedValueOnce(new DealerDeskError('FORBIDDEN', 'Not allowed.'));
    expect(await dispatch('vehicles:get', CAR, APP)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(logger.info).not.toHaveBeenCalled();
    expect(logger.error).not.toHaveBeenCalled();
  });
});
