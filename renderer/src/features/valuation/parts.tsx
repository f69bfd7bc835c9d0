/**
 * The small pieces of a valuation result, shared by the vehicle screen, the
 * printable summary and history compare: confidence, price range bar and the
 * max-offer breakdown.
 */
import { useTranslation } from 'react-i18next';
import type { MaxOffer, PriceRange, Region } from '../../../../preload/contract';
import { confidenceBand, formatMoney } from '../../format';

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
export function offerBasis(prices: { retailPrice: number; tradePrice: number }, offer: MaxOffer): 'retail' | 'trade' {
  const costs = OFFER_COSTS.reduce((sum, cost) => sum + (offer[cost] ?? 0), 0);
  const fromRetail = Math.abs(prices.retailPrice - costs - offer.price);
  const fromTrade = Math.abs(prices.tradePrice - costs - offer.price);
  return fromTrade < fromRetail ? 'trade' : 'retail';
}

/** Props of {@link OfferBreakdown}. */
export interface OfferBreakdownProps {
  offer: MaxOffer;
  prices: { retailPrice: number; tradePrice: number };
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
          <th scope="row">{basis === 'retail' ? t('valuation.retail') : t('valuation.trade')}</th>
          <td>{formatMoney(basis === 'retail' ? prices.retailPrice : prices.tradePrice, region)}</td>
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
