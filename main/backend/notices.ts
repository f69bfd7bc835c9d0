/**
 * Notices: messages main wants the user to see (a store was reset, the policy
 * was ignored, demo data could not start). The newest ones are kept for the
 * status the renderer draws; each is also pushed as `event:notice` and logged.
 */
import { randomUUID } from 'node:crypto';
import type { Notice } from '../core/app-types';
import type { Logger } from '../core/ports';

/** How many notices status keeps (oldest dropped). */
const NOTICE_LIMIT = 20;

/** The notice board of one backend. */
export interface Notices {
  /** Shows a notice: kept, logged and pushed to the renderer. */
  notify(notice: Omit<Notice, 'id'>): void;
  /** Tells the user a saved file could not be read and was reset; nothing when `backupPath` is null. */
  reportReset(what: string, backupPath: string | null): void;
  /** The kept notices, oldest first. */
  list(): Notice[];
}

/** Creates the notice board; `publish` delivers each new notice to the renderer. */
export function createNotices(logger: Logger, publish: (notice: Notice) => void): Notices {
  const notices: Notice[] = [];
  const notify = (notice: Omit<Notice, 'id'>) => {
    const full: Notice = { id: randomUUID(), ...notice };
    notices.push(full);
    notices.splice(0, Math.max(0, notices.length - NOTICE_LIMIT));
    logger.warn(`notice: ${notice.kind}`, { message: notice.message });
    publish(full);
  };
  return {
    notify,
    reportReset: (what, backupPath) => {
      if (backupPath === null) return;
      notify({
        level: 'warning',
        kind: `${what}-reset`,
        message: `Your saved ${what} could not be read, so Dealer Desk started fresh. A copy of the old file was kept at ${backupPath}.`,
      });
    },
    list: () => [...notices],
  };
}
