/**
 * Settings: data source and credentials, connection test and usage, market
 * (and AU state), language, max offer, whether an odometer reading is required,
 * the dealership, reconditioning presets and max-offer costs, the API
 * addresses under "Advanced", and updates. Anything the administrator's policy locks is read-only with
 * the policy's reason.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, AuState, Region, SettingKey, Settings } from '../../../../preload/contract';
import { AU_STATES, REGIONS } from '../../../../main/core/domain';
import { DEFAULT_SETTINGS, lockReason, useAppStore } from '../../stores/app';
import { ErrorPanel } from '../common/ErrorPanel';
import { AdvancedSettings } from './AdvancedSettings';
import { AppraisalSettings } from './AppraisalSettings';
import { ConnectionTest } from './ConnectionTest';
import { CredentialsForm } from './CredentialsForm';
import { Field, Locked } from './fields';
import { UpdatesSection } from './UpdatesSection';

/** The settings screen. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const status = useAppStore((state) => state.status);
  const updateSettings = useAppStore((state) => state.updateSettings);
  const settings = status?.settings ?? DEFAULT_SETTINGS;
  const [error, setError] = useState<AppError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const isLocked = (key: SettingKey) => lockReason(status, key) !== null;

  const save = (patch: Partial<Settings>) => {
    setError(null);
    setMessage(null);
    void updateSettings(patch).then((outcome) => (outcome.ok ? setMessage(t('settings.saved')) : setError(outcome.error)));
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
      <AppraisalSettings />
      <AdvancedSettings key={`${settings.baseUrl}|${settings.tokenUrl ?? ''}`} settings={settings} save={save} isLocked={isLocked} />
      <UpdatesSection onError={setError} />
    </div>
  );
}
