/**
 * A paid AutoGrab answer is never thrown away because this computer could not
 * keep a copy: when the local history write fails (disk full, no
 * permission), the valuation or search still reaches the screen, with a
 * `history-not-saved` notice the renderer translates. And a broken data
 * folder never stops the app from starting.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type * as Fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppBackend } from '../../main/app-backend';
import { startSandbox } from '../../main/sandbox/index';
import type { Notice, Result } from '../../preload/contract';
import { createFakeCipher } from '../fixtures/fake-cipher';

/** When set, writes of local history (the history folder, or the single file older versions used) fail with this errno code. */
const failure = vi.hoisted(() => ({ code: null as string | null }));

const HISTORY_PATH = /[\\/]history[\\/.]/;

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof Fs>();
  const writeFileSync: typeof actual.writeFileSync = (path, ...rest) => {
    if (failure.code !== null && HISTORY_PATH.test(String(path))) {
      throw Object.assign(new Error(`${failure.code}: simulated`), { code: failure.code });
    }
    actual.writeFileSync(path, ...rest);
  };
  return { ...actual, default: { ...actual, writeFileSync }, writeFileSync };
});

const APP = { url: 'app://dealer-desk/index.html', isMainFrame: true, trustedWindow: true };
let dataDir: string;
let close: (() => Promise<void>) | null = null;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'dd-not-lost-'));
});
afterEach(async () => {
  failure.code = null;
  await close?.();
  close = null;
  rmSync(dataDir, { recursive: true, force: true });
});

async function start() {
  const backend = await createAppBackend({ dataDir, appOrigin: 'app://dealer-desk', cipher: createFakeCipher(), startSandbox: () => startSandbox({ rateLimit: null }) });
  close = () => backend.close();
  const notices: Notice[] = [];
  backend.subscribe((channel, payload) => {
    if (channel === 'event:notice') notices.push(payload as Notice);
  });
  const call = async <T = unknown>(channel: string, payload?: unknown) => (await backend.dispatch(channel, payload, APP)) as Result<T>;
  return { call, notices };
}

test.each(['ENOSPC', 'EACCES'])('%s on the history write: the valuation and the search still reach the screen, with a notice', async (code) => {
  const { call, notices } = await start();
  const found = await call<{ vehicle: { id: string } | null }>('vehicles:lookup-plate', { plate: 'REG4SUCCESS' });
  expect(found.ok).toBe(true);
  const vehicleId = (found as { data: { vehicle: { id: string } } }).data.vehicle.id;

  failure.code = code;
  const valued = await call<{ prediction: { retailPrice: number } }>('valuation:predict', { vehicleId, kms: 40_000 });
  expect(valued).toMatchObject({ ok: true, data: { prediction: { retailPrice: expect.any(Number) } } });
  const searched = await call('vehicles:search', { search: 'myvi' });
  expect(searched).toMatchObject({ ok: true });
  expect(notices.filter((notice) => notice.kind === 'history-not-saved')).toHaveLength(2);

  failure.code = null;
  const history = await call<Array<{ kind: string }>>('history:list-local');
  expect(history).toMatchObject({ ok: true, data: [{ kind: 'search' }] });
});

test('a folder where the settings file should be does not stop the app: moved aside, reported, and settings save again', async () => {
  mkdirSync(join(dataDir, 'settings.json'));
  const { call } = await start();
  const status = await call<{ notices: Notice[] }>('app:get-status');
  expect(status).toMatchObject({ ok: true, data: { notices: [expect.objectContaining({ kind: 'settings-reset' })] } });
  expect(await call('settings:update', { language: 'ms' })).toMatchObject({ ok: true });
});
