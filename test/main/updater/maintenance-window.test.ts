import { isInMaintenanceWindow, msUntilMaintenanceWindow } from '../../../main/updater/maintenance-window';

const at = (h: number, m: number, s = 0) => new Date(2026, 2, 10, h, m, s);
const night = { start: '02:00', end: '04:00' };
const acrossMidnight = { start: '23:30', end: '01:00' };

test.each([
  [night, at(1, 59), false],
  [night, at(2, 0), true],
  [night, at(3, 59), true],
  [night, at(4, 0), false],
  [acrossMidnight, at(23, 29), false],
  [acrossMidnight, at(23, 30), true],
  [acrossMidnight, at(0, 0), true],
  [acrossMidnight, at(0, 59), true],
  [acrossMidnight, at(1, 0), false],
  [acrossMidnight, at(12, 0), false],
])('%j at %s → open: %s', (window, time, open) => {
  expect(isInMaintenanceWindow(time, window)).toBe(open);
});

test.each([
  [night, at(1, 0), 60 * 60_000],
  [night, at(4, 0), 22 * 60 * 60_000],
  [night, at(1, 59, 30), 30_000],
  [night, at(3, 0), 0],
  [acrossMidnight, at(22, 0), 90 * 60_000],
  [acrossMidnight, at(1, 0), 22.5 * 60 * 60_000],
])('%j from %s opens in %d ms', (window, time, ms) => {
  expect(msUntilMaintenanceWindow(time, window)).toBe(ms);
});
