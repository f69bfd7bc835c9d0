/**
 * When the last update check finished, for About and diagnostics. The
 * updater's own `idle` state carries this, but the state moves on (to
 * `available`, `downloading`, …) and the time is lost; this remembers it.
 */
import type { UpdatesService } from '../ports';

/** Reads the time of the last finished check. */
export interface LastUpdateCheck {
  /** ISO time of the last finished check (found or not); null when none finished since start. */
  at(): string | null;
  /** Stops listening. */
  stop(): void;
}

/** Starts remembering when checks of `updates` finish. */
export function trackLastUpdateCheck(updates: UpdatesService, now: () => Date = () => new Date()): LastUpdateCheck {
  let last: string | null = null;
  let checking = updates.status().state === 'checking';
  const stop = updates.onStatus((status) => {
    if (status.state === 'idle' && status.lastCheckedAt) last = status.lastCheckedAt;
    else if (checking && status.state !== 'checking' && status.state !== 'disabled') last = now().toISOString();
    checking = status.state === 'checking';
  });
  return { at: () => last, stop };
}
