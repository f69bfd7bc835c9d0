import { trackLastUpdateCheck } from '../../../main/updater/last-check';
import type { UpdatesService } from '../../../main/ports';
import type { UpdateStatus } from '../../../preload/contract';

function fakeUpdates(): UpdatesService & { push(status: UpdateStatus): void } {
  const listeners = new Set<(status: UpdateStatus) => void>();
  let current: UpdateStatus = { state: 'idle', lastCheckedAt: null };
  return {
    status: () => current,
    check: async () => current,
    install: async () => current,
    onStatus: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    push(status) {
      current = status;
      for (const listener of listeners) listener(status);
    },
  };
}

test('remembers when a check finished, whether or not it found an update, until the next one', () => {
  const updates = fakeUpdates();
  const tracker = trackLastUpdateCheck(updates, () => new Date('2026-12-01T05:00:00Z'));
  expect(tracker.at()).toBeNull();
  updates.push({ state: 'checking' });
  updates.push({ state: 'idle', lastCheckedAt: '2026-12-01T04:00:00.000Z' });
  expect(tracker.at()).toBe('2026-12-01T04:00:00.000Z');
  updates.push({ state: 'checking' });
  updates.push({ state: 'available', version: '1.2.0' });
  expect(tracker.at()).toBe('2026-12-01T05:00:00.000Z');
  updates.push({ state: 'downloading', version: '1.2.0', percent: 10 });
  expect(tracker.at()).toBe('2026-12-01T05:00:00.000Z');
  tracker.stop();
  updates.push({ state: 'idle', lastCheckedAt: '2026-12-01T06:00:00.000Z' });
  expect(tracker.at()).toBe('2026-12-01T05:00:00.000Z');
});
