/**
 * The AutoGrab API address and OAuth token address, under "Advanced": saved
 * together with one button, each only when the policy does not lock it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingKey, Settings } from '../../../../preload/contract';
import { Field } from './fields';

/** Props of {@link AdvancedSettings}. */
export interface AdvancedSettingsProps {
  settings: Settings;
  save(patch: Partial<Settings>): void;
  isLocked(key: SettingKey): boolean;
}

/** The "Advanced" section of Settings. */
export function AdvancedSettings({ settings, save, isLocked }: AdvancedSettingsProps) {
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
