/**
 * The internal appraisal sheet: everything a manager signs off. The valuation
 * with ranges and confidence, the reconditioning items and the worked offer,
 * AutoGrab's max offer, the market summary when the valuation had one, the
 * customer, notes and status.
 */
import { useTranslation } from 'react-i18next';
import { workOutOffer } from '../../../../main/core/appraisal/offer';
import type { Appraisal, DealershipLogo, DealershipProfile } from '../../../../main/core/appraisal/types';
import { formatMoney } from '../../format';
import { Confidence, PRICE_KINDS, boundsOf, priceOf, rangeText } from '../valuation/parts';
import { DemoLabel, Letterhead, ReferenceLine, Signature, VehicleFacts } from './document-parts';
import { WorkedOffer } from './WorkedOffer';

/** Props of {@link InternalSheetDocument}. */
export interface InternalSheetDocumentProps {
  appraisal: Appraisal;
  profile: DealershipProfile;
  logo: DealershipLogo | null;
  demo: boolean;
}

/** A market summary's plain figures (numbers and short text), whatever its exact shape. */
function marketRows(market: Record<string, unknown>): Array<[string, string]> {
  return Object.entries(market)
    .filter(([, value]) => (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.length <= 80))
    .slice(0, 12)
    .map(([key, value]) => [key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase(), String(value)]);
}

/** The internal sheet. */
export function InternalSheetDocument({ appraisal, profile, logo, demo }: InternalSheetDocumentProps) {
  const { t } = useTranslation();
  const { prediction, bounds } = appraisal.valuation;
  const breakdown = workOutOffer(appraisal.valuation, appraisal.recon);
  const facts = { ...appraisal, kms: appraisal.kms ?? prediction.kms };
  const market = appraisal.market ? marketRows(appraisal.market) : [];
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
      <div className="sheet-prices">
        {PRICE_KINDS.map((kind) => {
          const range = boundsOf(bounds, kind);
          return (
            <div key={kind}>
              <p className="price-label">{t(`valuation.${kind}`)}</p>
              <p className="price-small">{formatMoney(priceOf(prediction, kind), 'my')}</p>
              {range ? <p className="muted small">{rangeText(t, kind, range, 'my')}</p> : null}
            </div>
          );
        })}
        <div>
          <p className="price-label">{t('valuation.confidence')}</p>
          <p className="price-small">
            <Confidence score={prediction.score} />
          </p>
        </div>
      </div>
      <WorkedOffer breakdown={breakdown} recon={appraisal.recon} offer={appraisal.offer} />
      <p className="offer-made">
        {t('documents.internal.offerMade')} <strong data-testid="internal-offer">{appraisal.offer === null ? '—' : formatMoney(appraisal.offer, 'my')}</strong>
      </p>
      {market.length > 0 ? (
        <section aria-labelledby="market-heading" data-testid="market-summary">
          <h2 id="market-heading">{t('documents.internal.market')}</h2>
          <dl className="sheet-facts">
            {market.map(([label, value]) => (
              <div key={label} className="sheet-fact">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
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
