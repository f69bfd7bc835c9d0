/**
 * The daily window, in local time, in which a kiosk may restart to install an
 * update. A window may cross midnight (`23:30`–`01:00`).
 */
import type { MaintenanceWindow } from '../core/policy/effective-policy';

/** Used by kiosks whose policy names no window: early morning, when showrooms are closed. */
export const DEFAULT_KIOSK_MAINTENANCE_WINDOW: MaintenanceWindow = Object.freeze({ start: '03:00', end: '05:00' });

const MINUTES_PER_DAY = 24 * 60;

function minutesOf(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** Whether local time `at` is inside `window` (start inclusive, end exclusive). */
export function isInMaintenanceWindow(at: Date, window: MaintenanceWindow): boolean {
  const now = at.getHours() * 60 + at.getMinutes();
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/**
 * Milliseconds from `at` until the window next opens (0 when it is open). On a
 * daylight-saving day this can be an hour off; callers check again on waking.
 */
export function msUntilMaintenanceWindow(at: Date, window: MaintenanceWindow): number {
  if (isInMaintenanceWindow(at, window)) return 0;
  const now = at.getHours() * 60 + at.getMinutes();
  const minutes = (minutesOf(window.start) - now + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return minutes * 60_000 - at.getSeconds() * 1000 - at.getMilliseconds();
}
