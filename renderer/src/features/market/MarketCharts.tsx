/**
 * The two market charts, drawn with uPlot and loaded lazily with it: a
 * histogram of lead prices with this car's retail, trade-in and max offer
 * marked, and the price-against-odometer scatter dealers know from vAuto,
 * with this car marked. Canvas is invisible to assistive technology, so each
 * chart carries a summary sentence (passed in) and the leads table beside it
 * has every figure.
 */
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Region } from '../../../../preload/contract';
import { formatMoney, formatNumber } from '../../format';

/** One price marker on the histogram. */
export interface PriceMarker {
  label: string;
  value: number;
  colour: string;
}

/** Props of the charts module. */
export interface MarketChartsProps {
  leads: ReadonlyArray<{ price: number | null; kms: number | null; removedAt: string | null }>;
  markers: readonly PriceMarker[];
  /** This car on the scatter: its odometer and retail price. */
  thisCar: { kms: number; price: number } | null;
  region: Region;
  labels: { histogram: string; histogramSummary: string; scatter: string; scatterSummary: string; count: string; kms: string; active: string; delisted: string; thisCar: string };
}

const HEIGHT = 220;
const BINS = 10;

function canDraw(): boolean {
  return Boolean(document.createElement('canvas').getContext('2d'));
}

/** Equal-width price bins: centres and counts. */
export function priceBins(prices: readonly number[], bins = BINS): { centres: number[]; counts: number[]; width: number } {
  if (prices.length === 0) return { centres: [], counts: [], width: 0 };
  const min = Math.min(...prices);
  const max = Math.max(...prices);
  const width = Math.max(1, (max - min) / bins);
  const counts = new Array<number>(bins).fill(0);
  for (const price of prices) {
    const bin = Math.min(bins - 1, Math.floor((price - min) / width));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return { centres: counts.map((_count, index) => min + width * (index + 0.5)), counts, width };
}

/** Draws a uPlot of `options` and `data` into `element` at the chart height, and keeps it sized; returns the cleanup. */
function mount(element: HTMLDivElement, options: Omit<uPlot.Options, 'width' | 'height'>, data: uPlot.AlignedData): () => void {
  let plot: uPlot | null = null;
  try {
    plot = new uPlot({ ...options, width: Math.max(320, element.clientWidth || 560), height: HEIGHT }, data, element);
  } catch {
    // uPlot refused the element (detached mid-render): the summary and the table still carry the figures.
    return () => undefined;
  }
  const resize = new ResizeObserver(() => plot?.setSize({ width: Math.max(320, element.clientWidth), height: HEIGHT }));
  resize.observe(element);
  return () => {
    resize.disconnect();
    plot?.destroy();
  };
}

/** A chart with its title and summary sentence (the text alternative), which also labels the canvas for screen readers. */
function ChartFigure({ title, summary, name, testId, target }: { title: string; summary: string; name: string; testId: string; target: RefObject<HTMLDivElement | null> }) {
  return (
    <figure className="market-chart">
      <figcaption>
        <strong>{title}</strong>
        <span data-testid={`${name}-summary`}>{summary}</span>
      </figcaption>
      <div ref={target} role="img" aria-label={`${title}. ${summary}`} data-testid={testId} />
    </figure>
  );
}

function Histogram({ leads, markers, region, labels }: MarketChartsProps) {
  const target = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = target.current;
    if (!element || !canDraw()) return;
    const prices = leads.map((lead) => lead.price).filter((price): price is number => price !== null);
    const { centres, counts, width } = priceBins(prices);
    if (centres.length === 0) return;
    const accent = getComputedStyle(element).getPropertyValue('--accent').trim() || '#1d5fbf';
    const drawMarkers = (u: uPlot) => {
      const { ctx } = u;
      ctx.save();
      for (const marker of markers) {
        const x = u.valToPos(marker.value, 'x', true);
        ctx.strokeStyle = marker.colour;
        ctx.lineWidth = 2 * devicePixelRatio;
        ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
        ctx.beginPath();
        ctx.moveTo(x, u.bbox.top);
        ctx.lineTo(x, u.bbox.top + u.bbox.height);
        ctx.stroke();
        ctx.fillStyle = marker.colour;
        ctx.font = `${12 * devicePixelRatio}px sans-serif`;
        ctx.fillText(marker.label, x + 4 * devicePixelRatio, u.bbox.top + 14 * devicePixelRatio);
      }
      ctx.restore();
    };
    const all = [...prices, ...markers.map((marker) => marker.value)];
    return mount(
      element,
      {
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false, range: [Math.min(...all) - width, Math.max(...all) + width] }, y: { range: [0, Math.max(...counts) + 1] } },
        axes: [{ space: 90, values: (_u, ticks) => ticks.map((tick) => formatMoney(tick, region)) }, { label: labels.count, values: (_u, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? String(tick) : '')) }],
        series: [{}, { label: labels.count, fill: `${accent}66`, stroke: accent, paths: uPlot.paths.bars?.({ size: [0.9, Infinity] }), points: { show: false } }],
        hooks: { draw: [drawMarkers] },
      },
      [centres, counts],
    );
  }, [leads, markers, region, labels.count]);
  return <ChartFigure title={labels.histogram} summary={labels.histogramSummary} name="histogram" testId="price-histogram" target={target} />;
}

function Scatter({ leads, thisCar, region, labels }: MarketChartsProps) {
  const target = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = target.current;
    if (!element || !canDraw()) return;
    const points = leads.filter((lead): lead is { price: number; kms: number; removedAt: string | null } => lead.price !== null && lead.kms !== null);
    if (points.length === 0) return;
    // uPlot wants one ascending x array; each series is null where it has no point.
    const rows = [...points.map((lead) => ({ kms: lead.kms, active: lead.removedAt ? null : lead.price, delisted: lead.removedAt ? lead.price : null, own: null as number | null }))];
    if (thisCar) rows.push({ kms: thisCar.kms, active: null, delisted: null, own: thisCar.price });
    rows.sort((a, b) => a.kms - b.kms);
    const styles = getComputedStyle(element);
    const accent = styles.getPropertyValue('--accent').trim() || '#1d5fbf';
    const dot = (stroke: string, fill: string, size: number) => ({ paths: () => null, points: { show: true, size, stroke, fill, width: 2 } });
    return mount(
      element,
      {
        legend: { show: true },
        cursor: { show: true, drag: { x: false, y: false } },
        scales: { x: { time: false } },
        axes: [{ space: 80, values: (_u, ticks) => ticks.map((tick) => `${formatNumber(tick, region)} km`) }, { size: 90, values: (_u, ticks) => ticks.map((tick) => formatMoney(tick, region)) }],
        series: [
          { label: labels.kms },
          { label: labels.active, ...dot(accent, `${accent}99`, 7) },
          { label: labels.delisted, ...dot('#6b7280', '#ffffff', 7) },
          { label: labels.thisCar, ...dot('#b91c1c', '#b91c1c', 13) },
        ],
      },
      [rows.map((row) => row.kms), rows.map((row) => row.active), rows.map((row) => row.delisted), rows.map((row) => row.own)],
    );
  }, [leads, thisCar, region, labels.kms, labels.active, labels.delisted, labels.thisCar]);
  return <ChartFigure title={labels.scatter} summary={labels.scatterSummary} name="scatter" testId="price-scatter" target={target} />;
}

/** Both market charts. */
export default function MarketCharts(props: MarketChartsProps) {
  return (
    <div className="market-charts">
      <Histogram {...props} />
      <Scatter {...props} />
    </div>
  );
}
