/**
 * The appraisal statuses as `<option>`s, in their working order (open →
 * bought), worded in the UI language: one list for the appraisal screen and
 * History's filter and rows.
 */
import { useTranslation } from 'react-i18next';
import { APPRAISAL_STATUSES } from '../../../../main/core/appraisal/types';

/** One `<option>` per appraisal status. */
export function StatusOptions() {
  const { t } = useTranslation();
  return (
    <>
      {APPRAISAL_STATUSES.map((status) => (
        <option key={status} value={status}>
          {t(`appraisal.status.${status}`)}
        </option>
      ))}
    </>
  );
}
