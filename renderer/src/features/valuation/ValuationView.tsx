/**
 * The valuation result: retail and trade, the kms priced (saying so when
 * AutoGrab used its average), range bars, confidence, max-offer breakdown,
 * trade at every condition and the 5-year residual curve.
 */
import { Suspense, lazy, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../../preload/contract';
import { formatDateTime, formatTime, formatKms, formatMoney, formatMoneyRange } from '../../format';
import { useAppStore, useRegion } from '../../stores/app';
import { useAppraisalStore } from '../../stores/appraisal';
import { RESIDUAL_YEARLY_KMS, useValuationStore } from '../../stores/valuation';
import { DemoBadge } from '../common/DemoBadge';
import { ErrorPanel } from '../common/ErrorPanel';
import { Progress } from '../common/Progress';
import { Confidence, OfferBreakdown, PRICE_KINDS, RangeBar, boundsOf, priceOf, rangeText } from './parts';

const ResidualChart = lazy(() => import('./ResidualChart'));

function ConditionsTable({ region }: { region: Region }) {
  const { t } = useTranslation();
  const conditions = useValuationStore((state) => state.conditions);
  const selected = useValuationStore((state) => state.condition);
  if (conditions.status === 'loading') return <Progress>{t('common.loading')}</Progress>;
  if (!conditions.data || conditions.data.conditions.length === 0) return null;
  return (
    <table className="data-table" data-testid="conditions-table">
      <caption>{t('valuation.conditions.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('valuation.conditions.condition')}</th>
          <th scope="col">{t('valuation.conditions.trade')}</th>
          <th scope="col">{t('valuation.conditions.range')}</th>
        </tr>
      </thead>
      <tbody>
        {conditions.data.conditions.map((row) => (
          <tr key={row.conditionScore} className={row.conditionScore === selected ? 'current' : undefined}>
            <th scope="row">
              {row.conditionScore} · {t(`valuation.conditionNames.${row.conditionScore}`)}
            </th>
            <td>{formatMoney(row.tradePrice, region)}</td>
            <td>{formatMoneyRange(row.tradeBounds, region)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The residual curve: what it plots (retail), the chart, and its figures behind "Show figures". */
function Residual({ region }: { region: Region }) {
  const { t } = useTranslation();
  const residual = useValuationStore((state) => state.residual);
  const [showFigures, setShowFigures] = useState(false);
  const tableId = useId();
  const yearLabel = useCallback((year: number) => (year === 0 ? t('valuation.residual.now') : t('valuation.residual.yearN', { n: year })), [t]);
  if (residual.status === 'loading') return <Progress>{t('common.loading')}</Progress>;
  const points = residual.data?.points ?? [];
  if (points.length === 0) return null;
  return (
    <section aria-labelledby="residual-heading" className="residual">
      <h3 id="residual-heading">{t('valuation.residual.heading')}</h3>
      <p className="muted">{t('valuation.residual.assumption', { kms: formatKms(RESIDUAL_YEARLY_KMS, region) })}</p>
      <Suspense fallback={null}>
        <ResidualChart points={points} region={region} label={t('valuation.residual.chartLabel')} yearLabel={yearLabel} />
      </Suspense>
      <p className="chart-legend" data-testid="residual-legend">
        <span className="legend-line" aria-hidden="true" /> {t('valuation.residual.plots')}
      </p>
      <button type="button" className="link-button" aria-expanded={showFigures} aria-controls={tableId} onClick={() => setShowFigures(!showFigures)}>
        {t(showFigures ? 'valuation.residual.hideFigures' : 'valuation.residual.showFigures')}
      </button>
      <table id={tableId} className="data-table" data-testid="residual-table" hidden={!showFigures}>
        <caption className="visually-hidden">{t('valuation.residual.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('valuation.residual.year')}</th>
            <th scope="col">{t('valuation.residual.kms')}</th>
            <th scope="col">{t('valuation.residual.plots')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.year}>
              <th scope="row">{yearLabel(point.year)}</th>
              <td>{formatKms(point.kms, region)}</td>
              <td>{formatMoney(point.valuation, region)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The valuation result section of the vehicle screen. */
export function ValuationView() {
  const { t } = useTranslation();
  const status = useValuationStore((state) => state.status);
  const error = useValuationStore((state) => state.error);
  const result = useValuationStore((state) => state.result);
  const request = useValuationStore((state) => state.request);
  const savedAt = useValuationStore((state) => state.savedAt);
  const conditions = useValuationStore((state) => state.conditions);
  const residual = useValuationStore((state) => state.residual);
  const value = useValuationStore((state) => state.value);
  const go = useAppStore((state) => state.go);
  const startAppraisal = useAppraisalStore((state) => state.startFromValuation);
  const region = useRegion();

  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultId = result?.prediction.id ?? null;
  useEffect(() => {
    // Result first: the result lands below the form, below the fold at 1366×768. Scroll its top
    // (the sticky price bar) to the top of the window and move focus there, for mouse, keyboard
    // and screen-reader users alike.
    if (resultId === null) return;
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, [resultId]);

  if (status === 'loading') return <Progress>{t('valuation.valuing')}</Progress>;
  if (status === 'error' && error) return <ErrorPanel error={error} onRetry={() => void value()} />;
  if (!result) return null;

  const { prediction, bounds, maxOffer } = result;
  const averageUsed = request !== null && request.kms === undefined;
  const failedExtras = [conditions.status === 'error' ? t('valuation.conditions.heading') : null, residual.status === 'error' ? t('valuation.residual.heading') : null].filter(
    (part): part is string => part !== null,
  );

  return (
    <section className="valuation-result" aria-labelledby="result-heading" data-testid="valuation-result">
      <div className="result-head price-bar" data-testid="price-bar">
        <h2 id="result-heading" ref={headingRef} tabIndex={-1}>
          {t('valuation.heading')}
        </h2>
        <DemoBadge />
        {savedAt ? <span className="saved-stamp">{t('common.saved', { when: formatDateTime(savedAt) })}</span> : null}
        {/* A reused answer is never shown as fresh: it says when AutoGrab sent it. */}
        {!savedAt && result.fetchedAt ? (
          <span className="saved-stamp" data-testid="fetched-at">
            {t('valuation.fetchedAt', { time: formatTime(result.fetchedAt) })}
          </span>
        ) : null}
        <p className="price-bar-figures" aria-hidden="true">
          {PRICE_KINDS.map((kind) => (
            <span key={kind}>
              <span className="price-bar-label">{t(`valuation.${kind}`)}</span> <strong>{formatMoney(priceOf(prediction, kind), region)}</strong>
            </span>
          ))}
        </p>
        <button type="button" className="primary" onClick={startAppraisal}>
          {t('valuation.printOffer')}
        </button>
      </div>
      <div className="price-cards">
        {PRICE_KINDS.map((kind) => (
          <div className="price-card" key={kind}>
            <p className="price-label">{t(`valuation.${kind}`)}</p>
            <p className="price" data-testid={`${kind}-price`}>
              {formatMoney(priceOf(prediction, kind), region)}
            </p>
            <p className="muted">{t(`valuation.${kind}Help`)}</p>
          </div>
        ))}
        <div className="price-card">
          <p className="price-label">{t('valuation.confidence')}</p>
          <p className="price-small">
            <Confidence score={prediction.score} />
          </p>
        </div>
      </div>
      <p data-testid="kms-note">
        {averageUsed
          ? t('valuation.averageKms', { kms: formatKms(prediction.kms, region) })
          : t('valuation.kmsUsed', { kms: formatKms(prediction.kms ?? request?.kms, region) })}
      </p>
      {bounds?.retail || bounds?.trade ? (
        <div className="ranges" aria-label={t('valuation.range')} role="group">
          {PRICE_KINDS.map((kind) => {
            const range = boundsOf(bounds, kind);
            return range ? (
              <RangeBar key={kind} label={rangeText(t, kind, range, region)} range={range} value={priceOf(prediction, kind)} region={region} />
            ) : null;
          })}
        </div>
      ) : null}
      <div className="result-columns">
        {maxOffer ? <OfferBreakdown offer={maxOffer} prices={prediction} region={region} /> : null}
        <ConditionsTable region={region} />
      </div>
      <Residual region={region} />
      {failedExtras.length > 0 ? <p className="muted">{t('valuation.extrasFailed', { what: failedExtras.join(', ') })}</p> : null}
      <p className="muted small">
        {t('valuation.id')}: <span className="mono" data-testid="valuation-id">{prediction.id}</span>
      </p>
      <div className="button-row">
        <button type="button" onClick={() => go('summary')}>
          {t('valuation.print')}
        </button>
      </div>
    </section>
  );
}
