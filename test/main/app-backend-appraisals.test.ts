/**
 * Appraisals through the real backend and dispatcher: a new appraisal takes
 * its figures from the valuation main holds, customer details never reach a
 * log line or any file in clear, deleting removes them, a kiosk reset forgets
 * them, the CSV export is filtered and has no customer details, and the
 * dealership profile and max-offer configuration honour policy locks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAppBackend } from '../../main/app-backend';
import type { AppBackendOptions } from '../../main/app-backend';
import { DEFAULT_MARKET_CONTROLS } from '../../main/core/market/index';
import { NO_POLICY } from '../../main/core/policy/effective-policy';
import { startSandbox } from '../../main/sandbox/index';
import type { Appraisal, DealershipSettings, Result, ValuationResult } from '../../preload/contract';
import { appraisalInput, CUSTOMER } from '../fixtures/appraisals';
import { createFakeCipher } from '../fixtures/fake-cipher';
import { fileLogger, filesUnder } from '../fixtures/file-logger';
import { makePng } from '../fixtures/images';
import { makeTempDir } from '../fixtures/temp-dirs';

const APP = { url: 'app://dealer-desk/index.html', isMainFrame: true, trustedWindow: true };
const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  while (opened.length > 0) await opened.pop()!.close();
});

async function start(overrides: Partial<AppBackendOptions> = {}) {
  const dataDir = makeTempDir('dd-appraisals-backend-');
  const outDir = makeTempDir('dd-appraisals-out-');
  const backend = await createAppBackend({
    dataDir,
    appOrigin: 'app://dealer-desk',
    cipher: createFakeCipher(),
    logger: fileLogger(dataDir),
    startSandbox: () => startSandbox({ rateLimit: null }),
    saveTextFile: async ({ suggestedName, extension, content }) => {
      const path = join(outDir, `${suggestedName}.${extension}`);
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path, content);
      return { saved: true, path };
    },
    ...overrides,
  });
  opened.push(backend);
  const call = async <T>(channel: string, payload?: unknown) => (await backend.dispatch(channel, payload, APP)) as Result<T>;
  const data = async <T>(channel: string, payload?: unknown) => {
    const result = await call<T>(channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.data;
  };
  return { backend, dataDir, call, data };
}

/** Values the sandbox's Myvi and returns the valuation (now in local history). */
async function valueMyvi(data: Awaited<ReturnType<typeof start>>['data']) {
  const lookup = await data<{ vehicle: { id: string } }>('vehicles:lookup-plate', { plate: 'WXY1234' });
  return data<ValuationResult>('valuation:predict', { vehicleId: lookup.vehicle.id, kms: 48_000, conditionScore: 4 });
}

test('the market evidence saved with the valuation goes onto the appraisal, so the internal sheet can show it', async () => {
  const { data } = await start();
  const valuation = await valueMyvi(data);
  const vehicleId = valuation.prediction.vehicleId;
  const overlay = await data<{ sampleSize: number | null }>('market:overlay', { vehicleId, controls: DEFAULT_MARKET_CONTROLS });
  expect(await data('market:save-evidence', { pricingId: valuation.prediction.id, vehicleId })).toEqual({ saved: true });
  const input = appraisalInput({ vehicle: { id: vehicleId, title: '2019 Perodua Myvi 1.5 AV', plate: 'WXY 1234', vin: null } });
  const saved = await data<Appraisal>('appraisals:save', { id: null, pricingId: valuation.prediction.id, input });
  expect(saved.market).toMatchObject({ vehicleId, sampleSize: overlay.sampleSize, controls: DEFAULT_MARKET_CONTROLS });
  expect((await data<Appraisal[]>('appraisals:list'))[0]?.market).toEqual(saved.market);
});

test('a new appraisal takes its figures from the valuation main holds; customer details are in no log and no file in clear', async () => {
  const { data, dataDir } = await start();
  const valuation = await valueMyvi(data);
  const input = appraisalInput({ vehicle: { id: valuation.prediction.vehicleId, title: '2019 Perodua Myvi 1.5 AV', plate: 'WXY 1234', vin: null } });
  const saved = await data<Appraisal>('appraisals:save', { id: null, pricingId: valuation.prediction.id, input });
  expect(saved).toMatchObject({ reference: expect.stringMatching(/^DD-\d{4}-000001$/), customer: CUSTOMER, mode: 'demo' });
  expect(saved.valuation.prediction.retailPrice).toBe(valuation.prediction.retailPrice);
  const everything = filesUnder(dataDir).map((file) => readFileSync(file, 'utf8')).join('\n');
  expect(everything).not.toContain(CUSTOMER.name);
  expect(everything).not.toContain('Nurhaliza');
  expect(everything).not.toContain(CUSTOMER.phone);
  expect(readFileSync(join(dataDir, 'test.log'), 'utf8')).not.toMatch(/Siti|345 6789/);
  expect((await data<Appraisal[]>('appraisals:list'))[0]?.customer).toEqual(CUSTOMER);
});

