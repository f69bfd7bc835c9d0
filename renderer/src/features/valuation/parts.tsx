/**
 * The small pieces of a valuation result, shared by the vehicle screen, the
 * printable summary and history compare: confidence, price range bar and the
 * max-offer breakdown.
 */
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaxOffer, PriceBounds, PriceRange, Region } from '../../../../preload/contract';
import { confidenceBand, formatMoney } from '../../format';

/** The two prices of every valuation, in the order they are shown. */
export const PRICE_KINDS = ['retail', 'trade'] as const;

/** Retail or trade. */
export type PriceKind = (typeof PRICE_KINDS)[number];

/** The figures a price kind reads from. */
export interface Prices {
  retailPrice: number;
  tradePrice: number;
}

/** The price of one kind. */
export function priceOf(prices: Prices, kind: PriceKind): number {
  return kind === 'retail' ? prices.retailPrice : prices.tradePrice;
}

/** The bounds of one kind, when AutoGrab sent them. */
export function boundsOf(bounds: PriceBounds | null, kind: PriceKind): PriceRange | null {
  return bounds?.[kind] ?? null;
}

/** "Retail range RM 43,000 to RM 47,500". */
export function rangeText(t: TFunction, kind: PriceKind, range: PriceRange, region: Region): string {
  return t(kind === 'retail' ? 'valuation.rangeRetail' : 'valuation.rangeTrade', {
    lower: formatMoney(range.lower, region),
    upper: formatMoney(range.upper, region),
  });
}

/** Props of {@link Confidence}. */
export interface ConfidenceProps {
  score: number | null;
}

/** "High (0.92)": the band from AutoGrab's guidance plus the raw score. */
export function Confidence({ score }: ConfidenceProps) {
  const { t } = useTranslation();
  const band = confidenceBand(score);
  if (band === null || score === null) return <span className="muted">{t('valuation.noScore')}</span>;
  return (
    <span className={`badge band-${band}`} data-testid="confidence" data-band={band}>
      {t('valuation.bandWithScore', { band: t(`valuation.band.${band}`), score: score.toFixed(2) })}
    </span>
  );
}

/** Props of {@link SheetPrices}. */
export interface SheetPricesProps {
  prices: Prices;
  bounds: PriceBounds | null;
  region: Region;
  /** Smaller figures, for a sheet that carries more than the prices. */
  compact?: boolean;
  /** Further cells after the prices (e.g. the confidence on the internal sheet). */
  children?: ReactNode;
}

/** The retail and trade prices with their ranges, as printed on a summary or appraisal sheet. */
export function SheetPrices({ prices, bounds, region, compact = false, children }: SheetPricesProps) {
  const { t } = useTranslation();
  return (
    <div className="sheet-prices">
      {PRICE_KINDS.map((kind) => {
        const range = boundsOf(bounds, kind);
        return (
          <div key={kind}>
            <p className="price-label">{t(`valuation.${kind}`)}</p>
            <p className={compact ? 'price-small' : 'price'}>{formatMoney(priceOf(prices, kind), region)}</p>
            {range ? <p className={compact ? 'muted small' : 'muted'}>{rangeText(t, kind, range, region)}</p> : null}
          </div>
        );
      })}
      {children}
    </div>
  );
}

/** Props of {@link RangeBar}. */
export interface RangeBarProps {
  label: string;
  range: PriceRange;
  value: number;
  region: Region;
}

/** A price range as a bar with the estimate marked, plus the same facts in text. */
export function RangeBar({ label, range, value, region }: RangeBarProps) {
  const span = range.upper - range.lower;
  const position = span > 0 ? Math.min(100, Math.max(0, ((value - range.lower) / span) * 100)) : 50;
  return (
    <div className="range">
      <p className="range-label">{label}</p>
      <div className="range-bar" aria-hidden="true">
        <span className="range-marker" style={{ left: `${position}%` }} />
      </div>
      <div className="range-ends" aria-hidden="true">
        <span>{formatMoney(range.lower, region)}</span>
        <span>{formatMoney(range.upper, region)}</span>
      </div>
    </div>
  );
}

const OFFER_COSTS = ['reconditioning', 'profitMargin', 'lot', 'transport', 'admin'] as const;

/**
 * Which price the max offer was worked out from. AutoGrab takes the costs off
 * retail, or off trade when the account uses `max_offer_trade`; the response
 * does not say which, so pick the one the figures add up from.
 */
export function offerBasis(prices: Prices, offer: MaxOffer): PriceKind {
  const costs = OFFER_COSTS.reduce((sum, cost) => sum + (offer[cost] ?? 0), 0);
  const fromRetail = Math.abs(prices.retailPrice - costs - offer.price);
  const fromTrade = Math.abs(prices.tradePrice - costs - offer.price);
  return fromTrade < fromRetail ? 'trade' : 'retail';
}

/** Props of {@link OfferBreakdown}. */
export interface OfferBreakdownProps {
  offer: MaxOffer;
  prices: Prices;
  region: Region;
}

/** Retail → each deduction → maximum offer, as a table so every ringgit is accounted for. */
export function OfferBreakdown({ offer, prices, region }: OfferBreakdownProps) {
  const { t } = useTranslation();
  const basis = offerBasis(prices, offer);
  return (
    <div className="offer" data-testid="offer-breakdown">
      <h3 id="offer-heading">{t('valuation.offer.heading')}</h3>
      <table className="offer-table" aria-labelledby="offer-heading">
      <tbody>
        <tr>
          <th scope="row">{t(`valuation.${basis}`)}</th>
          <td>{formatMoney(priceOf(prices, basis), region)}</td>
        </tr>
        {OFFER_COSTS.map((cost) =>
          offer[cost] === null ? null : (
            <tr key={cost} data-cost={cost}>
              <th scope="row">{t(`valuation.offer.${cost}`)}</th>
              <td>− {formatMoney(offer[cost], region)}</td>
            </tr>
          ),
        )}
        <tr className="offer-total">
          <th scope="row">{t('valuation.offer.price')}</th>
          <td data-testid="max-offer">{formatMoney(offer.price, region)}</td>
        </tr>
      </tbody>
    </table>
    </div>
  );
}
