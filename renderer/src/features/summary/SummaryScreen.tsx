/**
 * The one-page, dealer-ready valuation summary. On screen it is a preview
 * with "Save as PDF". It may be handed over, so it never prints the
 * max-offer breakdown (margin and costs): that is on the internal appraisal
 * sheet only; `@media print` (styles.css) hides everything else, so the
 * PDF main renders from this window contains only the sheet.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, SavePdfResult } from '../../../../preload/contract';
import { formatDate, formatDateTime, formatKms, vehicleTitle } from '../../format';
import { useAppStore, useRegion } from '../../stores/app';
import { useValuationStore } from '../../stores/valuation';
import { ErrorPanel } from '../common/ErrorPanel';
import { Progress } from '../common/Progress';
import { Confidence, SheetPrices } from '../valuation/parts';
import { BusyButton } from '../common/BusyButton';

/** A file name such as `valuation-2019-perodua-myvi-1-5-av-2026-11-28`. */
function summaryFileName(title: string, date: Date): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `valuation-${slug || 'vehicle'}-${day}`;
}

/** The summary screen. */
export function SummaryScreen() {
  const { t } = useTranslation();
  const vehicle = useValuationStore((state) => state.vehicle);
  const result = useValuationStore((state) => state.result);
  const request = useValuationStore((state) => state.request);
  const condition = useValuationStore((state) => state.condition);
  const savedAt = useValuationStore((state) => state.savedAt);
  const savePdfAs = useValuationStore((state) => state.savePdf);
  const demo = useAppStore((state) => state.status?.mode !== 'live');
  const region = useRegion();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<SavePdfResult | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  if (!vehicle || !result) return null;
  const { prediction, bounds } = result;
  const date = prediction.createdAt ?? savedAt ?? new Date().toISOString();
  const conditionScore = request?.conditionScore ?? condition;

  const savePdf = async () => {
    setSaving(true);
    setError(null);
    setSaved(null);
    const outcome = await savePdfAs(summaryFileName(vehicleTitle(vehicle), new Date(date)));
    if (outcome.ok) setSaved(outcome.data);
    else setError(outcome.error);
    setSaving(false);
  };

  return (
    <div className="screen summary-screen">
      <div className="button-row no-print">
        <BusyButton busy={saving} className="primary" onClick={() => void savePdf()}>
          {t('summary.savePdf')}
        </BusyButton>
        <button type="button" onClick={() => window.print()}>
          {t('summary.print')}
        </button>
      </div>
      <div className="no-print" aria-live="polite">
        {saving ? <Progress>{t('summary.saving')}</Progress> : null}
        {saved ? <p role="status">{saved.saved && saved.path ? t('summary.savedTo', { path: saved.path }) : t('summary.notSaved')}</p> : null}
        {error ? <ErrorPanel error={error} onRetry={() => void savePdf()} /> : null}
      </div>
      <article className="print-sheet" aria-labelledby="summary-heading" data-testid="print-summary">
        <header className="sheet-header">
          <div>
            <p className="sheet-brand">{t('app.name')}</p>
            <h1 id="summary-heading">{t('summary.heading')}</h1>
          </div>
          <p className="sheet-date">
            {t('summary.date')}: {formatDateTime(date)}
          </p>
        </header>
        {demo ? <p className="sheet-demo">{t('summary.demo')}</p> : null}
        <h2 className="sheet-vehicle">{vehicleTitle(vehicle)}</h2>
        <dl className="sheet-facts">
          <dt>{t('summary.kms')}</dt>
          <dd>{request?.kms !== undefined ? formatKms(request.kms, region) : `${formatKms(prediction.kms, region)} · ${t('summary.notGiven')}`}</dd>
          <dt>{t('summary.condition')}</dt>
          <dd>
            {conditionScore} · {t(`valuation.conditionNames.${conditionScore}`)}
          </dd>
          <dt>{t('valuation.confidence')}</dt>
          <dd>
            <Confidence score={prediction.score} />
          </dd>
          <dt>{t('valuation.id')}</dt>
          <dd className="mono">{prediction.id}</dd>
        </dl>
        <SheetPrices prices={prediction} bounds={bounds} region={region} />
        <footer className="sheet-footer">
          <p>{t('summary.disclaimer')}</p>
          <p>
            {t('app.name')} · {formatDate(date)}
          </p>
        </footer>
      </article>
    </div>
  );
}
