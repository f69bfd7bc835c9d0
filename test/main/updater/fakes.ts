/**
 * Test doubles for the updater: a clock whose timers only fire when the test
 * advances time, and an updater that behaves like electron-updater's events.
 */
import { EventEmitter } from 'node:events';
import type { Clock } from '../../../main/core/http/clock';
import { cancelled } from '../../../main/core/failures';
import type { GenericFeed, UpdaterLike, UpdaterLogSink } from '../../../main/updater/updater-like';

/** Lets pending promise callbacks run. */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A clock standing still until `advance`. */
export function manualClock(start: Date) {
  let now = start.getTime();
  const timers: Array<{ due: number; resolve: () => void }> = [];
  const clock: Clock = {
    now: () => now,
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(cancelled());
        const timer = { due: now + ms, resolve };
        timers.push(timer);
        signal?.addEventListener('abort', () => {
          timers.splice(timers.indexOf(timer), 1);
          reject(cancelled());
        });
      });
    },
  };
  return {
    clock,
    pendingTimers: () => timers.length,
    /** Moves time forward, firing due timers in order and letting their callbacks run. */
    async advance(ms: number) {
      const target = now + ms;
      await settle();
      for (;;) {
        timers.sort((a, b) => a.due - b.due);
        const next = timers[0];
        if (!next || next.due > target) break;
        timers.shift();
        now = next.due;
        next.resolve();
        await settle();
      }
      now = target;
      await settle();
    },
  };
}

/** What the next `checkForUpdates` does. */
export type CheckScript = { kind: 'none' } | { kind: 'available'; version: string } | { kind: 'error'; error: Error } | { kind: 'inactive' };

/** An EventEmitter updater; the test drives download progress and completion. */
export class FakeUpdater extends EventEmitter implements UpdaterLike {
  autoDownload = true;
  allowDowngrade = false;
  disableWebInstaller = false;
  logger: UpdaterLogSink | null = null;
  feed: GenericFeed | null = null;
  nextCheck: CheckScript = { kind: 'none' };
  checks = 0;
  downloads = 0;
  installs: Array<[boolean | undefined, boolean | undefined]> = [];
  private finishDownload: ((error?: Error) => void) | null = null;
  private channelValue: string | null = null;

  get channel(): string | null {
    return this.channelValue;
  }

  set channel(value: string | null) {
    // electron-updater's setter does this too.
    this.channelValue = value;
    this.allowDowngrade = true;
  }

  setFeedURL(options: GenericFeed): void {
    this.feed = options;
  }

  async checkForUpdates(): Promise<unknown> {
    this.checks += 1;
    const script = this.nextCheck;
    if (script.kind === 'inactive') return null;
    if (script.kind === 'error') {
      this.emit('error', script.error);
      throw script.error;
    }
    const info = { version: script.kind === 'available' ? script.version : '1.0.0' };
    this.emit(script.kind === 'available' ? 'update-available' : 'update-not-available', info);
    return { updateInfo: info, isUpdateAvailable: script.kind === 'available' };
  }

  downloadUpdate(): Promise<unknown> {
    this.downloads += 1;
    return new Promise((resolve, reject) => {
      this.finishDownload = (error) => (error ? reject(error) : resolve(['/tmp/update']));
    });
  }

  /** Reports download progress, as electron-updater does while downloading. */
  progress(percent: number): void {
    this.emit('download-progress', { percent, total: 100, transferred: percent, delta: 1, bytesPerSecond: 1 });
  }

  /** Completes the download: `update-downloaded`, then the promise resolves. */
  completeDownload(version: string): void {
    this.emit('update-downloaded', { version, downloadedFile: '/tmp/update' });
    this.finishDownload?.();
  }

  /** Fails the download: `error`, then the promise rejects. */
  failDownload(error: Error): void {
    this.emit('error', error);
    this.finishDownload?.(error);
  }

  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    this.installs.push([isSilent, isForceRunAfter]);
  }
}
