/**
 * Helpers shared by the browser benchmarks (renderer.ts, wan.ts): medians and
 * the in-page "search box is interactive" probe.
 */

/** Median of `values`. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** `value` rounded to `digits` decimals. */
export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Records, in the page, the first frame at which the search box is visible
 * and enabled. `performance.now()` counts from navigation start, so this is
 * load → interactive without any round trip to Node in the measurement.
 */
export function watchForInteractiveSearchBox(selector: string): void {
  const scope = window as unknown as { __searchInteractiveAt?: number };
  const check = () => {
    const input = document.querySelector(selector) as HTMLInputElement | null;
    if (input !== null && !input.disabled && input.getClientRects().length > 0) scope.__searchInteractiveAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
