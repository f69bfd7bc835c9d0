/**
 * Two valuations side by side, one row per figure. Lazy-loaded: most sessions
 * never open it.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatKms, formatMoney, formatMoneyRange } from '../../format';
import { useRegion } from '../../stores/app';
import type { HistoryValuation } from '../../stores/history';
import { Confidence, PRICE_KINDS, boundsOf } from '../valuation/parts';

/** Props of {@link CompareView}. */
export interface CompareViewProps {
  items: readonly [HistoryValuation, HistoryValuation];
  onClose: () => void;
}

/** One row: its label and how to read it from a valuation. */
type Row = [string, (item: HistoryValuation) => ReactNode];

/** The comparison table. */
export default function CompareView({ items, onClose }: CompareViewProps) {
  const { t } = useTranslation();
  const region = useRegion();
  const rows: Row[] = [
    [t('summary.date'), (item) => (item.source === 'local' ? t('common.saved', { when: formatDateTime(item.date) }) : formatDateTime(item.date))],
    [t('summary.kms'), (item) => formatKms(item.kms, region)],
    [t('summary.condition'), (item) => (item.conditionScore ? `${item.conditionScore} · ${t(`valuation.conditionNames.${item.conditionScore}`)}` : '—')],
    ...PRICE_KINDS.flatMap((kind): Row[] => [
      [t(`valuation.${kind}`), (item) => formatMoney(item[kind], region)],
      [t(`valuation.rangeOf.${kind}`), (item) => formatMoneyRange(boundsOf(item.bounds, kind), region)],
    ]),
    [t('valuation.confidence'), (item) => <Confidence score={item.score} />],
    [t('valuation.offer.price'), (item) => (item.maxOffer ? formatMoney(item.maxOffer.price, region) : '—')],
    [t('valuation.id'), (item) => <span className="mono small">{item.pricingId}</span>],
  ];
  return (
    <section className="panel compare" aria-labelledby="compare-heading" data-testid="compare-view">
      <h2 id="compare-heading">{t('history.compareHeading')}</h2>
      <table className="data-table compare-table">
        <thead>
          <tr>
            <th scope="col">{t('history.field')}</th>
            {items.map((item) => (
              <th scope="col" key={item.key}>
                {item.title ?? t('history.vehicleId', { id: item.vehicleId })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, cell]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {items.map((item) => (
                <td key={item.key}>{cell(item)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </section>
  );
}
