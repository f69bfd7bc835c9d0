/**
 * One appraisal document on screen, with "Save as PDF": the customer offer or
 * the internal sheet. `@media print` hides everything but the sheet, so the
 * PDF main prints from this window is the document alone, on one A4 page.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, SavePdfResult } from '../../../../preload/contract';
import { useAppStore } from '../../stores/app';
import { useAppraisalStore } from '../../stores/appraisal';
import { ErrorPanel } from '../common/ErrorPanel';
import { Progress } from '../common/Progress';
import { CustomerOfferDocument, customerOfferFacts } from './CustomerOfferDocument';
import { InternalSheetDocument } from './InternalSheetDocument';
import { BusyButton } from '../common/BusyButton';

/** The document screen. */
export function DocumentScreen() {
  const { t } = useTranslation();
  const saved = useAppraisalStore((state) => state.saved);
  const kind = useAppraisalStore((state) => state.document);
  const dealership = useAppraisalStore((state) => state.dealership);
  const back = useAppStore((state) => state.back);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<SavePdfResult | AppError | null>(null);
  if (!saved || !kind || !dealership) return <Progress>{t('common.loading')}</Progress>;
  const demo = saved.mode === 'demo';

  const savePdf = async () => {
    setSaving(true);
    setOutcome(null);
    setOutcome(await useAppraisalStore.getState().saveDocumentPdf());
    setSaving(false);
  };

  return (
    <div className="screen document-screen">
      <div className="button-row no-print">
        <BusyButton busy={saving} className="primary" onClick={() => void savePdf()}>
          {t('documents.save')}
        </BusyButton>
        <button type="button" onClick={back}>
          {t('documents.back')}
        </button>
      </div>
      <div className="no-print" aria-live="polite">
        {saving ? <Progress>{t('documents.saving')}</Progress> : null}
        {outcome && 'code' in outcome ? <ErrorPanel error={outcome} onRetry={() => void savePdf()} /> : null}
        {outcome && 'saved' in outcome ? <p role="status">{outcome.saved && outcome.path ? t('documents.savedTo', { path: outcome.path }) : t('documents.notSaved')}</p> : null}
      </div>
      {kind === 'customer-offer' ? (
        <CustomerOfferDocument facts={customerOfferFacts(saved)} profile={dealership.profile} logo={dealership.logo} demo={demo} />
      ) : (
        <InternalSheetDocument appraisal={saved} profile={dealership.profile} logo={dealership.logo} demo={demo} />
      )}
    </div>
  );
}
