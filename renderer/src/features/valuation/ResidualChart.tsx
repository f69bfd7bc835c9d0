/**
 * The 5-year residual curve drawn with uPlot (small, canvas-based, no
 * dependencies). Loaded lazily so it never delays the search box. The chart
 * is decorative for assistive technology: the table next to it carries the
 * same figures.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Region, ResidualPoint } from '../../../../preload/contract';
import { formatMoney } from '../../format';

/** Props of {@link ResidualChart}. */
export interface ResidualChartProps {
  points: readonly ResidualPoint[];
  region: Region;
  label: string;
  yearLabel: (year: number) => string;
}

const HEIGHT = 220;

/** The residual chart. */
export default function ResidualChart({ points, region, label, yearLabel }: ResidualChartProps) {
  const target = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = target.current;
    // No 2D canvas (tests, kiosks with canvas disabled): uPlot would fail while drawing; the table carries the figures.
    if (!element || !document.createElement('canvas').getContext('2d')) return;
    const accent = getComputedStyle(element).getPropertyValue('--accent').trim() || '#1d5fbf';
    let plot: uPlot | null = null;
    try {
      plot = new uPlot(
        {
          width: Math.max(320, element.clientWidth || 560),
          height: HEIGHT,
          legend: { show: false },
          cursor: { show: true, drag: { x: false, y: false } },
          scales: { x: { time: false } },
          axes: [
            { values: (_u, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? yearLabel(tick) : '')) },
            { size: 90, values: (_u, ticks) => ticks.map((tick) => formatMoney(tick, region)) },
          ],
          series: [{}, { label, stroke: accent, width: 2, points: { size: 7, fill: accent } }],
        },
        [points.map((point) => point.year), points.map((point) => point.valuation)],
        element,
      );
    } catch {
      // uPlot refused the element (e.g. detached mid-render); the table next to it still has every figure.
      return;
    }
    const resize = new ResizeObserver(() => plot?.setSize({ width: Math.max(320, element.clientWidth), height: HEIGHT }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot?.destroy();
    };
  }, [points, region, label, yearLabel]);

  return <div ref={target} className="residual-chart" role="img" aria-label={label} data-testid="residual-chart" />;
}
