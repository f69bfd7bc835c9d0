/**
 * The Market panel beside the valuation: sample and window, the controls
 * (each a documented overlay parameter), both charts with their text
 * alternatives, days to sell (saying plainly that a delisting is not a sale)
 * and the sortable leads table. A reopened appraisal shows its saved
 * evidence, stamped with when it was fetched.
 */
import { Suspense, lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../../preload/contract';
import { daysToSell, quartiles } from '../../../../main/core/market/index';
import { formatDateTime, formatKms, formatMoney } from '../../format';
import { useAppStore, useRegion } from '../../stores/app';
import { useMarketStore } from '../../stores/market';
import { useValuationStore } from '../../stores/valuation';
import { Progress } from '../common/Progress';
import { LeadsTable } from './LeadsTable';
import type { PriceMarker } from './MarketCharts';

const MarketCharts = lazy(() => import('./MarketCharts'));

/** The windows offered; AutoGrab starts at 60 days by default. */
const WINDOWS = [30, 60, 90, 180, 365] as const;

function Controls() {
  const { t } = useTranslation();
  const controls = useMarketStore((state) => state.controls);
  const saved = useMarketStore((state) => state.saved);
  const setControls = useMarketStore((state) => state.setControls);
  const disabled = saved !== null;
  const toggle = (key: 'includeAdjacentYears' | 'excludeOutliers' | 'excludeAllDelisted' | 'includeAllActive', label: string) => (
    <label className="check">
      <input type="checkbox" checked={controls[key]} disabled={disabled} onChange={(event) => void setControls({ [key]: event.target.checked })} data-testid={`market-${key}`} />
      {label}
    </label>
  );
  return (
    <fieldset className="market-controls">
      <legend>{t('market.controls.legend')}</legend>
      {toggle('includeAdjacentYears', t('market.controls.adjacentYears'))}
      {toggle('excludeOutliers', t('market.controls.excludeOutliers'))}
      {toggle('excludeAllDelisted', t('market.controls.onlyActive'))}
      {toggle('includeAllActive', t('market.controls.allActive'))}
      <label>
        {t('market.controls.window')}{' '}
        <select value={controls.minimumDays} disabled={disabled} onChange={(event) => void setControls({ minimumDays: Number(event.target.value) })} data-testid="market-window">
          {(WINDOWS as readonly number[]).includes(controls.minimumDays) ? null : <option value={controls.minimumDays}>{t('market.controls.days', { count: controls.minimumDays })}</option>}
          {WINDOWS.map((days) => (
            <option key={days} value={days}>
              {t('market.controls.days', { count: days })}
            </option>
          ))}
        </select>
      </label>
      {disabled ? <p className="muted small">{t('market.controls.lockedSaved')}</p> : null}
    </fieldset>
  );
}

function DaysToSell({ asOf, leads }: { asOf: Date; leads: ReadonlyArray<{ listedAt: string | null; removedAt: string | null }> }) {
  const { t } = useTranslation();
  const stats = useMemo(() => daysToSell(leads, asOf), [leads, asOf]);
  const round = (value: number) => String(Math.round(value));
  return (
    <section className="days-to-sell" aria-labelledby="days-to-sell-heading" data-testid="days-to-sell">
      <h4 id="days-to-sell-heading">{t('market.daysToSell.heading')}</h4>
      <p>
        {stats.delisted.days
          ? t('market.daysToSell.delisted', { count: stats.delisted.count, median: round(stats.delisted.days.median), q1: round(stats.delisted.days.q1), q3: round(stats.delisted.days.q3) })
          : t('market.daysToSell.noDelisted')}
      </p>
      <p>{stats.active.ageDays ? t('market.daysToSell.active', { count: stats.active.count, median: round(stats.active.ageDays.median) }) : t('market.daysToSell.noActive')}</p>
      <p className="muted">{t('market.daysToSell.caution')}</p>
    </section>
  );
}

function useChartMarkers(region: Region): { markers: PriceMarker[]; text: string; thisCar: { kms: number; price: number } | null } {
  const { t } = useTranslation();
  const result = useValuationStore((state) => state.result);
  return useMemo(() => {
    if (!result) return { markers: [], text: '', thisCar: null };
    const { retailPrice, tradePrice, kms } = result.prediction;
    const offer = result.maxOffer?.price ?? null;
    const markers: PriceMarker[] = [
      { label: t('valuation.retail'), value: retailPrice, colour: '#b91c1c' },
      { label: t('valuation.trade'), value: tradePrice, colour: '#047857' },
    ];
    if (offer !== null) markers.push({ label: t('valuation.offer.heading'), value: offer, colour: '#7c3aed' });
    const money = (value: number) => formatMoney(value, region);
    const text =
      offer !== null
        ? t('market.histogram.markersOffer', { retail: money(retailPrice), trade: money(tradePrice), offer: money(offer) })
        : t('market.histogram.markers', { retail: money(retailPrice), trade: money(tradePrice) });
    return { markers, text, thisCar: kms !== null ? { kms, price: retailPrice } : null };
  }, [result, region, t]);
}

/** The Market panel. */
export function MarketPanel() {
  const { t } = useTranslation();
  const overlay = useMarketStore((state) => state.overlay);
  const saved = useMarketStore((state) => state.saved);
  const vehicle = useValuationStore((state) => state.vehicle);
  const kiosk = useAppStore((state) => state.status?.kiosk.enabled ?? false);
  const region = useRegion();
  const { markers, text: markerText, thisCar } = useChartMarkers(region);
  const asOf = useMemo(() => (saved ? new Date(saved.fetchedAt) : new Date(overlay.fetchedAt ?? Date.now())), [saved, overlay.fetchedAt]);
  const leads = overlay.data?.leads;
  const priceSpread = useMemo(() => quartiles((leads ?? []).map((lead) => lead.price)), [leads]);
  const kmsValues = useMemo(() => (leads ?? []).map((lead) => lead.kms).filter((kms): kms is number => kms !== null), [leads]);

  if (overlay.status === 'idle') return null;
  const money = (value: number) => formatMoney(value, region);
  const days = overlay.data?.daysChecked ?? saved?.controls.minimumDays ?? 60;
  const count = overlay.data?.sampleSize ?? leads?.length ?? 0;

  return (
    <section className="market-panel" aria-labelledby="market-heading" data-testid="market-panel">
      <div className="result-head">
        <h2 id="market-heading">{t('market.heading')}</h2>
        {saved ? (
          <span className="saved-stamp" data-testid="market-saved-stamp">
            {t('market.savedStamp', { when: formatDateTime(saved.fetchedAt) })}
          </span>
        ) : null}
      </div>
      <p className="muted">{t('market.intro')}</p>
      <Controls />
      {overlay.status === 'loading' ? <Progress>{t('market.loading')}</Progress> : null}
      {overlay.status === 'error' ? (
        <p role="alert" className="notice-warning">
          {t('market.failed')}
        </p>
      ) : null}
      {overlay.status === 'done' && leads ? (
        <>
          <p data-testid="market-sample">{count > 0 ? t('market.sample', { count, days }) : t('market.sampleNone', { days })}</p>
          {leads.length > 0 && priceSpread ? (
            <>
              <Suspense fallback={null}>
                <MarketCharts
                  leads={leads}
                  markers={markers}
                  thisCar={thisCar}
                  region={region}
                  labels={{
                    histogram: t('market.histogram.heading'),
                    histogramSummary: `${t('market.histogram.summary', { count: leads.length, min: money(priceSpread.min), max: money(priceSpread.max), q1: money(priceSpread.q1), q3: money(priceSpread.q3), median: money(priceSpread.median) })} ${markerText}`.trim(),
                    scatter: t('market.scatter.heading'),
                    scatterSummary:
                      kmsValues.length === 0
                        ? ''
                        : thisCar
                          ? t('market.scatter.summary', { count: kmsValues.length, minKms: formatKms(Math.min(...kmsValues), region), maxKms: formatKms(Math.max(...kmsValues), region), kms: formatKms(thisCar.kms, region), retail: money(thisCar.price) })
                          : t('market.scatter.summaryNoCar', { count: kmsValues.length, minKms: formatKms(Math.min(...kmsValues), region), maxKms: formatKms(Math.max(...kmsValues), region) }),
                    count: t('market.histogram.count'),
                    kms: t('market.table.kms'),
                    active: t('market.scatter.active'),
                    delisted: t('market.scatter.delisted'),
                    thisCar: t('market.scatter.thisCar'),
                  }}
                />
              </Suspense>
              <DaysToSell asOf={asOf} leads={leads} />
              <LeadsTable leads={leads} region={region} ownBadge={vehicle?.badge ?? null} ownVehicleId={vehicle?.id ?? null} asOf={asOf} linksEnabled={!kiosk} />
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
