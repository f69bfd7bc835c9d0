import type { UpdateStatus } from '../../../preload/contract';
import { NO_POLICY } from '../../../main/core/policy/effective-policy';
import type { EffectivePolicy } from '../../../main/core/policy/effective-policy';
import { recordingLogger } from '../../core/policy/recording-logger';
import { createUpdatesService, redactUpdaterText } from '../../../main/updater/updates-service';
import type { UpdatesServiceOptions } from '../../../main/updater/updates-service';
import { FakeUpdater, manualClock, settle } from './fakes';

const HOUR = 60 * 60 * 1000;

function policyWith(overrides: { kiosk?: boolean; updates?: Partial<EffectivePolicy['updates']> } = {}): EffectivePolicy {
  return {
    ...NO_POLICY,
    source: 'file',
    kiosk: { enabled: overrides.kiosk ?? false, idleResetSeconds: null, exitPinHash: null, allowDeepLinks: false },
    updates: { enabled: true, ...overrides.updates },
  };
}

function setup(options: Partial<UpdatesServiceOptions> & { at?: Date } = {}) {
  const updater = new FakeUpdater();
  const time = manualClock(options.at ?? new Date(2026, 0, 5, 14, 0));
  const { logger, lines: logs } = recordingLogger();
  const beforeInstall = vi.fn();
  const factory = vi.fn(() => updater);
  const service = createUpdatesService({
    updater: factory,
    policy: policyWith(),
    isPackaged: true,
    targetCanUpdate: { ok: true },
    env: {},
    clock: time.clock,
    beforeInstall,
    logger,
    ...options,
  });
  const seen: UpdateStatus[] = [];
  service.onStatus((status) => seen.push(status));
  return { service, updater, time, logs, beforeInstall, factory, seen };
}

describe('disabled updates say why and never load electron-updater', () => {
  test.each([
    ['development build', { isPackaged: false }, 'development'],
    ['ELECTRON_NO_UPDATER=1', { env: { ELECTRON_NO_UPDATER: '1' } }, 'env-off'],
    ['policy', { policy: policyWith({ updates: { enabled: false } }) }, 'policy-off'],
    ['target', { targetCanUpdate: { ok: false as const, reason: 'linux-package' as const } }, 'linux-package'],
  ])('%s', async (_label, overrides, reason) => {
    const { service, factory, updater } = setup(overrides);
    const disabled = { state: 'disabled', reason };
    expect(service.status()).toEqual(disabled);
    expect(await service.check()).toEqual(disabled);
    expect(await service.install()).toEqual(disabled);
    service.start();
    expect(factory).not.toHaveBeenCalled();
    expect(updater.checks).toBe(0);
  });
});

describe('updater configuration', () => {
  test('no auto-download, no downgrade, no web installer', () => {
    const { updater } = setup();
    expect(updater.autoDownload).toBe(false);
    expect(updater.allowDowngrade).toBe(false);
    expect(updater.disableWebInstaller).toBe(true);
    expect(updater.feed).toBeNull();
  });

  test('a policy URL and channel replace the build feed (generic provider)', () => {
    const { updater } = setup({ policy: policyWith({ updates: { url: 'https://updates.dealer.example/desk', channel: 'beta' } }) });
    expect(updater.feed).toEqual({ provider: 'generic', url: 'https://updates.dealer.example/desk', channel: 'beta' });
  });

  test('a policy channel alone keeps the build URL and still forbids downgrades', () => {
    const { updater } = setup({ policy: policyWith({ updates: { channel: 'beta' } }) });
    expect(updater.feed).toBeNull();
    expect(updater.channel).toBe('beta');
    expect(updater.allowDowngrade).toBe(false);
  });
});

