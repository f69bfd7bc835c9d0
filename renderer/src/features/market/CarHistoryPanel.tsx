/**
 * This car's own listing history as a timeline (date, event, odometer,
 * price, site, seller), and the odometer check: when the reading entered for
 * this valuation is lower than one the car was advertised with earlier, a
 * prominent warning names both readings and dates. No history is a calm,
 * normal state.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { odometerConflict } from '../../../../main/core/market/index';
import { formatDate, formatDateTime, formatKms, formatMoney } from '../../format';
import { useRegion } from '../../stores/app';
import { useMarketStore } from '../../stores/market';
import { useValuationStore } from '../../stores/valuation';
import { Progress } from '../common/Progress';

/** The history panel. */
export function CarHistoryPanel() {
  const { t } = useTranslation();
  const history = useMarketStore((state) => state.history);
  const saved = useMarketStore((state) => state.saved);
  const request = useValuationStore((state) => state.request);
  const region = useRegion();
  const events = history.data?.events;
  const asOf = useMemo(() => new Date(saved?.fetchedAt ?? history.fetchedAt ?? Date.now()), [saved, history.fetchedAt]);
  const conflict = useMemo(() => (events ? odometerConflict(request?.kms, events, asOf) : null), [events, request?.kms, asOf]);
  if (history.status === 'idle') return null;
  const eventNames = t('carHistory.events', { returnObjects: true }) as Record<string, string>;
  const sellers = t('market.table.sellers', { returnObjects: true }) as Record<string, string>;

  return (
    <section className="car-history" aria-labelledby="car-history-heading" data-testid="car-history">
      <div className="result-head">
        <h2 id="car-history-heading">{t('carHistory.heading')}</h2>
        {history.fetchedAt && saved ? <span className="saved-stamp">{t('carHistory.fetched', { when: formatDateTime(history.fetchedAt) })}</span> : null}
      </div>
      {conflict ? (
        <div className="rollback-warning" role="alert" data-testid="rollback-warning">
          <h3>{t('carHistory.rollbackHeading')}</h3>
          <p>
            {t('carHistory.rollback', {
              entered: formatKms(conflict.enteredKms, region),
              listed: formatKms(conflict.listedKms, region),
              date: formatDate(conflict.listedAt),
              site: conflict.marketplace ?? t('carHistory.siteUnknown'),
            })}
          </p>
        </div>
      ) : null}
      {history.status === 'loading' ? <Progress>{t('carHistory.loading')}</Progress> : null}
      {history.status === 'error' ? <p className="muted">{t('carHistory.failed')}</p> : null}
      {history.status === 'done' && events && events.length === 0 ? <p data-testid="car-history-none">{t('carHistory.none')}</p> : null}
      {events && events.length > 0 ? (
        <ol className="timeline" data-testid="car-history-timeline">
          {events.map((event, index) => (
            <li key={`${event.timestamp ?? ''}-${index}`} className={`timeline-event timeline-${event.type}`}>
              <span className="timeline-date">{formatDate(event.timestamp)}</span>
              <span className="timeline-what">{eventNames[event.type] ?? t('carHistory.eventUnknown')}</span>
              <span>{formatKms(event.odometer, region)}</span>
              <span>{formatMoney(event.price, region)}</span>
              <span>{event.marketplace ?? '—'}</span>
              <span>{event.sellerType ? (sellers[event.sellerType] ?? event.sellerType) : '—'}</span>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
