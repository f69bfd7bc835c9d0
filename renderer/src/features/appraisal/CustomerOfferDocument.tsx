/**
 * The customer offer: the one-page letter the customer takes home. It carries
 * the dealership, the customer, the vehicle, the offer in figures and words,
 * how long it stands, the salesperson, the reference and signature lines.
 *
 * It never shows margin, costs, the max-offer breakdown or AutoGrab's
 * confidence, and it cannot: {@link customerOfferFacts} copies out only what
 * the letter prints, and the component receives nothing else.
 */
import { useTranslation } from 'react-i18next';
import type { Appraisal, DealershipLogo, DealershipProfile } from '../../../../main/core/appraisal/types';
import { formatDate, formatMoney } from '../../format';
import { ringgitInWords } from '../../i18n/amount-in-words';
import { DemoLabel, Letterhead, ReferenceLine, Signature, VehicleFacts, localDay } from './document-parts';
import type { DocumentFacts } from './document-parts';

/** Everything the customer offer prints, and nothing more. */
export type CustomerOfferFacts = DocumentFacts & Pick<Appraisal, 'customer' | 'offer' | 'salesperson'>;

/** Copies out of an appraisal exactly the fields the customer offer prints. */
export function customerOfferFacts(appraisal: Appraisal): CustomerOfferFacts {
  return {
    reference: appraisal.reference,
    createdAt: appraisal.createdAt,
    validUntil: appraisal.validUntil,
    vehicle: { ...appraisal.vehicle },
    conditionScore: appraisal.conditionScore,
    kms: appraisal.kms ?? appraisal.valuation.prediction.kms,
    customer: { ...appraisal.customer },
    offer: appraisal.offer,
    salesperson: appraisal.salesperson,
  };
}

/** Props of {@link CustomerOfferDocument}. */
export interface CustomerOfferDocumentProps {
  facts: CustomerOfferFacts;
  profile: DealershipProfile;
  logo: DealershipLogo | null;
  demo: boolean;
}

/** The customer offer sheet. */
export function CustomerOfferDocument({ facts, profile, logo, demo }: CustomerOfferDocumentProps) {
  const { t, i18n } = useTranslation();
  const offer = facts.offer ?? 0;
  const dealership = profile.name || t('documents.noDealership');
  return (
    <article className="print-sheet document" aria-labelledby="offer-heading" data-testid="customer-offer">
      <Letterhead profile={profile} logo={logo} />
      <DemoLabel demo={demo} />
      <h1 id="offer-heading">{t('documents.offer.heading')}</h1>
      <ReferenceLine facts={facts} />
      <p className="document-to">
        {t('documents.offer.to', { name: facts.customer.name || t('documents.offer.customerBlank') })}
        {facts.customer.phone ? ` · ${facts.customer.phone}` : ''}
      </p>
      <p>{t('documents.offer.intro', { dealership })}</p>
      <VehicleFacts facts={facts} />
      <div className="offer-amount">
        <p className="price-label">{t('documents.offer.amount')}</p>
        <p className="price" data-testid="offer-amount">
          {formatMoney(offer, 'my')}
        </p>
        <p className="offer-words" data-testid="offer-words">
          {ringgitInWords(offer, i18n.language === 'ms' ? 'ms' : 'en')}
        </p>
      </div>
      <p>{t('documents.offer.terms', { date: formatDate(localDay(facts.validUntil)) })}</p>
      <p>{t('documents.offer.salesperson', { name: facts.salesperson || profile.salesperson || '—' })}</p>
      <div className="signatures">
        <Signature who={t('documents.offer.signDealer', { dealership })} />
        <Signature who={t('documents.offer.signCustomer')} />
      </div>
    </article>
  );
}