describe('update states (workstation)', () => {
  test('no update: checking, then idle with the time of the check', async () => {
    const { service, seen } = setup();
    expect(service.status()).toEqual({ state: 'idle', lastCheckedAt: null });
    const after = await service.check();
    expect(after).toEqual({ state: 'idle', lastCheckedAt: new Date(2026, 0, 5, 14, 0).toISOString() });
    expect(seen.map((s) => s.state)).toEqual(['checking', 'idle']);
  });

  test('an inactive updater (check returns null) ends idle, not stuck checking', async () => {
    const { service, updater } = setup();
    updater.nextCheck = { kind: 'inactive' };
    expect((await service.check()).state).toBe('idle');
  });

  test('available → downloading with percent → downloaded, installable now', async () => {
    const { service, updater, seen } = setup();
    updater.nextCheck = { kind: 'available', version: '1.4.0' };
    expect(await service.check()).toEqual({ state: 'downloading', version: '1.4.0', percent: 0 });
    expect(updater.downloads).toBe(1);
    updater.progress(12.4);
    updater.progress(12.45);
    updater.progress(57.6);
    updater.completeDownload('1.4.0');
    await settle();
    expect(service.status()).toEqual({ state: 'downloaded', version: '1.4.0', installAt: 'now' });
    expect(seen).toEqual([
      { state: 'checking' },
      { state: 'available', version: '1.4.0' },
      { state: 'downloading', version: '1.4.0', percent: 0 },
      { state: 'downloading', version: '1.4.0', percent: 12 },
      { state: 'downloading', version: '1.4.0', percent: 58 },
      { state: 'downloaded', version: '1.4.0', installAt: 'now' },
    ]);
    expect(updater.installs).toEqual([]);
  });

  test('install restarts into the new version at once, after beforeInstall', async () => {
    const { service, updater, beforeInstall } = setup();
    updater.nextCheck = { kind: 'available', version: '1.4.0' };
    await service.check();
    updater.completeDownload('1.4.0');
    await service.install();
    expect(beforeInstall).toHaveBeenCalledTimes(1);
    expect(updater.installs).toEqual([[true, true]]);
  });

  test('install with nothing downloaded does nothing', async () => {
    const { service, updater } = setup();
    expect(await service.install()).toEqual({ state: 'idle', lastCheckedAt: null });
    expect(updater.installs).toEqual([]);
  });

  test('a check while downloading does not start another check or download', async () => {
    const { service, updater } = setup();
    updater.nextCheck = { kind: 'available', version: '1.4.0' };
    await service.check();
    expect((await service.check()).state).toBe('downloading');
    expect(updater.checks).toBe(1);
    expect(updater.downloads).toBe(1);
  });

  test('a failed check shows a plain message; the log has no credentials or query strings', async () => {
    const { service, updater, logs } = setup();
    const error = Object.assign(new Error('net::ERR_CONNECTION_REFUSED https://admin:hunter22@updates.example/latest.yml?token=abc123'), { code: 'ENET' });
    updater.nextCheck = { kind: 'error', error };
    const status = await service.check();
    expect(status).toEqual({ state: 'error', reason: 'check-failed' });
    const logText = logs.join('\n');
    expect(logText).toContain('update failed');
    expect(logText).not.toContain('hunter22');
    expect(logText).not.toContain('abc123');
  });

  test('a failed download shows a plain message, and the next check starts over', async () => {
    const { service, updater } = setup();
    updater.nextCheck = { kind: 'available', version: '1.4.0' };
    await service.check();
    updater.failDownload(new Error('socket hang up https://u:p@updates.example/Dealer-Desk-1.4.0.AppImage'));
    await settle();
    expect(service.status()).toEqual({ state: 'error', reason: 'download-failed' });
    expect(await service.check()).toEqual({ state: 'downloading', version: '1.4.0', percent: 0 });
    expect(updater.downloads).toBe(2);
  });

  test('a damaged download (sha512 mismatch) says so', async () => {
    const { service, updater } = setup();
    updater.nextCheck = { kind: 'available', version: '1.4.0' };
    await service.check();
    updater.failDownload(Object.assign(new Error('sha512 checksum mismatch'), { code: 'ERR_CHECKSUM_MISMATCH' }));
    await settle();
    expect(service.status()).toEqual({ state: 'error', reason: 'checksum' });
  });

  test('electron-updater log lines are routed to our logger, redacted', () => {
    const { updater, logs } = setup();
    updater.logger!.info('Found version 1.4.0 (url: https://user:secretpw@updates.example/a.AppImage)');
    expect(logs.at(-1)).toContain('updater: Found version 1.4.0');
    expect(logs.at(-1)).not.toContain('secretpw');
  });
});

