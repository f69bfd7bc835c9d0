/**
 * About and "Copy diagnostics" through the real backend (IPC dispatcher,
 * stores, AutoGrab client against a sandbox standing in for the dealer's
 * account): the facts are right, and the text a dealer pastes into a support
 * e-mail holds no secret, token, customer detail, plate, VIN or address.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppBackend } from '../../main/app-backend';
import type { HelpHost } from '../../main/help-host';
import { NO_POLICY } from '../../main/core/policy/effective-policy';
import { startSandbox } from '../../main/sandbox/index';
import type { Sandbox } from '../../main/sandbox/index';
import type { DiagnosticFacts, EventChannel, Result } from '../../preload/contract';
import { createFakeCipher } from '../fixtures/fake-cipher';

const APP = { url: 'app://dealer-desk/index.html', isMainFrame: true, trustedWindow: true };
const LIVE_KEY = 'sec_LiveDealerKey0123456789abcdef';
const VIN = 'KL3TA48E9CB053071';

let account: Sandbox;
const dirs: string[] = [];
beforeAll(async () => {
  account = await startSandbox({ credentials: { apiKey: LIVE_KEY }, rateLimit: null });
});
afterAll(async () => {
  await account.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function recordingHost(dataDir: string, overrides: Partial<HelpHost> = {}): HelpHost & { copied: string[]; opened: number } {
  const host = {
    copied: [] as string[],
    opened: 0,
    versions: { electron: '45.5.0', chromium: '140.0.7339.0', node: '22.20.0' },
    os: { platform: 'linux', release: '6.1.0', arch: 'x64' },
    policyPath: '/etc/dealer-desk/policy.json',
    dataFolder: `~/${dataDir.split('/').pop()}`,
    copyText: (text: string) => {
      host.copied.push(text);
      return true;
    },
    openDataFolder: async () => {
      host.opened += 1;
      return true;
    },
    ...overrides,
  };
  return host;
}

async function start(kiosk = false) {
  const dataDir = mkdtempSync(join(tmpdir(), 'dd-help-'));
  dirs.push(dataDir);
  const host = recordingHost(dataDir);
  const policy = { ...NO_POLICY, source: 'file' as const, kiosk: { ...NO_POLICY.kiosk, enabled: kiosk }, lockedSettings: ['region' as const], updates: { enabled: true, channel: 'beta' } };
  const backend = await createAppBackend({ dataDir, appOrigin: 'app://dealer-desk', cipher: createFakeCipher(), policy, version: '1.4.0', host, startSandbox: () => startSandbox({ rateLimit: null }) });
  const events: Array<{ channel: EventChannel; payload: unknown }> = [];
  backend.subscribe((channel, payload) => events.push({ channel, payload }));
  const call = async <T = unknown>(channel: string, payload?: unknown) => (await backend.dispatch(channel, payload, APP)) as Result<T>;
  return { backend, host, call, events };
}

describe('About and diagnostics', () => {
  test('About lists versions, OS, data mode, policy, update channel, storage, data folder and recent error codes', async () => {
    const { backend, call } = await start();
    try {
      await call('vehicles:lookup-plate', { plate: '0000' });
      const about = await call<DiagnosticFacts>('help:get-about');
      expect(about).toMatchObject({
        ok: true,
        data: {
          versions: { app: '1.4.0', electron: '45.5.0', chromium: '140.0.7339.0', node: '22.20.0' },
          os: { platform: 'linux', release: '6.1.0', arch: 'x64' },
          dataMode: 'demo',
          region: 'my',
          policy: { source: 'file', path: '/etc/dealer-desk/policy.json', kiosk: false, lockedSettings: ['region'] },
          updates: { channel: 'beta', state: 'disabled', lastCheckedAt: null },
          secretStorage: expect.any(String),
          recentErrors: [{ code: 'VALIDATION', at: expect.any(String) }],
        },
      });
    } finally {
      await backend.close();
    }
  });

  test('Copy diagnostics puts the facts on the clipboard with no secret, token, customer detail, plate, VIN or address', async () => {
    const { backend, host, call } = await start();
    try {
      // A live account with history: a plate, a VIN, a valuation and a failed lookup that quotes the input.
      expect((await call('settings:update', { baseUrl: account.url })).ok).toBe(true);
      expect((await call('credentials:set', { kind: 'apiKey', apiKey: LIVE_KEY })).ok).toBe(true);
      const plate = await call<{ vehicle: { id: string } }>('vehicles:lookup-plate', { plate: 'REG4SUCCESS' });
      expect(plate.ok).toBe(true);
      await call('vehicles:lookup-vin', { vin: VIN });
      if (plate.ok) await call('valuation:predict', { vehicleId: plate.data.vehicle.id, kms: 48_123 });
      await call('vehicles:lookup-plate', { plate: 'WXY 0123' });
      await call('vehicles:search', { search: 'Siti binti Ahmad 012-3456789' });

      expect(await call('help:copy-diagnostics')).toEqual({ ok: true, data: { copied: true } });
      const [text] = host.copied;
      expect(text).toContain('Dealer Desk diagnostics');
      expect(text).toContain('Data: live (AutoGrab account)');
      expect(text).toContain('Updates: channel beta');
      for (const forbidden of [LIVE_KEY, LIVE_KEY.slice(-4), 'REG4SUCCESS', VIN, 'WXY', 'Siti', '012-3456789', '48123', '48,123', account.url, '127.0.0.1', 'Bearer', 'token']) {
        expect(text, `diagnostics must not contain ${forbidden}`).not.toContain(forbidden);
      }
    } finally {
      await backend.close();
    }
  });

  test('the data folder opens on a workstation, never on a kiosk (a file manager is a way out)', async () => {
    const workstation = await start(false);
    const kiosk = await start(true);
    try {
      expect(await workstation.call('help:open-data-folder')).toEqual({ ok: true, data: { opened: true } });
      expect(workstation.host.opened).toBe(1);
      expect(await kiosk.call('help:open-data-folder')).toEqual({ ok: true, data: { opened: false } });
      expect(kiosk.host.opened).toBe(0);
    } finally {
      await workstation.backend.close();
      await kiosk.backend.close();
    }
  });
});

describe('search prefill from a link', () => {
  test('is pushed as an event and kept until the window takes it once; nothing is sent to AutoGrab', async () => {
    const { backend, call, events } = await start();
    try {
      const before = { api: backend.demoSandbox!.stats.apiRequests, token: backend.demoSandbox!.stats.tokenRequests };
      backend.prefillSearch({ kind: 'plate', plate: 'WXY 1234' });
      expect(events).toContainEqual({ channel: 'event:search-prefill', payload: { kind: 'plate', plate: 'WXY 1234' } });
      expect(await call('search:take-prefill')).toEqual({ ok: true, data: { kind: 'plate', plate: 'WXY 1234' } });
      expect(await call('search:take-prefill')).toEqual({ ok: true, data: null });
      expect({ api: backend.demoSandbox!.stats.apiRequests, token: backend.demoSandbox!.stats.tokenRequests }).toEqual(before);
    } finally {
      await backend.close();
    }
  });

  test('a menu command goes to the window as event:menu-command', async () => {
    const { backend, events } = await start();
    try {
      backend.menuCommand('show-about');
      expect(events).toContainEqual({ channel: 'event:menu-command', payload: 'show-about' });
    } finally {
      await backend.close();
    }
  });
});
