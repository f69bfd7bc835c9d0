/**
 * One vehicle identity in local history: a text search keeps what was typed,
 * never its first suggestion as if that were the car (the salesperson may
 * choose another); the vehicle valued is the one recorded with the valuation.
 */
import { createAppBackend } from '../../../main/app-backend';
import type { AppBackend } from '../../../main/app-backend';
import { startSandbox } from '../../../main/sandbox/index';
import type { LocalHistoryEntry, Result, VehicleSearchResult } from '../../../preload/contract';
import { createFakeCipher } from '../../fixtures/fake-cipher';
import { makeTempDir } from '../../fixtures/temp-dirs';

const APP = { url: 'app://dealer-desk/index.html', isMainFrame: true, trustedWindow: true };
let backend: AppBackend | null = null;
afterEach(async () => {
  await backend?.close();
  backend = null;
});

async function start() {
  backend = await createAppBackend({
    dataDir: makeTempDir('dd-search-history-'),
    appOrigin: 'app://dealer-desk',
    cipher: createFakeCipher(),
    startSandbox: () => startSandbox({ rateLimit: null }),
  });
  const running = backend;
  return <T>(channel: string, payload?: unknown) => running.dispatch(channel, payload, APP) as Promise<Result<T>>;
}

test('a text search is kept without a vehicle; the valuation of the suggestion chosen records that vehicle', async () => {
  const call = await start();
  const found = await call<VehicleSearchResult>('vehicles:search', { search: '2019 myvi' });
  if (!found.ok) throw new Error(found.error.code);
  expect(found.data.vehicles.length).toBeGreaterThan(1);
  const [first, chosen] = found.data.vehicles;
  expect(chosen!.id).not.toBe(first!.id);
  expect((await call('valuation:predict', { vehicleId: chosen!.id, kms: 40_000, conditionScore: 3 })).ok).toBe(true);

  const history = await call<LocalHistoryEntry[]>('history:list-local');
  if (!history.ok) throw new Error(history.error.code);
  const search = history.data.find((entry) => entry.kind === 'search');
  expect(search).toMatchObject({ query: '2019 myvi', vehicle: null });
  const valuation = history.data.find((entry) => entry.kind === 'valuation');
  expect(valuation?.vehicle).toEqual({ id: chosen!.id, title: chosen!.title });
  expect(history.data.some((entry) => entry.vehicle?.id === first!.id)).toBe(false);
});

test('a plate lookup is kept with the vehicle the registry matched', async () => {
  const call = await start();
  const found = await call<{ vehicle: { id: string; title: string } }>('vehicles:lookup-plate', { plate: 'REG4SUCCESS' });
  if (!found.ok) throw new Error(found.error.code);
  const history = await call<LocalHistoryEntry[]>('history:list-local');
  expect(history).toMatchObject({ ok: true, data: [{ kind: 'search', query: 'REG4SUCCESS', vehicle: { id: found.data.vehicle.id } }] });
});
