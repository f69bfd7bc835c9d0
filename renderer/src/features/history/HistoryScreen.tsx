/**
 * History: first the working list of appraisals, then past valuations from
 * this workstation and the AutoGrab account. Any valuation can be reopened;
 * ticking two compares them side by side. When AutoGrab cannot be reached the
 * workstation's entries still show, each stamped "Saved …".
 */
import { Suspense, lazy, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatKms, formatMoney } from '../../format';
import { useAppStore, useRegion } from '../../stores/app';
import { allValuations, useHistoryStore } from '../../stores/history';
import type { HistoryValuation } from '../../stores/history';
import { DemoBadge } from '../common/DemoBadge';
import { ErrorPanel } from '../common/ErrorPanel';
import { Progress } from '../common/Progress';
import { AppraisalList } from './AppraisalList';
import { lookupLines } from './lookups';

const CompareView = lazy(() => import('./CompareView'));

function ValuationRow({ item }: { item: HistoryValuation }) {
  const { t } = useTranslation();
  const region = useRegion();
  const selected = useHistoryStore((state) => state.selected.includes(item.key));
  const reopening = useHistoryStore((state) => state.reopening === item.key);
  const toggle = useHistoryStore((state) => state.toggleSelected);
  const reopen = useHistoryStore((state) => state.reopen);
  const name = item.title ?? t('history.vehicleId', { id: item.vehicleId });
  return (
    <tr data-testid="history-row" data-source={item.source}>
      <td>
        <input type="checkbox" checked={selected} onChange={() => toggle(item.key)} aria-label={t('history.select', { name })} />
      </td>
      <th scope="row">
        {name} <DemoBadge demo={item.demo} />
      </th>
      <td>{item.source === 'local' ? t('common.saved', { when: formatDateTime(item.date) }) : formatDateTime(item.date)}</td>
      <td>{formatKms(item.kms, region)}</td>
      <td>{formatMoney(item.retail, region)}</td>
      <td>{formatMoney(item.trade, region)}</td>
      <td>
        <button type="button" onClick={() => void reopen(item)} aria-busy={reopening} aria-label={`${t('history.open')}: ${name}`}>
          {t('history.open')}
        </button>
      </td>
    </tr>
  );
}

function ValuationTable({ items, caption }: { items: HistoryValuation[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <table className="data-table history-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">{t('history.compare')}</span>
          </th>
          <th scope="col">{t('summary.vehicle')}</th>
          <th scope="col">{t('summary.date')}</th>
          <th scope="col">{t('summary.kms')}</th>
          <th scope="col">{t('valuation.retail')}</th>
          <th scope="col">{t('valuation.trade')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('history.open')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <ValuationRow key={item.key} item={item} />
        ))}
      </tbody>
    </table>
  );
}

/** The history screen. */
export function HistoryScreen() {
  const { t } = useTranslation();
  const remote = useHistoryStore((state) => state.api);
  const local = useHistoryStore((state) => state.local);
  const selected = useHistoryStore((state) => state.selected);
  const reopenError = useHistoryStore((state) => state.reopenError);
  const load = useHistoryStore((state) => state.load);
  const clearLocal = useHistoryStore((state) => state.clearLocal);
  const kiosk = useAppStore((state) => state.status?.kiosk.enabled ?? false);
  const [comparing, setComparing] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  const all = allValuations({ api: remote, local });
  const localValuations = all.filter((item) => item.source === 'local');
  const lookups = lookupLines(local.items);
  const pair = selected.map((key) => all.find((item) => item.key === key)).filter((item): item is HistoryValuation => item !== undefined);
  const loading = remote.status === 'loading' || local.status === 'loading';

  return (
    <div className="screen history-screen" aria-busy={loading}>
      <h1>{t('history.heading')}</h1>
      {loading ? <Progress>{t('common.loading')}</Progress> : null}
      {reopenError ? <ErrorPanel error={reopenError} /> : null}

      <AppraisalList />

      <section aria-labelledby="valuations-heading">
        <h2 id="valuations-heading" className="section-heading">
          {t('historyList.valuations')}
        </h2>
        <p className="muted">{t('history.compareHint')}</p>
        <div className="button-row">
          <button type="button" className="primary" disabled={pair.length !== 2} onClick={() => setComparing(true)}>
            {t('history.compareSelected')}
          </button>
        </div>
        {comparing && pair.length === 2 ? (
          <Suspense fallback={<Progress>{t('common.loading')}</Progress>}>
            <CompareView items={[pair[0]!, pair[1]!]} onClose={() => setComparing(false)} />
          </Suspense>
        ) : null}

        <section aria-labelledby="local-history-heading">
          <h3 id="local-history-heading" className="section-heading">
            {t('history.local')}
          </h3>
          {local.status === 'error' && local.error ? <ErrorPanel error={local.error} onRetry={() => void load()} /> : null}
          {local.status === 'done' && local.items.length === 0 ? <p className="muted">{t('history.empty')}</p> : null}
          {localValuations.length > 0 ? <ValuationTable items={localValuations} caption={t('history.local')} /> : null}
          {lookups.length > 0 ? (
            <ul className="plain-list">
              {lookups.map(({ entry, count }) => (
                <li key={entry.id} data-testid="lookup-line">
                  {t('history.lookedUp', { query: entry.query })}
                  {entry.vehicle ? ` → ${entry.vehicle.title}` : ''}{' '}
                  {count > 1 ? `${t('history.lookedUpTimes', { count })} ` : null}
                  <DemoBadge demo={entry.mode === 'demo'} />{' '}
                  <time className="saved-stamp" dateTime={entry.savedAt}>
                    {formatDateTime(entry.savedAt)}
                  </time>
                </li>
              ))}
            </ul>
          ) : null}
          {local.items.length > 0 && !kiosk ? (
            <button type="button" onClick={() => void clearLocal()}>
              {t('history.clear')}
            </button>
          ) : null}
        </section>

        <section aria-labelledby="api-history-heading">
          <h3 id="api-history-heading" className="section-heading">
            {t('history.api')}
          </h3>
          {remote.status === 'error' && remote.error ? (
            <>
              {remote.error.code === 'NETWORK' || remote.error.code === 'TIMEOUT' ? <p className="notice-inline">{t('history.offline')}</p> : null}
              <ErrorPanel error={remote.error} onRetry={() => void load()} />
            </>
          ) : null}
          {remote.status === 'done' && remote.items.length === 0 ? <p className="muted">{t('history.empty')}</p> : null}
          {remote.items.length > 0 ? <ValuationTable items={remote.items} caption={t('history.api')} /> : null}
        </section>
      </section>
    </div>
  );
}