test('a valuation main does not hold cannot be appraised with figures from the renderer', async () => {
  const { call } = await start();
  const result = await call('appraisals:save', { id: null, pricingId: '00000000-0000-4000-8000-000000000000', input: appraisalInput() });
  expect(result.ok).toBe(false);
});

test('delete removes the customer details; a kiosk reset forgets every customer but keeps the appraisals', async () => {
  const { data, dataDir } = await start();
  const valuation = await valueMyvi(data);
  const first = await data<Appraisal>('appraisals:save', { id: null, pricingId: valuation.prediction.id, input: appraisalInput() });
  await data<Appraisal>('appraisals:save', { id: null, pricingId: valuation.prediction.id, input: appraisalInput() });
  expect(await data('appraisals:delete', { id: first.id })).toEqual({ deleted: true });
  expect(await data('appraisals:forget-customers')).toEqual({ cleared: 1 });
  const list = await data<Appraisal[]>('appraisals:list');
  expect(list).toHaveLength(1);
  expect(list[0]!.customer).toEqual({ name: '', phone: '' });
  expect(readFileSync(join(dataDir, 'appraisals.json'), 'utf8')).not.toMatch(/"customerSealed": "v1:/);
});

test('the CSV export holds the filtered rows with a header, and no customer details', async () => {
  const { data } = await start();
  const valuation = await valueMyvi(data);
  await data<Appraisal>('appraisals:save', { id: null, pricingId: valuation.prediction.id, input: appraisalInput({ status: 'bought' }) });
  await data<Appraisal>('appraisals:save', { id: null, pricingId: valuation.prediction.id, input: appraisalInput({ status: 'open', salesperson: '=HYPERLINK("x")' }) });
  const saved = await data<{ saved: boolean; path: string }>('appraisals:export-csv', { filter: { text: '', status: 'bought', from: null, to: null } });
  const csv = readFileSync(saved.path, 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(lines[0]).toMatch(/^reference,date,plate/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(',bought,');
  expect(csv).not.toContain(CUSTOMER.name);
  const all = readFileSync((await data<{ path: string }>('appraisals:export-csv', { filter: { text: '', status: 'all', from: null, to: null } })).path, 'utf8');
  expect(all).toContain(`"'=HYPERLINK(""x"")"`);
});

test('dealership profile: saved, logo checked by main, policy-fixed fields locked; max-offer configuration lockable', async () => {
  const png = makePng(200, 60);
  const policy = { ...NO_POLICY, source: 'file' as const, appraisal: { dealership: { name: 'Kereta Jaya Sdn Bhd' }, reconPresets: null, locked: ['maxOfferConfiguration' as const] } };
  const { call, data } = await start({ policy, chooseLogoFile: async () => png });
  const updated = await data<DealershipSettings>('dealership:update', { profile: { salesperson: 'Ahmad', ssm: '202301012345 (1234567-X)' } });
  expect(updated.profile).toMatchObject({ name: 'Kereta Jaya Sdn Bhd', salesperson: 'Ahmad', ssm: '202301012345 (1234567-X)' });
  const locked = await call('dealership:update', { profile: { name: 'Other' } });
  expect(locked).toMatchObject({ ok: false, error: { code: 'POLICY_LOCKED' } });
  expect((await data<DealershipSettings>('dealership:choose-logo')).logo).toMatchObject({ mimeType: 'image/png', width: 200, height: 60 });
  const config = await data<{ configuration: unknown }>('max-offer:get-config');
  expect(config.configuration).toBeTruthy();
  expect(await call('max-offer:set-config', config.configuration)).toMatchObject({ ok: false, error: { code: 'POLICY_LOCKED' } });
});

test('an SVG offered as the logo is refused by main', async () => {
  const { call } = await start({ chooseLogoFile: async () => new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>') });
  expect(await call('dealership:choose-logo')).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'logo', reason: 'logo.svg' } });
});
