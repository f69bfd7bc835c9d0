/**
 * Where the main window opens: its saved size, position and maximised state,
 * pulled back onto a display when the saved place is no longer on any (the
 * laptop left its docking station, a monitor was unplugged or rearranged).
 *
 * Plain Node and pure, so every case is tested without displays. The
 * Electron side (main/window-state.ts) reads the displays, applies the result
 * and saves the state when the window moves, resizes or closes.
 *
 * Why not electron-window-state: when the saved bounds lie off every display
 * it resets the window to its default place on the primary display, not onto
 * the nearest one, and it keeps its own file outside our store recovery.
 */
import { z } from 'zod';

/** A rectangle in screen coordinates (Electron's `Rectangle`). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is saved per workstation. */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** Where to open the window; no `x`/`y` means "let the OS centre it". */
export interface WindowPlacement {
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

/** Size limits of the window (the same as its `minWidth`/`minHeight` options). */
export interface WindowSizes {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/** How much of the title bar must lie on a display for the window to count as reachable there. */
export const REACHABLE = Object.freeze({ titleBarHeight: 32, minVisibleWidth: 120 });

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(1).max(100_000);

/** The saved state, bounded: a hand-edited or damaged file is treated as no saved state. */
export const windowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: size, height: size }),
  maximized: z.boolean(),
});

/** The saved state if `value` is one, else null. */
export function parseWindowState(value: unknown): WindowState | null {
  const parsed = windowStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Decides where the window opens. `workAreas` are the displays' work areas
 * (without task bars and docks), primary first. A saved window whose title
 * bar is reachable on some display opens exactly where it was (size clamped to
 * the minimum); otherwise it moves onto the display nearest to where it was,
 * shrunk to fit if that display is smaller.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[], sizes: WindowSizes): WindowPlacement {
  const fallback: WindowPlacement = { bounds: { width: sizes.width, height: sizes.height }, maximized: false };
  if (saved === null || workAreas.length === 0) return fallback;
  const bounds: Rect = {
    ...saved.bounds,
    width: Math.max(saved.bounds.width, sizes.minWidth),
    height: Math.max(saved.bounds.height, sizes.minHeight),
  };
  if (workAreas.some((area) => titleBarReachable(bounds, area))) return { bounds, maximized: saved.maximized };
  const nearest = nearestArea(bounds, workAreas);
  return { bounds: fitInside(bounds, nearest), maximized: saved.maximized };
}

/** Whether enough of the window's title bar lies on `area` to grab it with the mouse. */
function titleBarReachable(bounds: Rect, area: Rect): boolean {
  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: REACHABLE.titleBarHeight };
  const overlap = intersection(titleBar, area);
  return overlap !== null && overlap.width >= Math.min(REACHABLE.minVisibleWidth, bounds.width) && bounds.y >= area.y;
}

function intersection(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** The area whose nearest point is closest to the window's centre. */
function nearestArea(bounds: Rect, areas: readonly Rect[]): Rect {
  const cx = bounds.x + bounds.width / 2;
  const cy = bounds.y + bounds.height / 2;
  const distance = (area: Rect) => {
    const dx = Math.max(area.x - cx, 0, cx - (area.x + area.width));
    const dy = Math.max(area.y - cy, 0, cy - (area.y + area.height));
    return dx * dx + dy * dy;
  };
  return areas.reduce((best, area) => (distance(area) < distance(best) ? area : best));
}

/** `bounds` moved (and shrunk if needed) to lie wholly inside `area`. */
function fitInside(bounds: Rect, area: Rect): Rect {
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}
