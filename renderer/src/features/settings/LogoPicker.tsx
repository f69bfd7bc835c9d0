/**
 * The dealership logo: a preview, "Choose logo…" (main opens the file dialog
 * and checks the bytes: PNG or JPEG only, size-capped, never SVG) and
 * "Remove logo". A refused file is named in the salesperson's words, from
 * main's reason code.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, DealershipSettings } from '../../../../preload/contract';
import { errorDetailKey } from '../../i18n/main-codes';
import { useAppraisalStore } from '../../stores/appraisal';
import { BusyButton } from '../common/BusyButton';
import { ErrorPanel } from '../common/ErrorPanel';
import { LockNote } from './fields';

/** A refused logo says exactly why (not PNG or JPEG, too large, …); anything else gets the usual error panel. */
function LogoError({ error }: { error: AppError }) {
  const { t } = useTranslation();
  const key = error.reason?.startsWith('logo.') ? errorDetailKey(error) : null;
  if (!key) return <ErrorPanel error={error} />;
  return (
    <p className="issue issue-error" role="alert" data-testid="logo-error">
      {t(key)}
    </p>
  );
}

/** The logo part of the dealership section. */
export function LogoPicker({ settings }: { settings: DealershipSettings }) {
  const { t } = useTranslation();
  const chooseLogo = useAppraisalStore((state) => state.chooseLogo);
  const removeLogo = useAppraisalStore((state) => state.removeLogo);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const { logo, profile } = settings;
  const locked = settings.locks.logo;

  const run = async (action: () => Promise<AppError | null>, done: string) => {
    const before = useAppraisalStore.getState().dealership?.logo?.base64 ?? null;
    setBusy(true);
    setMessage(null);
    setError(null);
    const failure = await action();
    setBusy(false);
    if (failure) return setError(failure);
    // Cancelling the file dialog changes nothing and says nothing.
    if ((useAppraisalStore.getState().dealership?.logo?.base64 ?? null) !== before) setMessage(done);
  };

  return (
    <div className="logo-picker" aria-busy={busy}>
      <h3 id="logo-heading">{t('settingsSections.logo.heading')}</h3>
      <p className="muted" id="logo-hint">
        {t('settingsSections.logo.hint')}
      </p>
      {logo ? (
        <img
          className="settings-logo"
          data-testid="logo-preview"
          src={`data:${logo.mimeType};base64,${logo.base64}`}
          alt={profile.name ? t('settingsSections.logo.preview', { name: profile.name }) : t('settingsSections.logo.previewUnnamed')}
        />
      ) : (
        <p className="muted">{t('settingsSections.logo.none')}</p>
      )}
      <div className="button-row">
        <BusyButton
          busy={busy}
          disabled={locked}
          aria-describedby={locked ? 'logo-lock' : 'logo-hint'}
          onClick={() => void run(chooseLogo, t('settingsSections.logo.saved'))}
        >
          {logo ? t('settingsSections.logo.replace') : t('settingsSections.logo.choose')}
        </BusyButton>
        {logo ? (
          <BusyButton busy={busy} disabled={locked} onClick={() => void run(removeLogo, t('settingsSections.logo.removed'))}>
            {t('settingsSections.logo.remove')}
          </BusyButton>
        ) : null}
      </div>
      {locked ? <LockNote id="logo-lock" /> : null}
      <div aria-live="polite">
        {message ? <p role="status">{message}</p> : null}
        {error ? <LogoError error={error} /> : null}
      </div>
    </div>
  );
}
