/**
 * Caps how many requests one client has on the wire at once. A dealer desk
 * never needs many (AutoGrab limits requests per second anyway), and a burst
 * of hundreds would open as many sockets and let requests queue inside the
 * network stack until their deadlines pass. Queued calls wait here instead,
 * where waiting costs nothing and the per-attempt timeout has not started;
 * a caller that aborts leaves the queue at once.
 */
import { cancelled } from '../failures';

/** A counting semaphore with an abortable FIFO queue. */
export class ConcurrencyLimiter {
  private active = 0;
  private readonly queue: Array<() => void> = [];
  private readonly max: number;

  constructor(max: number) {
    this.max = Math.max(1, Math.floor(max));
  }

  /** Runs `task` once a slot is free; rejects with CANCELLED if `signal` aborts while queued. */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.active < this.max && this.queue.length === 0) this.active += 1;
    else await this.waitForSlot(signal);
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private waitForSlot(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(cancelled());
    return new Promise<void>((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', leave);
        this.active += 1;
        resolve();
      };
      const leave = () => {
        const index = this.queue.indexOf(grant);
        if (index >= 0) this.queue.splice(index, 1);
        reject(cancelled());
      };
      this.queue.push(grant);
      signal?.addEventListener('abort', leave, { once: true });
    });
  }

  private release(): void {
    this.active -= 1;
    this.queue.shift()?.();
  }
}
