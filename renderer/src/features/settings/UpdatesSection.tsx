/** The version, the update state and "Check for updates" in Settings. */
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../preload/contract';
import { useAppStore } from '../../stores/app';
import { UpdateStatusText } from '../shell/UpdateBanner';

/** The updates section of Settings; a failed check is reported through `onError`. */
export function UpdatesSection({ onError }: { onError(error: AppError): void }) {
  const { t } = useTranslation();
  const version = useAppStore((state) => state.status?.version ?? '—');
  const updateStatus = useAppStore((state) => state.updateStatus);
  const checkUpdates = useAppStore((state) => state.checkUpdates);

  const check = () =>
    void checkUpdates().then((outcome) => {
      if (!outcome.ok) onError(outcome.error);
    });

  return (
    <section className="panel" aria-labelledby="updates-heading">
      <h2 id="updates-heading" className="section-heading">
        {t('settings.updates')}
      </h2>
      <p>{t('settings.version', { version })}</p>
      {updateStatus ? <UpdateStatusText status={updateStatus} /> : null}
      {updateStatus?.state !== 'disabled' ? (
        <button type="button" onClick={check}>
          {t('settings.checkUpdates')}
        </button>
      ) : null}
    </section>
  );
}
