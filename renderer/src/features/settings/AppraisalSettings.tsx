/**
 * The Settings sections behind appraisals: the dealership (profile and logo),
 * the reconditioning presets and AutoGrab's max-offer costs. They share the
 * dealership settings main sends, locks included.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppraisalStore } from '../../stores/appraisal';
import { Progress } from '../common/Progress';
import { DealershipSection } from './DealershipSection';
import { MaxOfferSection } from './MaxOfferSection';
import { PresetsSection } from './PresetsSection';

/** The appraisal sections of Settings, once the dealership settings have arrived. */
export function AppraisalSettings() {
  const { t } = useTranslation();
  const dealership = useAppraisalStore((state) => state.dealership);
  const loadDealership = useAppraisalStore((state) => state.loadDealership);
  useEffect(() => void loadDealership(), [loadDealership]);
  if (!dealership) return <Progress>{t('common.loading')}</Progress>;
  return (
    <>
      <DealershipSection settings={dealership} />
      <PresetsSection settings={dealership} />
      <MaxOfferSection locked={dealership.locks.maxOfferConfiguration} />
    </>
  );
}
