/**
 * The market channels through the real backend (demo mode, its sandbox):
 * every overlay feature is asked for, no history is an empty list (not an
 * error), the gauge answers by listing, and the evidence main fetched is
 * kept with the saved valuation it names.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppBackend } from '../../main/app-backend';
import { DEFAULT_MARKET_CONTROLS } from '../../main/core/market/index';
import { startSandbox } from '../../main/sandbox/index';
import type { Sandbox } from '../../main/sandbox/index';
import type { LocalHistoryEntry, MarketOverlayResult, Result, ValuationResult, VehicleHistoryResult } from '../../preload/contract';
import { createFakeCipher } from '../fixtures/fake-cipher';

const APP = { url: 'app://dealer-desk/index.html', isMainFrame: true, trustedWindow: true };
const VEHICLE = '1111111111111111';
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function start() {
  const dataDir = mkdtempSync(join(tmpdir(), 'dd-market-'));
  let sandbox: Sandbox | null = null;
  const backend = await createAppBackend({
    dataDir,
    appOrigin: 'app://dealer-desk',
    cipher: createFakeCipher(),
    startSandbox: async () => (sandbox = await startSandbox({ rateLimit: null })),
  });
  cleanups.push(async () => {
    await backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const call = async <T>(channel: string, payload?: unknown) => (await backend.dispatch(channel, payload, APP)) as Result<T>;
  return { call, sandbox: () => sandbox! };
}

test('the overlay asks for every documented feature; the history finds nothing calmly', async () => {
  const { call, sandbox } = await start();
  const overlay = await call<MarketOverlayResult>('market:overlay', { vehicleId: VEHICLE, controls: DEFAULT_MARKET_CONTROLS });
  expect(overlay.ok && overlay.data.leads.length).toBeGreaterThan(0);
  expect(sandbox().stats.requests.at(-1)?.query).toContain('features=lead_starting_price%2Clead_price_drops%2Clisting_urls%2Ccover_image');
  const none = await call<VehicleHistoryResult>('market:vehicle-history', { year: 2019, make: 'Ferrari', model: 'F40' });
  expect(none).toEqual({ ok: true, data: { id: null, events: [], usage: null } });
});

test('bad market input is VALIDATION naming the field, and nothing reaches AutoGrab', async () => {
  const { call, sandbox } = await start();
  const before = sandbox().stats.apiRequests;
  const overlay = await call('market:overlay', { vehicleId: VEHICLE, controls: { ...DEFAULT_MARKET_CONTROLS, minimumDays: 9999 } });
  expect(overlay).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'controls.minimumDays' } });
  const gauge = await call('market:gauge', { odometer: 48_000, listingPrice: 45_000 });
  expect(gauge).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'vehicleId' } });
  const link = await call('market:gauge', { odometer: 48_000, listingPrice: 45_000, marketplace: 'mudah.my', marketplaceId: '1 OR 1=1' });
  expect(link).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'marketplaceId' } });
  expect(sandbox().stats.apiRequests).toBe(before);
});

test('save-evidence keeps what main fetched (overlay and history) with the named valuation', async () => {
  const { call } = await start();
  const valued = await call<ValuationResult>('valuation:predict', { vehicleId: VEHICLE, kms: 61_800 });
  if (!valued.ok) throw new Error('valuation failed');
  const pricingId = valued.data.prediction.id;
  expect(await call('market:save-evidence', { pricingId, vehicleId: VEHICLE })).toEqual({ ok: true, data: { saved: false } });
  await call('market:overlay', { vehicleId: VEHICLE, controls: DEFAULT_MARKET_CONTROLS });
  await call('market:vehicle-history', { vehicleId: VEHICLE, registrationPlate: 'REG4WARNING' });
  expect(await call('market:save-evidence', { pricingId, vehicleId: VEHICLE })).toEqual({ ok: true, data: { saved: true } });
  const list = await call<LocalHistoryEntry[]>('history:list-local');
  const saved = list.ok ? list.data.find((entry) => entry.kind === 'valuation') : undefined;
  expect(saved?.kind === 'valuation' && saved.market).toMatchObject({ vehicleId: VEHICLE, history: { events: expect.arrayContaining([expect.objectContaining({ odometer: 112_400 })]) } });
  expect(JSON.stringify(saved)).not.toContain('cover.jpg');
});
