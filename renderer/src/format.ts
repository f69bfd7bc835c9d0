/**
 * Number, money and date formatting per market. Valuations are shown in whole
 * units of the market's currency (`RM 45,000`); dates are DD/MM/YYYY in every
 * market Dealer Desk serves.
 */
import type { Region } from '../../preload/contract';

// Gearbox names and vehicle titles are written in core, so the titles main keeps in history read the same as the screens.
export { shortTransmission, vehicleTitle } from '../../main/core/domain';

/** Currency AutoGrab prices each market in. */
const CURRENCY_BY_REGION: Record<Region, string> = { my: 'MYR', au: 'AUD', nz: 'NZD', uk: 'GBP' };

const LOCALE_BY_REGION: Record<Region, string> = { my: 'ms-MY', au: 'en-AU', nz: 'en-NZ', uk: 'en-GB' };

/** The number locale for a market: `ms-MY` for Malaysia in both languages, so figures read the same in EN and BM. */
function numberLocale(region: Region): string {
  return LOCALE_BY_REGION[region];
}

const moneyCache = new Map<string, Intl.NumberFormat>();

/** A price in whole units of the market's currency, e.g. `RM 45,000`; `—` when unknown. */
export function formatMoney(amount: number | null | undefined, region: Region): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '—';
  let format = moneyCache.get(region);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale(region), {
      style: 'currency',
      currency: CURRENCY_BY_REGION[region],
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
    });
    moneyCache.set(region, format);
  }
  return format.format(Math.round(amount));
}

/** A price range as "RM 43,000 – RM 47,500", or a dash when AutoGrab sent none. */
export function formatMoneyRange(range: { lower: number; upper: number } | null | undefined, region: Region): string {
  return range ? `${formatMoney(range.lower, region)} – ${formatMoney(range.upper, region)}` : '—';
}

/** A plain whole number with grouping, e.g. `45,000`. */
export function formatNumber(value: number | null | undefined, region: Region): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(numberLocale(region), { maximumFractionDigits: 0 }).format(value);
}

/** An odometer reading, e.g. `52,000 km`. */
export function formatKms(value: number | null | undefined, region: Region): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${formatNumber(value, region)} km`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function toDate(value: string | number | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * DD/MM/YYYY in local time. Built by hand rather than with Intl so the order
 * cannot change with the OS locale or ICU version.
 */
export function formatDate(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const date = toDate(value);
  if (!date) return '—';
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** HH:MM (24-hour) in local time, e.g. when a reused answer was fetched today. */
export function formatTime(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const date = toDate(value);
  if (!date) return '—';
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** DD/MM/YYYY HH:MM (24-hour), for "Saved …" stamps. */
export function formatDateTime(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const date = toDate(value);
  if (!date) return '—';
  return `${formatDate(date)} ${formatTime(date)}`;
}

/** Confidence bands from AutoGrab's guidance: above 0.8 high, 0.5 to 0.8 medium, below 0.5 low. */
export type ConfidenceBand = 'high' | 'medium' | 'low';

/** The band for a 0..1 confidence score; null when AutoGrab sent none. */
export function confidenceBand(score: number | null | undefined): ConfidenceBand | null {
  if (score === null || score === undefined || !Number.isFinite(score)) return null;
  if (score > 0.8) return 'high';
  if (score >= 0.5) return 'medium';
  return 'low';
}

/**
 * Engine size in litres with one decimal, the way variants are named
 * ("1.5 AV"): 1,496 cc → `1.5 L`; `null` when AutoGrab sent no capacity.
 */
export function formatEngine(cc: number | null | undefined, region: Region): string | null {
  if (cc === null || cc === undefined || !Number.isFinite(cc) || cc <= 0) return null;
  const litres = new Intl.NumberFormat(numberLocale(region), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.round(cc / 100) / 10);
  return `${litres} L`;
}
