/**
 * Auto-update state: progress while downloading and "Restart to update" once
 * the update is ready. Quiet otherwise: a dealer mid-valuation should not be
 * interrupted by "checking for updates".
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, UpdateStatus } from '../../../../preload/contract';
import { adviceFor } from '../../error-advice';
import { updateReasonKey } from '../../i18n/main-codes';
import { useAppStore } from '../../stores/app';
import { BusyButton } from '../common/BusyButton';

/** One line describing an update state (also used in Settings). */
export function UpdateStatusText({ status }: { status: UpdateStatus }) {
  const { t } = useTranslation();
  switch (status.state) {
    case 'downloading':
      return (
        <p className="update-line">
          <label htmlFor="update-progress">{t('updates.downloading', { version: status.version, percent: Math.round(status.percent) })}</label>
          <progress id="update-progress" max={100} value={Math.round(status.percent)} />
        </p>
      );
    case 'downloaded':
      return <p>{status.installAt === 'now' ? t('updates.ready', { version: status.version }) : t('updates.readyWindow', { version: status.version })}</p>;
    case 'available':
      return <p>{t('updates.available', { version: status.version })}</p>;
    case 'checking':
      return <p>{t('updates.checking')}</p>;
    case 'error':
      return <p>{t('updates.error', { message: t(updateReasonKey(status)) })}</p>;
    case 'idle':
      return <p>{t('updates.upToDate')}</p>;
    case 'disabled':
      return <p className="muted">{t(updateReasonKey(status))}</p>;
  }
}

/** The update banner under the header. */
export function UpdateBanner() {
  const { t } = useTranslation();
  const status = useAppStore((state) => state.updateStatus);
  const installUpdate = useAppStore((state) => state.installUpdate);
  const [installing, setInstalling] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  if (!status || (status.state !== 'downloading' && status.state !== 'downloaded')) return null;

  const install = () => {
    setInstalling(true);
    void installUpdate().then((outcome) => {
      if (outcome.ok) return;
      setInstalling(false);
      setError(outcome.error);
    });
  };

  return (
    <div className="banner update-banner" role="status" data-testid="update-banner">
      <UpdateStatusText status={status} />
      {status.state === 'downloaded' ? (
        <BusyButton className="primary" onClick={install} busy={installing}>
          {t('updates.restart')}
        </BusyButton>
      ) : null}
      {/* The meaning of the code, in the UI language: main's English message is for its log. */}
      {error ? <p className="issue issue-error">{t('updates.error', { message: t(adviceFor(error).titleKey) })}</p> : null}
    </div>
  );
}
