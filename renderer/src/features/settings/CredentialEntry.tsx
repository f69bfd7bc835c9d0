/**
 * Typing a new AutoGrab credential: API key or OAuth client id and secret.
 * Secrets live only in this component's local state while typed and are
 * cleared the moment the form is submitted, before main answers.
 */
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Credentials } from '../../../../preload/contract';
import { BusyButton } from '../common/BusyButton';

type Kind = Credentials['kind'];

/** Props of {@link CredentialEntry}. */
export interface CredentialEntryProps {
  /** Kind preselected (the stored credential's, else API key). */
  initialKind: Kind;
  /** Whether a credential can be stored securely on this computer. */
  secureStorage: boolean;
  busy: boolean;
  /** Receives the trimmed credential once; the fields are already empty by then. */
  onSave(input: Credentials): void;
}

function SecretField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange(value: string): void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="password" autoComplete="off" spellCheck={false} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

/** The credential form of Settings. */
export function CredentialEntry({ initialKind, secureStorage, busy, onSave }: CredentialEntryProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>(initialKind);
  const [apiKey, setApiKey] = useState('');
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const firstField = kind === 'apiKey' ? 'api-key' : 'client-id';

  // The emptied form disables its button once saving ends, which would drop the keyboard focus to the page: carry on from the first field.
  useEffect(() => {
    if (busy || !refocus.current) return;
    refocus.current = false;
    document.getElementById(firstField)?.focus();
  }, [busy, firstField]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    refocus.current = document.activeElement === button.current;
    const input: Credentials = kind === 'apiKey' ? { kind, apiKey: apiKey.trim() } : { kind, clientId: clientId.trim(), clientSecret: clientSecret.trim() };
    // Cleared before the call resolves: the secret must not outlive the click, whatever main answers.
    setApiKey('');
    setClientId('');
    setClientSecret('');
    onSave(input);
  };

  const incomplete = kind === 'apiKey' ? apiKey.trim() === '' : clientId.trim() === '' || clientSecret.trim() === '';

  return (
    <form onSubmit={save} className="credentials-form" autoComplete="off">
      {!secureStorage ? <p className="issue issue-warning">{t('settings.secureStorageMissing')}</p> : null}
      <fieldset className="choice-group inline">
        <legend>{t('settings.credentialKind')}</legend>
        <label className="choice">
          <input type="radio" name="credential-kind" checked={kind === 'apiKey'} onChange={() => setKind('apiKey')} />
          {t('settings.apiKey')}
        </label>
        <label className="choice">
          <input type="radio" name="credential-kind" checked={kind === 'oauth'} onChange={() => setKind('oauth')} />
          {t('settings.oauth')}
        </label>
      </fieldset>
      {kind === 'apiKey' ? (
        <SecretField id="api-key" label={t('settings.apiKeyLabel')} value={apiKey} onChange={setApiKey} />
      ) : (
        <>
          <SecretField id="client-id" label={t('settings.clientIdLabel')} value={clientId} onChange={setClientId} />
          <SecretField id="client-secret" label={t('settings.clientSecretLabel')} value={clientSecret} onChange={setClientSecret} />
        </>
      )}
      <p className="muted">{t('settings.secretNote')}</p>
      <div className="button-row">
        <BusyButton ref={button} type="submit" className="primary" busy={busy} disabled={incomplete && !busy}>
          {busy ? t('settings.savingCredentials') : t('settings.saveCredentials')}
        </BusyButton>
      </div>
    </form>
  );
}
