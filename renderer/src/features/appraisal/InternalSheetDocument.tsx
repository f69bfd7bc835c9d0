/**
 * The internal appraisal sheet: everything a manager signs off. The valuation
 * with ranges and confidence, the reconditioning items and the worked offer,
 * AutoGrab's max offer, the market evidence saved with the valuation (worded
 * as the market panel words it), the
 * customer, notes and status.
 */
import { useTranslation } from 'react-i18next';
import { workOutOffer } from '../../../../main/core/appraisal/offer';
import type { Appraisal, DealershipLogo, DealershipProfile, MarketEvidence } from '../../../../preload/contract';
import { formatDateTime, formatMoney } from '../../format';
import { Confidence, SheetPrices } from '../valuation/parts';
import { DemoLabel, Letterhead, ReferenceLine, Signature, VehicleFacts } from './document-parts';
import { WorkedOffer } from './WorkedOffer';

/** Props of {@link InternalSheetDocument}. */
export interface InternalSheetDocumentProps {
  appraisal: Appraisal;
  profile: DealershipProfile;
  logo: DealershipLogo | null;
  demo: boolean;
}

/** Whole days for the sentences, as the market panel rounds them. */
const days = (value: number) => Math.round(value);

/** The market evidence saved with the valuation: when it was fetched, the sample, the price spread and days to sell. */
function MarketSummary({ market }: { market: MarketEvidence }) {
  const { t } = useTranslation();
  const money = (amount: number) => formatMoney(amount, 'my');
  const prices = market.priceQuartiles;
  const { delisted, active } = market.daysToSell;
  return (
    <section aria-labelledby="market-heading" data-testid="market-summary">
      <h2 id="market-heading">{t('documents.internal.market')}</h2>
      <p>{t('market.savedStamp', { when: formatDateTime(market.fetchedAt) })}</p>
      <p>
        {market.sampleSize
          ? t('market.sample', { count: market.sampleSize, days: market.daysChecked ?? market.controls.minimumDays })
          : t('market.sampleNone', { days: market.daysChecked ?? market.controls.minimumDays })}
      </p>
      {prices ? (
        <p>
          {t('market.histogram.summary', {
            count: market.leads.length,
            min: money(prices.min),
            max: money(prices.max),
            q1: money(prices.q1),
            q3: money(prices.q3),
            median: money(prices.median),
          })}
        </p>
      ) : null}
      <p>
        {delisted.days
          ? t('market.daysToSell.delisted', { count: delisted.count, median: days(delisted.days.median), q1: days(delisted.days.q1), q3: days(delisted.days.q3) })
          : t('market.daysToSell.noDelisted')}
      </p>
      <p>{active.ageDays ? t('market.daysToSell.active', { count: active.count, median: days(active.ageDays.median) }) : t('market.daysToSell.noActive')}</p>
    </section>
  );
}

/** The internal sheet. */
export function InternalSheetDocument({ appraisal, profile, logo, demo }: InternalSheetDocumentProps) {
  const { t } = useTranslation();
  const { prediction, bounds } = appraisal.valuation;
  const breakdown = workOutOffer(appraisal.valuation, appraisal.recon);
  const facts = { ...appraisal, kms: appraisal.kms ?? prediction.kms };
  return (
    <article className="print-sheet document internal" aria-labelledby="internal-heading" data-testid="internal-sheet">
      <Letterhead profile={profile} logo={logo} />
      <DemoLabel demo={demo} />
      <h1 id="internal-heading">{t('documents.internal.heading')}</h1>
      <ReferenceLine facts={facts} />
      <p>
        {t('documents.internal.status', { status: t(`appraisal.status.${appraisal.status}`) })} ·{' '}
        {t('documents.offer.salesperson', { name: appraisal.salesperson || profile.salesperson || '—' })}
      </p>
      <p>
        {t('documents.internal.customer', {
          name: appraisal.customerUnavailable ? t('appraisal.customerUnavailable') : appraisal.customer.name || '—',
          phone: appraisal.customer.phone || '—',
        })}
      </p>
      <VehicleFacts facts={facts} />
      <SheetPrices prices={prediction} bounds={bounds} region="my" compact>
        <div>
          <p className="price-label">{t('valuation.confidence')}</p>
          <p className="price-small">
            <Confidence score={prediction.score} />
          </p>
        </div>
      </SheetPrices>
      <WorkedOffer breakdown={breakdown} recon={appraisal.recon} offer={appraisal.offer} />
      <p className="offer-made">
        {t('documents.internal.offerMade')} <strong data-testid="internal-offer">{appraisal.offer === null ? '—' : formatMoney(appraisal.offer, 'my')}</strong>
      </p>
      {appraisal.market ? <MarketSummary market={appraisal.market} /> : null}
      {appraisal.notes ? (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">{t('documents.internal.notes')}</h2>
          <p className="notes">{appraisal.notes}</p>
        </section>
      ) : null}
      <div className="signatures">
        <Signature who={t('documents.internal.signManager')} />
      </div>
    </article>
  );
}
