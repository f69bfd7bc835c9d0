/**
 * Pieces both appraisal documents share: the dealership letterhead, the
 * vehicle facts, the demo label and the file name. Kept apart from the
 * documents so the customer offer can be read on its own and checked for
 * what it must never show.
 */
import { useTranslation } from 'react-i18next';
import type { Appraisal, DealershipLogo, DealershipProfile } from '../../../../main/core/appraisal/types';
import { formatDate, formatKms } from '../../format';

/** A `YYYY-MM-DD` day as a local date (never shifted by a UTC offset). */
export function localDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year!, (month ?? 1) - 1, date ?? 1);
}

/** The dealership as printed at the top of both documents. */
export function Letterhead({ profile, logo }: { profile: DealershipProfile; logo: DealershipLogo | null }) {
  const { t } = useTranslation();
  return (
    <header className="letterhead">
      {logo ? <img className="letterhead-logo" src={`data:${logo.mimeType};base64,${logo.base64}`} alt="" width={logo.width} height={logo.height} /> : null}
      <div>
        <p className="letterhead-name" data-testid="dealership-name">
          {profile.name || t('documents.noDealership')}
        </p>
        {profile.ssm ? <p>{t('documents.ssm', { ssm: profile.ssm })}</p> : null}
        {profile.address ? <p className="letterhead-address">{profile.address}</p> : null}
        {profile.phone ? <p>{t('documents.phone', { phone: profile.phone })}</p> : null}
      </div>
    </header>
  );
}

/** The demo-data label: printed on both documents whenever the figures are not real. */
export function DemoLabel({ demo }: { demo: boolean }) {
  const { t } = useTranslation();
  return demo ? <p className="sheet-demo">{t('documents.demo')}</p> : null;
}

/** What both documents print about the vehicle and the paper itself. */
export type DocumentFacts = Pick<Appraisal, 'reference' | 'createdAt' | 'validUntil' | 'vehicle' | 'conditionScore'> & {
  /** The kms entered, or the average AutoGrab priced when the odometer was left blank. */
  kms: number | null;
};

/** Plate, VIN, variant, odometer and condition. */
export function VehicleFacts({ facts }: { facts: DocumentFacts }) {
  const { t } = useTranslation();
  const { vehicle, kms } = facts;
  const rows: Array<[string, string | null]> = [
    [t('documents.plate'), vehicle.plate],
    [t('documents.vin'), vehicle.vin],
    [t('documents.vehicle'), vehicle.title],
    [t('documents.odometer'), kms === null ? null : formatKms(kms, 'my')],
    [t('documents.condition'), facts.conditionScore === null ? null : `${facts.conditionScore} · ${t(`valuation.conditionNames.${facts.conditionScore}`)}`],
  ];
  return (
    <dl className="sheet-facts">
      {rows
        .filter((row): row is [string, string] => row[1] !== null && row[1] !== '')
        .map(([label, value]) => (
          <div key={label} className="sheet-fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** Reference, date and valid-until line. */
export function ReferenceLine({ facts }: { facts: DocumentFacts }) {
  const { t } = useTranslation();
  return (
    <p className="sheet-reference">
      <span data-testid="document-reference">{t('documents.reference', { reference: facts.reference })}</span>
      <span>{t('documents.date', { date: formatDate(facts.createdAt) })}</span>
      <span data-testid="valid-until">{t('documents.validUntil', { date: formatDate(localDay(facts.validUntil)) })}</span>
    </p>
  );
}

/** A signature line with who signs under it and a date line. */
export function Signature({ who }: { who: string }) {
  const { t } = useTranslation();
  return (
    <div className="signature">
      <p className="signature-line" />
      <p>{who}</p>
      <p>{t('documents.signDate')}</p>
    </div>
  );
}
