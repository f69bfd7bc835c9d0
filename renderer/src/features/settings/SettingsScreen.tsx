/**
 * Settings: data source and credentials, connection test and usage, market
 * (and AU state), language, max offer, whether an odometer reading is required, the API addresses under "Advanced",
 * and updates. Anything the administrator's policy locks is read-only with
 * the policy's reason.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, AuState, Region, SettingKey, Settings } from '../../../../preload/contract';
import { AU_STATES, REGIONS } from '../../../../main/core/domain';
import { api, toAppErrorValue, unwrap } from '../../bridge';
import { DEFAULT_SETTINGS, lockReason, useAppStore } from '../../stores/app';
import { ErrorPanel } from '../common/ErrorPanel';
import { ConnectionTest } from './ConnectionTest';
import { CredentialsForm } from './CredentialsForm';
import { UpdateStatusText } from '../shell/UpdateBanner';


/**
 * Main sends its own generic English wording when the policy file gives no
 * reason; repeating it after our translated "Set by your administrator" would
 * read twice (and in English under the BM UI), so only a real reason is added.
 */
const GENERIC_LOCK_REASON = /^\s*set by (your|the) administrator\.?\s*$/i;

function Locked({ settingKey }: { settingKey: SettingKey }) {
  const { t } = useTranslation();
  const reason = useAppStore((state) => lockReason(state.status, settingKey));
  if (reason === null) return null;
  return (
    <p className="lock-note" id={`lock-${settingKey}`}>
      {reason.trim() === '' || GENERIC_LOCK_REASON.test(reason) ? t('settings.lockedPlain') : t('settings.locked', { reason })}
    </p>
  );
}

function Field({ id, label, settingKey, children }: { id: string; label: string; settingKey: SettingKey; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      <Locked settingKey={settingKey} />
    </div>
  );
}

function Advanced({ settings, save, isLocked }: { settings: Settings; save: (patch: Partial<Settings>) => void; isLocked: (key: SettingKey) => boolean }) {
  const { t } = useTranslation();
  const [baseUrl, setBaseUrl] = useState(settings.baseUrl);
  const [tokenUrl, setTokenUrl] = useState(settings.tokenUrl ?? '');
  return (
    <details className="panel advanced">
      <summary>{t('settings.advanced')}</summary>
      <Field id="base-url" label={t('settings.baseUrl')} settingKey="baseUrl">
        <input id="base-url" type="url" value={baseUrl} readOnly={isLocked('baseUrl')} onChange={(event) => setBaseUrl(event.target.value)} />
      </Field>
      <Field id="token-url" label={t('settings.tokenUrl')} settingKey="tokenUrl">
        <input id="token-url" type="url" value={tokenUrl} readOnly={isLocked('tokenUrl')} onChange={(event) => setTokenUrl(event.target.value)} />
      </Field>
      <button
        type="button"
        disabled={isLocked('baseUrl') && isLocked('tokenUrl')}
        onClick={() => {
          const patch: Partial<Settings> = {};
          if (!isLocked('baseUrl')) patch.baseUrl = baseUrl.trim();
          if (!isLocked('tokenUrl')) patch.tokenUrl = tokenUrl.trim() === '' ? null : tokenUrl.trim();
          save(patch);
        }}
      >
        {t('settings.saveAdvanced')}
      </button>
    </details>
  );
}

/** The settings screen. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const status = useAppStore((state) => state.status);
  const updateSettings = useAppStore((state) => state.updateSettings);
  const updateStatus = useAppStore((state) => state.updateStatus);
  const settings = status?.settings ?? DEFAULT_SETTINGS;
  const [error, setError] = useState<AppError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const isLocked = (key: SettingKey) => lockReason(status, key) !== null;

  const save = (patch: Partial<Settings>) => {
    setError(null);
    setMessage(null);
    updateSettings(patch).then(
      () => setMessage(t('settings.saved')),
      (caught: unknown) => setError(toAppErrorValue(caught)),
    );
  };

  const checkUpdates = () => {
    unwrap(api().updates.check()).then(
      (next) => useAppStore.setState({ updateStatus: next }),
      (caught: unknown) => setError(toAppErrorValue(caught)),
    );
  };

  return (
    <div className="screen settings-screen">
      <h1>{t('settings.heading')}</h1>
      <div aria-live="polite">
        {message ? <p role="status">{message}</p> : null}
        {error ? <ErrorPanel error={error} /> : null}
      </div>
      <CredentialsForm />
      <ConnectionTest />
      <section className="panel" aria-labelledby="prefs-heading">
        <h2 id="prefs-heading" className="section-heading">
          {t('settings.region')} · {t('settings.language')}
        </h2>
        <div className="field-grid">
          <Field id="region" label={t('settings.region')} settingKey="region">
            <select id="region" value={settings.region} disabled={isLocked('region')} onChange={(event) => save({ region: event.target.value as Region })}>
              {REGIONS.map((region) => (
                <option key={region} value={region}>
                  {t(`settings.regions.${region}`)}
                </option>
              ))}
            </select>
          </Field>
          {settings.region === 'au' ? (
            <Field id="au-state" label={t('settings.auState')} settingKey="auState">
              <select
                id="au-state"
                value={settings.auState ?? ''}
                disabled={isLocked('auState')}
                onChange={(event) => save({ auState: event.target.value === '' ? null : (event.target.value as AuState) })}
              >
                <option value="">{t('settings.chooseState')}</option>
                {AU_STATES.map((state) => (
                  <option key={state} value={state}>
                    {state}
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
          <Field id="language" label={t('settings.language')} settingKey="language">
            <select
              id="language"
              value={settings.language}
              disabled={isLocked('language')}
              onChange={(event) => save({ language: event.target.value as Settings['language'] })}
            >
              <option value="en">{t('settings.languages.en')}</option>
              <option value="ms">{t('settings.languages.ms')}</option>
            </select>
          </Field>
        </div>
        <div className="field">
          <label className="choice">
            <input type="checkbox" checked={settings.maxOffer} disabled={isLocked('maxOffer')} onChange={(event) => save({ maxOffer: event.target.checked })} />
            {t('settings.maxOffer')}
          </label>
          <Locked settingKey="maxOffer" />
        </div>
        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              checked={settings.requireOdometer}
              disabled={isLocked('requireOdometer')}
              onChange={(event) => save({ requireOdometer: event.target.checked })}
            />
            {t('settings.requireOdometer')}
          </label>
          <Locked settingKey="requireOdometer" />
        </div>
      </section>
      <Advanced key={`${settings.baseUrl}|${settings.tokenUrl ?? ''}`} settings={settings} save={save} isLocked={isLocked} />
      <section className="panel" aria-labelledby="updates-heading">
        <h2 id="updates-heading" className="section-heading">
          {t('settings.updates')}
        </h2>
        <p>{t('settings.version', { version: status?.version ?? '—' })}</p>
        {updateStatus ? <UpdateStatusText status={updateStatus} /> : null}
        {updateStatus?.state !== 'disabled' ? (
          <button type="button" onClick={checkUpdates}>
            {t('settings.checkUpdates')}
          </button>
        ) : null}
      </section>
    </div>
  );
}
