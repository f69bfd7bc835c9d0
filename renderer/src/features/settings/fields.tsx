/**
 * A labelled settings field that turns read-only, with the administrator's
 * note, when the policy locks its setting.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingKey } from '../../../../preload/contract';
import { lockReason, useAppStore } from '../../stores/app';

/** "Set by your administrator." under a setting the policy locks; nothing otherwise. */
export function Locked({ settingKey }: { settingKey: SettingKey }) {
  const { t } = useTranslation();
  const reason = useAppStore((state) => lockReason(state.status, settingKey));
  if (reason === null) return null;
  return (
    <p className="lock-note" id={`lock-${settingKey}`}>
      {/* Main's only lock reason is the policy (a code), so the sentence is always ours. */}
      {t('settings.lockedPlain')}
    </p>
  );
}

/** A labelled field with its lock note. */
export function Field({ id, label, settingKey, children }: { id: string; label: string; settingKey: SettingKey; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      <Locked settingKey={settingKey} />
    </div>
  );
}