describe('background checks', () => {
  test('first check after the start delay, then every 4 hours, until stopped', async () => {
    const { service, updater, time } = setup({ firstCheckDelayMs: 10_000 });
    service.start();
    service.start();
    await time.advance(9_999);
    expect(updater.checks).toBe(0);
    await time.advance(1);
    expect(updater.checks).toBe(1);
    await time.advance(4 * HOUR - 1);
    expect(updater.checks).toBe(1);
    await time.advance(1);
    expect(updater.checks).toBe(2);
    service.stop();
    await time.advance(8 * HOUR);
    expect(updater.checks).toBe(2);
    expect(time.pendingTimers()).toBe(0);
  });

  test('a background check after an error recovers', async () => {
    const { service, updater, time } = setup({ firstCheckDelayMs: 0, checkIntervalMs: HOUR });
    updater.nextCheck = { kind: 'error', error: new Error('offline') };
    service.start();
    await time.advance(0);
    expect(service.status().state).toBe('error');
    updater.nextCheck = { kind: 'none' };
    await time.advance(HOUR);
    expect(service.status().state).toBe('idle');
  });
});

describe('kiosk: installs only in the maintenance window', () => {
  const kioskPolicy = (maintenanceWindow?: { start: string; end: string }) =>
    policyWith({ kiosk: true, updates: maintenanceWindow ? { maintenanceWindow } : {} });

  async function downloadIn(ctx: ReturnType<typeof setup>) {
    ctx.updater.nextCheck = { kind: 'available', version: '2.0.0' };
    await ctx.service.check();
    ctx.updater.completeDownload('2.0.0');
    await settle();
  }

  test('outside the window: deferred, then installed by itself when the window opens', async () => {
    const ctx = setup({ policy: kioskPolicy({ start: '02:00', end: '04:00' }), at: new Date(2026, 0, 5, 14, 0) });
    await downloadIn(ctx);
    expect(ctx.service.status()).toEqual({ state: 'downloaded', version: '2.0.0', installAt: 'maintenance-window' });
    expect(await ctx.service.install()).toEqual({ state: 'downloaded', version: '2.0.0', installAt: 'maintenance-window' });
    await ctx.time.advance(12 * HOUR - 60_000); // 01:59
    expect(ctx.updater.installs).toEqual([]);
    expect(ctx.beforeInstall).not.toHaveBeenCalled();
    await ctx.time.advance(60_000); // 02:00
    expect(ctx.updater.installs).toEqual([[true, true]]);
    expect(ctx.beforeInstall).toHaveBeenCalledTimes(1);
  });

  test('inside the window: installs as soon as the download finishes', async () => {
    const ctx = setup({ policy: kioskPolicy({ start: '02:00', end: '04:00' }), at: new Date(2026, 0, 5, 2, 30) });
    await downloadIn(ctx);
    expect(ctx.updater.installs).toEqual([[true, true]]);
  });

  test('a window across midnight (23:30–01:00) opens at 23:30 and is still open at 00:30', async () => {
    const evening = setup({ policy: kioskPolicy({ start: '23:30', end: '01:00' }), at: new Date(2026, 0, 5, 22, 0) });
    await downloadIn(evening);
    await evening.time.advance(90 * 60_000 - 1);
    expect(evening.updater.installs).toEqual([]);
    await evening.time.advance(1);
    expect(evening.updater.installs).toHaveLength(1);

    const afterMidnight = setup({ policy: kioskPolicy({ start: '23:30', end: '01:00' }), at: new Date(2026, 0, 6, 0, 30) });
    await downloadIn(afterMidnight);
    expect(afterMidnight.updater.installs).toHaveLength(1);
  });

  test('a kiosk without a window uses 03:00–05:00', async () => {
    const ctx = setup({ policy: kioskPolicy(), at: new Date(2026, 0, 5, 2, 0) });
    await downloadIn(ctx);
    expect(ctx.updater.installs).toEqual([]);
    await ctx.time.advance(HOUR);
    expect(ctx.updater.installs).toHaveLength(1);
  });

  test('stopping the service cancels the wait', async () => {
    const ctx = setup({ policy: kioskPolicy({ start: '02:00', end: '04:00' }) });
    await downloadIn(ctx);
    ctx.service.stop();
    await ctx.time.advance(24 * HOUR);
    expect(ctx.updater.installs).toEqual([]);
  });
});

test('redactUpdaterText removes URL credentials, query strings and keys', () => {
  expect(redactUpdaterText('GET https://a:b@h.example/x.yml?sig=1 ApiKey: sec_abcdefgh1234')).toBe(
    'GET https://[REDACTED]@h.example/x.yml?[REDACTED] ApiKey: [REDACTED]',
  );
});
